// @vitest-environment happy-dom
// Concurrency and faults: edits racing Ascent's writes, notes vanishing under a modal, bad settings files.
import { LogModal } from "../../src/obsidian/modals";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { describe, expect, it } from "vitest";
import { formatLogLine } from "../../src/core/note-text";
import { reachOutSection } from "../../src/core/report";
import { buildIndex, note } from "../helpers";
import { problems } from "../../src/core/network";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { NODE_IO } from "../../src/vault/disk";
import type { PersonView } from "../../src/core/model";
import { settle, startPlugin, modalOf } from "../obsidian/harness";

const VAULT = { "People/Sam.md": "---\ncadence: 30\n---\nNotes.\n", "People/Ana.md": "---\ncadence: 30\n---\n" };

describe("faults", () => {
	it("an edit between Ascent's read and its write is kept, and undo declines", async () => {
		const h = await startPlugin(VAULT);
		const vault = h.app.vault;
		const read = vault.read.bind(vault);
		let raced = false;
		vault.read = async (file) => {
			const text = await read(file);
			if (!raced) {
				raced = true;
				await vault.modify(file, `${text}A line the user typed.\n`);
			}
			return text;
		};
		await h.services.writer.snooze("People/Sam.md", "2026-12-24");
		vault.read = read;
		const text = h.text("People/Sam.md") ?? "";
		expect(text).toContain("snooze-until: 2026-12-24");
		expect(text).toContain("A line the user typed.");
		const result = await h.services.ctx.undo();
		expect(result).toMatchObject({ ok: false });
		expect(h.notices().at(-1)).toMatch(/was edited while Ascent wrote it; your edit is kept/);
		expect(h.text("People/Sam.md")).toBe(text);
	});

	it("a note deleted while the log modal is open: the action fails with a message, nothing is written anywhere", async () => {
		const h = await startPlugin(VAULT);
		await h.run("log-interaction");
		const modal = modalOf(h.app, LogModal);
		await h.app.vault.delete(h.file("People/Sam.md"));
		const files = h.app.vault.getMarkdownFiles().map((f) => [f.path, h.text(f.path)]);
		modal.onSubmit({ paths: ["People/Ana.md", "People/Sam.md"], date: "2026-11-30", kind: "call", note: "" });
		await settle();
		expect(h.notices().at(-1)).toBe("People/Sam.md no longer exists (moved or deleted); nothing was written.");
		expect(h.app.vault.getMarkdownFiles().map((f) => [f.path, h.text(f.path)])).toEqual(files);
		expect(h.services.history.canUndo).toBe(false);
	});

	it("a note renamed after Ascent wrote it: undo declines instead of writing elsewhere", async () => {
		const h = await startPlugin(VAULT);
		await h.services.writer.setTier("People/Sam.md", "close");
		await h.app.vault.rename(h.file("People/Sam.md"), "People/Samuel.md");
		const result = await h.services.ctx.undo();
		expect(result.ok).toBe(false);
		expect(result.ok ? "" : result.message).toMatch(/was moved or deleted/);
		expect(h.app.vault.getAbstractFileByPath("People/Sam.md")).toBeNull();
	});

	it.each([
		["corrupt JSON", "{ this is not json"],
		["a future version", JSON.stringify({ version: 99, personFolders: ["Elsewhere"] })],
	])("settings file with %s: defaults load, a .bak copy is kept, a Notice says so", async (_name, text) => {
		const h = await startPlugin(VAULT, { data: text });
		expect(h.services.store.settings.personFolders).toEqual(DEFAULT_SETTINGS.personFolders);
		expect(await h.app.vault.adapter.read(".obsidian/plugins/ascent/data.json.bak")).toBe(text);
		expect(h.notices()[0]).toMatch(/reset to defaults.*data\.json\.bak/);
		expect(h.services.index.status().people).toBe(2);
	});
});

