// The CLI in a child process, as a user runs it: a vault of half-filled templates prints the report and nothing
// from the libraries on stderr (YAML reads `created: {{date}}` as a map of maps, and used to warn 34 times).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const vault = mkdtempSync(join(tmpdir(), "ascent-quiet-"));
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("the CLI on a vault of templates", () => {
	it("prints no library warnings, and never reads a template as a person", () => {
		mkdirSync(join(vault, "People"));
		for (let i = 0; i < 12; i++) writeFileSync(join(vault, "People", `Template ${i}.md`), "---\ncreated: {{date}}\nupdated: {{date:YYYY-MM-DD}}\ntype: person\n---\n# {{title}}\n");
		writeFileSync(join(vault, "People", "Ann Lee.md"), "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n");
		const result = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "report", "--vault", vault, "--today", "2026-11-30", "--json"], {
			cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
		});
		const report = JSON.parse(result) as { people: { path: string }[] };
		expect(report.people.map((p) => p.path)).toEqual(["People/Ann Lee.md"]);
		// execFileSync hands back stdout only; run again to see stderr.
		const both = execFileSync("sh", ["-c", `"${process.execPath}" --import tsx src/cli/main.ts report --vault "${vault}" --today 2026-11-30 2>&1 >/dev/null`], {
			cwd: ROOT, encoding: "utf8",
		});
		expect(both).toBe("");
	});
});
