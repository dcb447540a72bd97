import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { run } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const GOLDEN = join(__dirname, "golden/example-report.json");

describe("ascent report on the example vault", () => {
	it("--json matches the golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)", async () => {
		const result = await run(["report", "--today", "2026-11-30", "--json"], ROOT);
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, result.stdout);
		expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
	});

	it("shows every status and both kinds of deliberate mistake", async () => {
		const report = JSON.parse((await run(["report", "--today", "2026-11-30", "--json"], ROOT)).stdout) as {
			people: { status: string; lastContactSource: string | null; birthday: string | null }[];
			problems: { path: string; field: string }[];
		};
		const statuses = new Set(report.people.map((p) => p.status));
		expect([...statuses].sort()).toEqual(["due-soon", "never-contacted", "ok", "overdue", "paused", "snoozed", "untracked"]);
		expect(new Set(report.people.map((p) => p.lastContactSource))).toEqual(new Set(["property", "dated-note", "log", null]));
		expect(new Set(report.problems.map((p) => p.path))).toEqual(new Set(["People/Jordan Lee.md", "People/Priya Patel.md"]));
		expect(report.people.length).toBeGreaterThanOrEqual(25);
	});

	it("prints grouped text with days, last contact and cadence", async () => {
		const { stdout, code } = await run(["report", "--today", "2026-11-30"], ROOT);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Needs attention \(16\): overdue or a follow-up due, then never contacted, then due soon; most overdue for their cadence first\.$/m);
		expect(stdout).toMatch(/^Overdue \(\d+\)$/m);
		expect(stdout).toMatch(/^Never contacted \(2\)$/m);
		expect(stdout).toMatch(/^Due soon \(\d+\)$/m);
		expect(stdout).toMatch(/^Birthdays \(2\)$/m);
		// One unit per line: "overdue 1 week · 2 weeks ago", never "7 days · 2 weeks".
		expect(stdout).toMatch(/Tom Becker +overdue 1 week · last contact 2026-11-16 \(2 weeks ago, from a daily note\) · every 7 days$/m);
		expect(stdout).toMatch(/Nadia Haddad +overdue 2 months · last contact 2025-10-01 \(14 months ago, from the property\) · every 365 days \(dormant\)$/m);
		expect(stdout).toMatch(/Jordan Lee +.* · every 90 days \(default\)$/m);
		expect(stdout).toMatch(/^ {2}Daniel Okafor +usually every 2 weeks, silent 6 weeks$/m);
		expect(stdout).toMatch(/^26 people: 10 overdue, 2 never contacted, 4 due soon, 6 up to date, 1 snoozed, 1 paused, 2 untracked\.$/m);
		expect(stdout).toMatch(/^Reconnect \(2\): once in touch, silent a year or more; the closest ties and longest silences first\n {2}Marco Bianchi +last contact 2024-05-02 \(3 years ago\) · 6 days of contact, usually every 7 weeks, 2 given or asked$/m);
		expect(stdout).toMatch(/Problems \(4\)/);
	});

	it("--markdown writes a reach-out list of unticked tasks; --limit trims it", async () => {
		const { stdout } = await run(["report", "--today", "2026-11-30", "--markdown", "--limit", "3"], ROOT);
		const tasks = stdout.split("\n").filter((l) => l.startsWith("- [ ] [["));
		expect(tasks).toHaveLength(3);
		expect(tasks[0]).toMatch(/^- \[ \] \[\[Marco Bianchi\]\] — overdue 2 years/);
		expect(tasks[1]).toMatch(/^- \[ \] \[\[Tom Becker\]\] — overdue 1 week/);
	});

	it.each([
		[["report", "--vault", "no/such/folder"], /no vault at/],
		[["report", "--today", "2026-13-45"], /--today 2026-13-45/],
		[["report", "--limit", "zero"], /--limit zero/],
		[["report", "--json", "--markdown"], /choose one/],
		[["report", "--colour"], /Unknown option/i],
		[["report", "--limit", "5x"], /--limit 5x: expected a whole number/],
		[["report", "--limit", "x5"], /--limit x5: expected a whole number/],
		[["report", "--limit", "0"], /--limit 0: expected a whole number of at least 1/],
		[["report", "extra"], /Unexpected argument 'extra'/],
		[["check", "--vault", "no/such/folder"], /^ascent: no vault at .*no\/such\/folder \(usage: ascent check/],
		[["check", "--today", "2026-13-45"], /--today 2026-13-45: expected a real date/],
		[["check", "--colour"], /^ascent: Unknown option '--colour'/],
		[["check", "extra"], /Unexpected argument 'extra'/],
		[["frobnicate"], /unknown command/],
		[[], /^ascent: missing command \(commands: report, import, check; ascent --help\)\n$/],
	])("%j: one-line error, exit code 2", async (args, message) => {
		const result = await run(args, ROOT);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("reads settings and daily-note settings from the vault's .obsidian folder", async () => {
		const vault = mkdtempSync(join(tmpdir(), "ascent-"));
		onTestFinished(() => rmSync(vault, { recursive: true, force: true }));
		mkdirSync(join(vault, ".obsidian/plugins/ascent"), { recursive: true });
		mkdirSync(join(vault, "Contacts"));
		mkdirSync(join(vault, "Log/2026"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/ascent/data.json"), JSON.stringify({ personFolders: ["Contacts"], defaultCadenceDays: 10, dueSoonDays: "x" }));
		writeFileSync(join(vault, ".obsidian/daily-notes.json"), JSON.stringify({ folder: "Log", format: "YYYY/DD-MM-YYYY" }));
		writeFileSync(join(vault, "Contacts/Ana.md"), "Ana\n");
		writeFileSync(join(vault, "Log/2026/15-11-2026.md"), "Coffee with [[Ana]]\n");
		const result = await run(["report", "--vault", vault, "--today", "2026-11-30", "--json"], ROOT);
		const report = JSON.parse(result.stdout) as { people: { name: string; status: string; lastContact: string; cadenceDays: number }[] };
		expect(report.people).toMatchObject([{ name: "Ana", status: "overdue", lastContact: "2026-11-15", cadenceDays: 10 }]);
		expect(result.stderr).toMatch(/settings dueSoonDays must be a whole number/);
	});
});

describe("the text report's counts and words", () => {
	it.each([
		["example-report.txt", ["report", "--today", "2026-11-30"]],
		["example-report-limit-2.txt", ["report", "--today", "2026-11-30", "--limit", "2"]],
		["report-help.txt", ["report", "--help"]],
		["help.txt", ["--help"]],
	])("%s matches its golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)", async (name, args) => {
		const result = await run(args, ROOT);
		expect(result.code).toBe(0);
		const golden = join(__dirname, "golden", name);
		if (process.env.UPDATE_GOLDEN) writeFileSync(golden, result.stdout);
		expect(result.stdout).toBe(readFileSync(golden, "utf8"));
		// Every line of help fits 80 columns.
		if (name.includes("help")) expect(result.stdout.split("\n").filter((l) => l.length > 80)).toEqual([]);
	});

	it("--limit keeps every count whole: the heading says how many there are and how many are shown", async () => {
		const { stdout } = await run(["report", "--today", "2026-11-30", "--limit", "2"], ROOT);
		expect(stdout).toMatch(/^Needs attention \(16, showing 2\): /m);
		expect(stdout).toMatch(/^Overdue \(10, showing 2\)$/m);
		expect(stdout).toMatch(/^Never contacted \(2, none shown\)$/m);
		expect(stdout).toMatch(/^Due soon \(4, none shown\)$/m);
		expect(stdout).toMatch(/^14 more need attention; raise --limit to see them\.$/m);
		expect(stdout.split("\n").filter((l) => /^ {2}\S.* · (last contact|every)/.test(l))).toHaveLength(2);
	});

	it("the gentle wording (a setting) says reconnect and how long it has been, where the default says overdue", async () => {
		const vault = mkdtempSync(join(tmpdir(), "ascent-gentle-"));
		onTestFinished(() => rmSync(vault, { recursive: true, force: true }));
		mkdirSync(join(vault, "People"));
		writeFileSync(join(vault, "People/Ana.md"), "---\ncadence: 30\nlast-contact: 2026-08-01\n---\n");
		const plain = (await run(["report", "--vault", vault, "--today", "2026-11-30"], ROOT)).stdout;
		expect(plain).toMatch(/Ana +overdue 3 months · last contact 2026-08-01 \(4 months ago, from the property\)/);
		mkdirSync(join(vault, ".obsidian/plugins/ascent"), { recursive: true });
		writeFileSync(join(vault, ".obsidian/plugins/ascent/data.json"), JSON.stringify({ gentleWording: true }));
		const gentle = (await run(["report", "--vault", vault, "--today", "2026-11-30"], ROOT)).stdout;
		expect(gentle).toMatch(/Ana +reconnect · it's been 4 months · last contact 2026-08-01/);
		expect(gentle).not.toMatch(/overdue 3/);
	});
});

describe("--location", () => {
	it("limits the report to the people in a place (any case or accent, a linked place note by its name); --json says where each person is", async () => {
		const text = (await run(["report", "--today", "2026-11-30", "--location", "berlin"], ROOT)).stdout;
		expect(text.split("\n")[0]).toBe("Ascent: who needs attention on 2026-11-30 in berlin");
		expect(text).toMatch(/^Needs attention \(1\): /m);
		expect(text).toMatch(/^ {2}Marco Bianchi +overdue/m);
		const json = JSON.parse((await run(["report", "--today", "2026-11-30", "--location", "BERLIN", "--json"], ROOT)).stdout) as { people: { name: string; location: string }[]; attention: string[] };
		expect(json.people.map((p) => [p.name, p.location])).toEqual([["Emma Schmidt", "Berlin, Germany"], ["Marco Bianchi", "Berlin"]]);
		expect(json.attention).toEqual(["People/Marco Bianchi.md"]);
		const munich = JSON.parse((await run(["report", "--today", "2026-11-30", "--location", "munchen", "--json"], ROOT)).stdout) as { people: { name: string }[] };
		expect(munich.people.map((p) => p.name)).toEqual(["Felix Wagner"]);
		// Places/Berlin.md has `aliases: [BER]`: the alias finds the people there, by link or by text.
		const ber = JSON.parse((await run(["report", "--today", "2026-11-30", "--location", "ber", "--json"], ROOT)).stdout) as { people: { name: string }[] };
		expect(ber.people.map((p) => p.name)).toEqual(["Emma Schmidt", "Marco Bianchi"]);
	});

	it("a place is read without the spaces around it", async () => {
		const plain = await run(["report", "--today", "2026-11-30", "--location", "Berlin"], ROOT);
		expect(await run(["report", "--today", "2026-11-30", "--location", "  Berlin "], ROOT)).toEqual(plain);
	});

	it("check names the template folders and files it never reads", async () => {
		const vault = mkdtempSync(join(tmpdir(), "ascent-"));
		onTestFinished(() => rmSync(vault, { recursive: true, force: true }));
		mkdirSync(join(vault, ".obsidian"));
		writeFileSync(join(vault, "Ana.md"), "---\ntype: person\n---\n");
		const bare = await run(["check", "--vault", vault, "--today", "2026-11-30"], ROOT);
		expect(bare.stdout).not.toMatch(/Never read/);
		writeFileSync(join(vault, ".obsidian/templates.json"), JSON.stringify({ folder: "Templates" }));
		const { stdout, code } = await run(["check", "--vault", vault, "--today", "2026-11-30"], ROOT);
		expect(code).toBe(0);
		expect(stdout).toMatch(/\n\nNever read \(templates\): Templates\/\n/);
		expect(stdout.startsWith(bare.stdout.split("\n")[0] ?? "")).toBe(true);
	});

	it("a vault that is a file: its own message, not a usage line", async () => {
		const dir = mkdtempSync(join(tmpdir(), "ascent-"));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const file = join(dir, "notes.md");
		writeFileSync(file, "not a vault\n");
		expect(await run(["report", "--vault", file], ROOT)).toEqual({ code: 2, stdout: "", stderr: `ascent: ${file} is not a folder\n` });
	});

	it("a place nobody is in says so; an empty one is a usage error", async () => {
		expect((await run(["report", "--today", "2026-11-30", "--location", "Atlantis"], ROOT)).stdout).toMatch(/^Nobody's location is in Atlantis/m);
		const empty = await run(["report", "--location", " "], ROOT);
		expect([empty.code, empty.stderr]).toEqual([2, expect.stringMatching(/^ascent: --location: name a place \(usage: ascent report .* \[--location PLACE\] \[--no-cache\]\)\n$/)]);
	});
});

describe("the subcommands", () => {
	it.each([
		["report", "ascent report [--vault DIR] [--today DATE] [--json|--markdown] [--limit N]\n              [--location PLACE] [--no-cache]"],
		["import", "ascent import FILE [--vault DIR] [--dry-run] [--overwrite]"],
		["check", "ascent check [--vault DIR] [--today DATE]"],
	])("%s --help names only its own options, in a usage line of at most 80 columns", async (name, usage) => {
		const result = await run([name, "--help"], ROOT);
		expect(result.code).toBe(0);
		expect(result.stdout.startsWith(`${usage}\n`)).toBe(true);
		for (const line of usage.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
	});

	it("runs as `npx ascent` (package.json bin) and through `npm run report -- --help`", () => {
		const bin = spawnSync(process.execPath, [join(ROOT, "bin/ascent.mjs"), "check", "--help"], { cwd: ROOT, encoding: "utf8" });
		expect(bin.stdout.split("\n")[0]).toBe("ascent check [--vault DIR] [--today DATE]");
		expect(bin.status).toBe(0);
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
		expect(pkg.bin).toEqual({ ascent: "bin/ascent.mjs" });
		const npm = spawnSync("npm", ["run", "-s", "report", "--", "--help"], { cwd: ROOT, encoding: "utf8", shell: process.platform === "win32" });
		expect(npm.stdout.split("\n")[0]).toBe("ascent report [--vault DIR] [--today DATE] [--json|--markdown] [--limit N]");
	}, 60_000);

	it("--help lists every subcommand; an unknown one names them", async () => {
		const help = await run(["--help"], ROOT);
		expect(help.stdout.match(/^ {2}ascent \w+/gm)).toEqual(["  ascent report", "  ascent import", "  ascent check"]);
		// -h and help say the same, on stdout alone; so does a subcommand's -h.
		for (const alias of [["-h"], ["help"]]) expect(await run(alias, ROOT)).toEqual({ code: 0, stdout: help.stdout, stderr: "" });
		expect(await run(["report", "-h"], ROOT)).toEqual({ ...(await run(["report", "--help"], ROOT)), stderr: "" });
		expect((await run(["frob"], ROOT)).stderr).toBe("ascent: unknown command \"frob\" (commands: report, import, check; ascent --help)\n");
	});
});

describe("the report streams the notes into the index", () => {
	it("prints the report of the index built from every record at once", async () => {
		const { readVault } = await import("../../src/vault/disk");
		const { PeopleIndex } = await import("../../src/core/people-index");
		const { collectReport, toText } = await import("../../src/core/report");
		const vault = await readVault(join(ROOT, "examples/vault"));
		const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
		const whole = collectReport(index, "2026-11-30", vault.readProblems);
		const printed = await run(["report", "--vault", join(ROOT, "examples/vault"), "--today", "2026-11-30"], ROOT);
		expect(printed.stdout).toBe(toText(whole));
		expect(whole.people.length).toBeGreaterThan(5);
	});
});

describe("the example vault tells one story", () => {
	it("nobody is met after their first recorded contact, and no contact is dated after 2026-11-30", async () => {
		const { readVault } = await import("../../src/vault/disk");
		const { PeopleIndex } = await import("../../src/core/people-index");
		const vault = await readVault(join(ROOT, "examples/vault"));
		const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
		const contradictions: string[] = [];
		for (const facts of index.allFacts()) {
			const dates = index.interactions(facts.path).map((i) => i.date).filter((d) => d <= "2026-11-30").sort();
			if (facts.met && dates[0] && dates[0] < facts.met) contradictions.push(`${facts.name}: met ${facts.met}, first contact ${dates[0]}`);
		}
		expect(contradictions).toEqual([]);
	});
});
