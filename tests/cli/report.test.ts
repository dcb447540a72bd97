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
		expect(stdout).toMatch(/^Overdue \(\d+\)$/m);
		expect(stdout).toMatch(/^Never contacted \(2\)$/m);
		expect(stdout).toMatch(/^Due soon \(\d+\)$/m);
		expect(stdout).toMatch(/^Birthdays \(2\)$/m);
		expect(stdout).toMatch(/Tom Becker +overdue 7 days · last contact 2026-11-16 \(2 weeks ago, from a note\) · every 7 days/);
		expect(stdout).toMatch(/Problems \(4\)/);
	});

	it("--markdown writes a reach-out list of unticked tasks; --limit trims it", async () => {
		const { stdout } = await run(["report", "--today", "2026-11-30", "--markdown", "--limit", "3"], ROOT);
		const tasks = stdout.split("\n").filter((l) => l.startsWith("- [ ] [["));
		expect(tasks).toHaveLength(3);
		expect(tasks[0]).toMatch(/^- \[ \] \[\[Tom Becker\]\] — overdue 7 days/);
	});

	it.each([
		[["report", "--vault", "no/such/folder"], /no vault at/],
		[["report", "--today", "2026-13-45"], /--today 2026-13-45/],
		[["report", "--limit", "zero"], /--limit zero/],
		[["report", "--json", "--markdown"], /choose one/],
		[["report", "--colour"], /Unknown option/i],
		[["frobnicate"], /unknown command/],
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

describe("the subcommands", () => {
	it.each([
		["report", "ascent report [--vault DIR] [--today DATE] [--json|--markdown] [--limit N]"],
		["import", "ascent import FILE [--vault DIR] [--dry-run] [--overwrite]"],
		["check", "ascent check [--vault DIR] [--today DATE]"],
	])("%s --help names only its own options, in a usage line of at most 80 columns", async (name, usage) => {
		const result = await run([name, "--help"], ROOT);
		expect(result.code).toBe(0);
		expect(result.stdout.split("\n")[0]).toBe(usage);
		expect(usage.length).toBeLessThanOrEqual(80);
	});

	it("--help lists every subcommand; an unknown one names them", async () => {
		const help = await run(["--help"], ROOT);
		expect(help.stdout.match(/^ {2}ascent \w+/gm)).toEqual(["  ascent report", "  ascent import", "  ascent check"]);
		expect((await run(["frob"], ROOT)).stderr).toBe("ascent: unknown command \"frob\" (commands: report, import, check; ascent --help)\n");
	});
});
