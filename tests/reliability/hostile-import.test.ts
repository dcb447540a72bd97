// @vitest-environment happy-dom
// Hostile and messy input to `ascent import` (in a child process, on disk) and to the plugin's import and Add person
// (through the fake Obsidian): nothing escapes the vault, nothing is damaged, nothing is half-written.
import { ImportPreviewModal } from "../../src/obsidian/modals";
import { execFileSync } from "node:child_process";
import { Buffer } from "node:buffer";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { settle, startPlugin, modalOf } from "../obsidian/harness";

const ROOT = join(__dirname, "../..");
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), "ascent-hostile-"));
	made.push(dir);
	return dir;
}

/** A vault on disk: notes as text or bytes, and Ascent's settings. */
function vaultWith(notes: Record<string, string | Uint8Array>, settings?: object): string {
	const dir = join(tempDir(), "vault");
	for (const [path, content] of Object.entries(notes)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	if (settings) {
		mkdirSync(join(dir, ".obsidian/plugins/ascent"), { recursive: true });
		writeFileSync(join(dir, ".obsidian/plugins/ascent/data.json"), JSON.stringify(settings));
	}
	return dir;
}

/** A Google Contacts CSV with a name, an email and a company per row. */
function csv(rows: [string, string, string][]): string {
	const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
	return ["First Name,Last Name,E-mail 1 - Value,Organization Name", ...rows.map(([name, email, org]) => [quote(name), "", quote(email), quote(org)].join(","))].join("\n");
}

function contactsFile(text: string | Uint8Array, name = "contacts.csv"): string {
	const path = join(tempDir(), name);
	writeFileSync(path, text);
	return path;
}

/** Runs the CLI as a user does; returns exit code and both streams. */
function cli(args: string[]): { code: number; stdout: string; stderr: string } {
	try {
		const stdout = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
		return { code: 0, stdout, stderr: "" };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { code: e.status, stdout: e.stdout, stderr: e.stderr };
	}
}

function files(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe("the vault is the boundary", () => {
	it.each([
		["personFolders", { personFolders: ["../../escaped-people"] }],
		["personTemplate", { personTemplate: "../../../../../etc/hostname" }],
		["personTemplate", { personTemplate: "/etc/hostname/../../../etc/hostname" }],
	])("a data.json whose %s leaves the vault: refused, naming the setting, nothing written", (setting, settings) => {
		const dir = vaultWith({ "People/Ann Lee.md": "---\ncadence: 30\n---\n" }, settings);
		const before = files(join(dir, ".."));
		const result = cli(["import", contactsFile(csv([["Bo Chen", "bo@example.com", ""]])), "--vault", dir]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(new RegExp(`settings ${setting}: .* is outside the vault; nothing was imported`));
		expect(files(join(dir, ".."))).toEqual(before);
	});

	it("a people folder that is a link to somewhere else is outside the vault", () => {
		const outside = tempDir();
		const dir = vaultWith({ "Notes/x.md": "" });
		symlinkSync(outside, join(dir, "People"));
		const result = cli(["import", contactsFile(csv([["Bo Chen", "bo@example.com", ""]])), "--vault", dir]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("settings personFolders: \"People\" is outside the vault");
		expect(readdirSync(outside)).toEqual([]);
	});

	it("inside Obsidian: the same settings give a notice and write nothing", async () => {
		const h = await startPlugin({ "People/Ann Lee.md": "---\ncadence: 30\n---\n", "contacts.csv": csv([["Bo Chen", "bo@example.com", ""]]) },
			{ data: { personFolders: ["../../escaped-people"] } });
		await h.services.contacts.previewImport(h.file("contacts.csv") as never);
		expect(h.notices().at(-1)).toMatch(/outside the vault .*nothing was imported/);
		expect(h.app.lastModal).toBeNull();
		expect(await h.services.actions.addPerson("Bo Chen")).toBeNull();
		expect(h.notices().at(-1)).toMatch(/The people folder "..\/..\/escaped-people" is outside the vault/);
		expect(h.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Ann Lee.md"]);
	});
});

describe("a write never damages a note", () => {
	it("a note with a byte-order mark keeps it and its one properties block; a CRLF note keeps CRLF", () => {
		const bom = "\uFEFF---\r\ncadence: 30\r\nlast-contact: 2026-11-20\r\n---\r\nNotes.\r\n";
		const dir = vaultWith({ "People/Sam Rivera.md": bom, "People/Ana Lima.md": "---\ncadence: 30\n---\n" });
		cli(["import", contactsFile(csv([["Sam Rivera", "sam@example.com", ""]])), "--vault", dir]);
		expect(readFileSync(join(dir, "People/Sam Rivera.md"), "utf8"))
			.toBe("\uFEFF---\r\ncadence: 30\r\nlast-contact: 2026-11-20\r\nemail: sam@example.com\r\n---\r\nNotes.\r\n");
		const report = JSON.parse(cli(["report", "--vault", dir, "--today", "2026-11-30", "--json"]).stdout) as { people: { path: string; status: string }[] };
		expect(report.people.find((p) => p.path === "People/Sam Rivera.md")?.status).toBe("ok");
	});

	it("a note that is not UTF-8 is never written: reported, byte-identical", () => {
		const latin1 = Uint8Array.from([...Buffer.from("---\ncadence: 30\n---\nCaf"), 0xe9, 0x0a]);
		const dir = vaultWith({ "People/Sam Rivera.md": latin1 });
		const result = cli(["import", contactsFile(csv([["Sam Rivera", "sam@example.com", ""]])), "--vault", dir]);
		expect(result.stdout).toMatch(/skipped "People\/Sam Rivera.md".*not UTF-8; it is left as it is/);
		expect(new Uint8Array(readFileSync(join(dir, "People/Sam Rivera.md")))).toEqual(latin1);
	});

	it("two contacts for one person (by name and by alias) become one update: lists joined, a conflict reported", () => {
		const dir = vaultWith({ "People/Sam Rivera.md": "---\naliases: [Sammy]\n---\n" });
		const result = cli(["import", contactsFile(csv([["Sam Rivera", "sam@work.com", "Contoso"], ["Sammy", "sam@home.com", "Fabrikam"]])), "--vault", dir]);
		expect(readFileSync(join(dir, "People/Sam Rivera.md"), "utf8")).toBe("---\naliases: [Sammy]\nemail:\n  - sam@work.com\n  - sam@home.com\ncompany: Contoso\n---\n");
		expect(result.stdout).toContain("! People/Sam Rivera.md: company kept as \"Contoso\"; contacts.csv row 3 has \"Fabrikam\"");
	});

	it("notes that cannot be written are skipped and named; every other note is written", () => {
		const long = "Ångström ".repeat(40).trim();
		const dir = vaultWith({
			"People/Bad Yaml.md": "---\ncadence: [30\n---\n",
			"People/Dup Keys.md": "---\ncadence: 30\ncadence: 40\n---\n",
			"People/A List.md": "---\n- one\n- two\n---\n",
			"Templates/Person.md": "---\ntitle: {{title}}\naliases: [\"{{title}}\"]\ncreated: {{date}}\n---\n# {{title}}\n",
		}, { personTemplate: "Templates/Person.md" });
		const names = ["Bad Yaml", "Dup Keys", "A List", long, "&anchor", "@handle", "%percent", "{brace}", "- dash", "Cash $' Money", "Ana Lima"];
		const result = cli(["import", contactsFile(csv(names.map((n) => [n, `${names.indexOf(n)}@example.com`, ""]))), "--vault", dir]);
		expect(result.code).toBe(0);
		for (const bad of ["Bad Yaml", "Dup Keys", "A List"]) expect(result.stdout).toContain(`skipped "People/${bad}.md"`);
		expect(readFileSync(join(dir, "People/Bad Yaml.md"), "utf8")).toBe("---\ncadence: [30\n---\n");
		const report = JSON.parse(cli(["report", "--vault", dir, "--today", "2026-11-30", "--json"]).stdout) as { people: { path: string; name: string }[]; problems: { path: string }[] };
		const created = report.people.map((p) => p.name).filter((n) => !["Bad Yaml", "Dup Keys", "A List"].includes(n)).sort();
		// Each name is a note whose properties read back (no new problems), and whose title is the name as given.
		expect(created).toHaveLength(8);
		expect(report.problems.map((p) => p.path).filter((p) => !/Bad Yaml|Dup Keys|A List/.test(p))).toEqual([]);
		expect(readFileSync(join(dir, "People/Cash $' Money.md"), "utf8")).toMatch(/^---\ntitle: Cash \$' Money\naliases: \["Cash \$' Money"\]\ncreated: \d{4}-\d{2}-\d{2}\nemail: 9@example.com\n---\n# Cash \$' Money\n$/);
		expect(readFileSync(join(dir, "People/&anchor.md"), "utf8")).toContain("title: \"&anchor\"\n");
		expect(result.stdout).toMatch(/Done: 8 notes written, 3 skipped/);
	});

	it("a template's empty keys (email:, company:) are filled where they stand, in new notes and in notes made from it", () => {
		const template = "---\ntitle: {{title}}\nemail:\ncompany:   # where they work\ncadence: 30\n---\n# {{title}}\n";
		const dir = vaultWith({ "Templates/Person.md": template, "People/Ann Lee.md": template.replace(/\{\{title\}\}/g, "Ann Lee") }, { personTemplate: "Templates/Person.md" });
		const result = cli(["import", contactsFile(csv([["Ann Lee", "ann@example.com", "Acme"], ["Bo Park", "bo@example.com", "Initech"]])), "--vault", dir]);
		expect(result.stdout).toMatch(/Done: 2 notes written/);
		expect(readFileSync(join(dir, "People/Ann Lee.md"), "utf8")).toBe("---\ntitle: Ann Lee\nemail: ann@example.com\ncompany:   Acme # where they work\ncadence: 30\n---\n# Ann Lee\n");
		expect(readFileSync(join(dir, "People/Bo Park.md"), "utf8")).toBe("---\ntitle: Bo Park\nemail: bo@example.com\ncompany:   Initech # where they work\ncadence: 30\n---\n# Bo Park\n");
	});

	it("names become safe file names: no hidden files, no folders, nothing a platform refuses, and a re-import adds no copy", () => {
		const dir = vaultWith({ "Notes/x.md": "" });
		const contacts = contactsFile(csv([[".hidden", "h@example.com", ""], ["../../tmp/pwned", "p@example.com", ""], ["What? <Now>: \"yes\"|no.", "w@example.com", ""]]));
		cli(["import", contacts, "--vault", dir]);
		expect(files(join(dir, "People")).sort()).toEqual(["What Now yes no.md", "hidden.md", "tmp pwned.md"]);
		cli(["import", contacts, "--vault", dir]);
		expect(files(join(dir, "People")).sort()).toEqual(["What Now yes no.md", "hidden.md", "tmp pwned.md"]);
	});

	it("inside Obsidian: the import skips what it cannot write, and undo removes exactly what it wrote", async () => {
		const bad = "---\ncadence: [30\n---\n";
		const crlf = "---\r\ncadence: 30\r\n---\r\nBody\r\n";
		const h = await startPlugin({
			"People/Bad Yaml.md": bad, "People/Crlf Person.md": crlf,
			"contacts.csv": csv([["Bad Yaml", "b@example.com", ""], ["Crlf Person", "c@example.com", ""], ["Cash $' Money", "m@example.com", ""], ["Sam Rivera Sr", "s@example.com", ""], ["Sam Rivera Jr", "j@example.com", ""], ["😀", "e1@example.com", ""], ["🚀", "e2@example.com", ""]]),
		});
		await h.services.contacts.previewImport(h.file("contacts.csv") as never);
		const preview = modalOf(h.app, ImportPreviewModal);
		preview.onConfirm(preview.plan(false));
		await settle();
		expect(h.text("People/Bad Yaml.md")).toBe(bad);
		expect(h.text("People/Crlf Person.md")).toBe("---\r\ncadence: 30\r\nemail: c@example.com\r\n---\r\nBody\r\n");
		expect(h.text("People/Cash $' Money.md")).toBe("---\nemail: m@example.com\n---\n# Cash $' Money\n");
		expect(h.text("People/Sam Rivera Sr.md")).toBeDefined();
		expect(h.text("People/Sam Rivera Jr.md")).toBeDefined();
		expect(h.notices().at(-1)).toMatch(/Ascent wrote \d+ notes; skipped 1: People\/Bad Yaml.md: the properties cannot be read/);
		await h.run("undo");
		expect(h.text("People/Crlf Person.md")).toBe(crlf);
		expect(h.text("People/Cash $' Money.md")).toBeUndefined();
		expect(h.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["People/Bad Yaml.md", "People/Crlf Person.md"]);
	});
});

describe("templates are filled with the local day", () => {
	it("{{date}} is today where the user is, not in UTC", () => {
		const dir = vaultWith({ "Templates/Person.md": "---\ncreated: {{date}}\n---\n" }, { personTemplate: "Templates/Person.md" });
		// A zone whose day differs from UTC's right now (14 hours ahead after 10:00 UTC, 11 behind before), so that
		// a UTC date would fail this at any hour.
		const zone = new Date().getUTCHours() >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
		expect(new Date().toLocaleDateString("en-CA", { timeZone: zone })).not.toBe(new Date().toISOString().slice(0, 10));
		execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "import", contactsFile(csv([["Tia Lee", "tia@example.com", ""]])), "--vault", dir], {
			cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: zone },
		});
		const local = new Date().toLocaleDateString("en-CA", { timeZone: zone });
		expect(readFileSync(join(dir, "People/Tia Lee.md"), "utf8")).toContain(`created: ${local}\n`);
	});
});

describe("contacts files in other encodings", () => {
	it.each([
		["Windows-1252", Uint8Array.from([...Buffer.from("First Name,Last Name\nJos"), 0xe9, ...Buffer.from(",Garc"), 0xed, 0x61]), /read as Windows-1252/],
		["UTF-16 LE", Uint8Array.from([0xff, 0xfe, ...Buffer.from("First Name,Last Name\nJosé,García", "utf16le")]), null],
		["UTF-16 BE", Uint8Array.from([0xfe, 0xff, ...Buffer.from("First Name,Last Name\nJosé,García", "utf16le").swap16()]), null],
		["UTF-8 with a byte-order mark", Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("First Name,Last Name\nJosé,García")]), null],
	])("%s: the names are right", (_, bytes, notice) => {
		const dir = vaultWith({ "Notes/x.md": "" });
		const result = cli(["import", contactsFile(bytes), "--vault", dir]);
		expect(result.stdout).toContain("+ People/José García.md");
		if (notice) expect(result.stdout).toMatch(notice);
		else expect(result.stdout).not.toMatch(/Windows-1252/);
	});
});
