// A corpus of bad notes: each is listed as a problem with its file and field, nothing crashes, nothing runs,
// and every other person is still read correctly. The big ones are generated; the rest are in tests/fixtures.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

interface Report {
	people: { path: string; status: string; lastContact: string | null }[];
	problems: { path: string; field: string; value: string; message: string }[];
}

const PWNED = join(tmpdir(), "ascent-pwned");
let vault: string;
let report: Report;
let code: number;

beforeAll(async () => {
	rmSync(PWNED, { force: true });
	vault = mkdtempSync(join(tmpdir(), "ascent-bad-"));
	cpSync(join(__dirname, "../fixtures/bad-notes"), vault, { recursive: true });
	mkdirSync(join(vault, ".obsidian"), { recursive: true });
	writeFileSync(join(vault, ".obsidian/daily-notes.json"), JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }));
	// 5 MB of body text in one person's note.
	writeFileSync(join(vault, "People/Huge Note.md"), `---\ncadence: 30\nlast-contact: 2026-11-10\n---\n${"All work and no play. ".repeat(240_000)}\n`);
	// 10,000-deep nesting in a property.
	writeFileSync(join(vault, "People/Deep Nesting.md"), `---\ncadence: 30\ndeep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n---\n`);
	// A person linked from 5,000 daily notes.
	writeFileSync(join(vault, "People/Busy Person.md"), "---\ncadence: 7\n---\n");
	for (let i = 0; i < 5000; i++) {
		const day = new Date(Date.UTC(2013, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
		writeFileSync(join(vault, `Daily/${day}.md`), `Coffee with [[Busy Person]].\n`);
	}
	const result = await run(["report", "--vault", vault, "--today", "2026-11-30", "--json"]);
	code = result.code;
	report = JSON.parse(result.stdout) as Report;
}, 120_000);

afterAll(() => {
	if (vault) rmSync(vault, { recursive: true, force: true });
});

const problem = (path: string, field: string) => report.problems.find((p) => p.path === path && p.field === field);

describe("a vault of bad notes", () => {
	it("the CLI exits 0 and lists the problems", () => {
		expect(code).toBe(0);
		expect(report.problems.length).toBeGreaterThanOrEqual(10);
	});

	it.each([
		["People/Yaml Error.md", "frontmatter", /not valid YAML/],
		["People/Code Frontmatter.md", "frontmatter", /marked ---js; Ascent reads YAML only and never runs code/],
		["People/Alias Bomb.md", "frontmatter", /not valid YAML.*(alias|Excessive)/i],
		["People/Deep Nesting.md", "frontmatter", /not valid YAML|too deep|could not be read/i],
		["People/Binary.md", "file", /not text \(it holds NUL bytes\)/],
		["People/Latin One.md", "file", /not valid UTF-8/],
		["People/Duplicate Keys.md", "frontmatter", /unique/i],
		["People/Odd Dates.md", "last-contact", /is a number \(20261120\)/],
		["People/Odd Dates.md", "met", /is a list/],
		["People/Odd Dates.md", "birthday", /not a date/],
		["People/Future Contact.md", "last-contact", /in the future/],
		["Archive/People/Sam Twin.md", "name", /another person note has the same name \(People\/Sam Twin.md\)/],
	])("%s: %s", (path, field, message) => {
		expect(problem(path, field)?.message).toMatch(message);
	});

	it("never runs code from a note", () => {
		expect(existsSync(PWNED)).toBe(false);
		expect((globalThis as Record<string, unknown>).__ascentPwned).toBeUndefined();
	});

	it("reads everyone else correctly", () => {
		const status = (path: string) => report.people.find((p) => p.path === path);
		expect(status("People/Control Person.md")).toMatchObject({ status: "ok", lastContact: "2026-11-20" });
		expect(status("People/Huge Note.md")).toMatchObject({ status: "ok", lastContact: "2026-11-10" });
		expect(status("People/Latin One.md")).toMatchObject({ status: "ok", lastContact: "2026-11-20" });
		// 5,000 daily notes from 2013-01-01: the last one is 2026-09-09.
		expect(status("People/Busy Person.md")).toMatchObject({ status: "overdue", lastContact: "2026-09-09" });
		expect(status("People/Sam Twin.md")).toMatchObject({ lastContact: "2026-11-25" });
		expect(status("Archive/People/Sam Twin.md")).toMatchObject({ lastContact: null });
		expect(report.people).toHaveLength(14);
	});
});