describe("crafted names cannot inject links or lines", () => {
	const evil = "Eve]] [[Admin|x\n- [x] [[Boss";
	it("in the reach-out list: one line, and no link to anyone else", () => {
		const person = { name: evil, path: `People/${evil.replace("\n", " ")}.md`, status: "never-contacted" } as PersonView;
		const section = reachOutSection([person], "2026-11-30", 5);
		expect(section.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(1);
		// A bar in the name: no link can reach the note, so the name stands as text (escaped), linking nobody.
		expect(note("Daily/2026-11-30.md", section).metadata.links ?? []).toEqual([]);
		const bracketed = { ...person, name: "Eve]] [[Admin", path: "People/Eve]] [[Admin.md" };
		const links = note("Daily/2026-11-30.md", reachOutSection([bracketed], "2026-11-30", 5)).metadata.links ?? [];
		expect(links.map((l) => l.link)).toEqual([bracketed.path]);
	});

	it.each([
		["People/Sam#1.md", "Sam#1", null],
		["People/Ana [work].md", "Ana [work]", "People/Ana [work].md"],
		["People/Bo | Chen.md", "Bo | Chen", null],
		["People/Cy (old).md", "Cy (old)", "People/Cy (old).md"],
		["Archive/Sam.md", "Sam", "Archive/Sam.md"],
		["People/Zoë.md", "Zoë", "People/Zoë.md"],
	])("a link Ascent writes for %s reaches that note, or is plain text when none can", (path, name, reached) => {
		const notes = ["People/Sam.md", path];
		const index = buildIndex(Object.fromEntries(notes.map((p) => [p, "---\ntype: person\n---\n"])));
		const section = reachOutSection([{ name, path, status: "never-contacted" } as PersonView], "2026-11-30", 5, "Reach out", (n) => index.resolve(n, "Daily/2026-11-30.md"));
		const links = note("Daily/2026-11-30.md", section).metadata.links ?? [];
		expect(links.map((l) => index.resolve(l.link, "Daily/2026-11-30.md"))).toEqual(reached === null ? [] : [reached]);
	});
	it("in a log line", () => {
		expect(formatLogLine("2026-11-30", "call", "hello\n- 2020-01-01 fake line")).toBe("- 2026-11-30 hello - 2020-01-01 fake line #call");
	});
});

describe("a vault that cannot be read whole", () => {
	it("a note or folder without permission, or gone during the run: a problem each, the report goes on (exit 0)", async () => {
		const vault = join(__dirname, "../../examples/vault");
		const fail = (code: string) => Object.assign(new Error(code), { code });
		const io = {
			readdir: (dir: string) => {
				if (dir.endsWith("Mentors")) throw fail("EACCES");
				return readdirSync(dir, { withFileTypes: true });
			},
			readNote: (path: string) => {
				if (path.endsWith("Sam Rivera.md")) throw fail("ENOENT");
				if (path.endsWith("Tom Becker.md")) throw fail("EACCES");
				return NODE_IO.readNote(path);
			},
		};
		const result = await run(["report", "--vault", vault, "--today", "2026-11-30", "--json"], process.cwd(), io);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { people: { path: string }[]; problems: { path: string; field: string; message: string }[] };
		expect(report.problems.slice(0, 3)).toEqual([
			{ path: "Mentors", field: "folder", value: "", message: "cannot be read (no permission); it is left out of this report" },
			{ path: "People/Sam Rivera.md", field: "file", value: "", message: "disappeared while Ascent read the vault; it is left out of this report" },
			{ path: "People/Tom Becker.md", field: "file", value: "", message: "cannot be read (no permission); it is left out of this report" },
		]);
		const paths = report.people.map((p) => p.path);
		expect(paths).not.toContain("People/Sam Rivera.md");
		expect(paths).toContain("People/Alex Chen.md");
	});
});

describe("names in NFC and NFD are the same name", () => {
	it.each([
		["the note in NFD, the link in NFC", "Jos\u0065\u0301 Garc\u0069\u0301a", "José García"],
		["the note in NFC, the link in NFD", "José García", "Jos\u0065\u0301 Garc\u0069\u0301a"],
	])("%s", (_, fileName, linkName) => {
		const index = buildIndex({ [`People/${fileName}.md`]: "---\ncadence: 30\naliases: [Pepé]\n---\n", "Daily/2026-11-20.md": `Lunch with [[${linkName}]].\n`, "Daily/2026-11-21.md": "Coffee with [[Pepe\u0301]].\n" });
		const person = index.person(`People/${fileName}.md`, "2026-11-30");
		expect(person?.mentionCount).toBe(2);
		expect(person?.lastContact?.date).toBe("2026-11-21");
	});
});

describe("two people whose names differ only in normalisation", () => {
	it("are flagged as sharing a name, as links cannot tell them apart", () => {
		const index = buildIndex({ "People/José.md": "---\ncadence: 30\n---\n", "Archive/Jose\u0301.md": "---\ntype: person\n---\n" });
		expect(problems(index, "2026-11-30").map((p) => [p.path, p.field])).toEqual([["Archive/Jose\u0301.md", "name"]]);
	});
});
