// Notes shaped to make a Markdown parser slow or deep, in a vault with an ordinary person: the CLI (a child process,
// as a user runs it) still reports everyone. How long each shape takes against a plain note is `npm run bench`'s.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const vault = mkdtempSync(join(tmpdir(), "ascent-shapes-"));
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("hostile note shapes", () => {
	it("6,000 nested quotes, 20,000 [[, [[a| and [, a 1,000-deep list, 5 MB of text: the report goes on", () => {
		mkdirSync(join(vault, "People"));
		mkdirSync(join(vault, "Daily"));
		writeFileSync(join(vault, "People/Ann Lee.md"), "---\ncadence: 30\n---\n");
		writeFileSync(join(vault, "Daily/2026-11-20.md"), "Lunch with [[Ann Lee]].\n");
		const shapes: Record<string, string> = {
			"Quotes.md": `${">".repeat(6000)} [[Ann Lee]]\n`,
			"Brackets.md": `${"[[".repeat(20_000)}\n`,
			"Bars.md": `${"[[a|".repeat(20_000)}\n`,
			"Square.md": `${"[".repeat(20_000)}\n`,
			"Deep list.md": Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"),
			"Daily/2026-11-25.md": `${"Long day. ".repeat(500_000)}\n- met [[Ann Lee]]\n`,
		};
		for (const [path, text] of Object.entries(shapes)) writeFileSync(join(vault, path), text);
		const out = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "report", "--vault", vault, "--today", "2026-11-30", "--json"],
			{ cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
		const report = JSON.parse(out) as { people: { path: string; lastContact: string | null; lastContactPath: string | null }[] };
		// The 5 MB daily note counts (its link is on the last line); the quoted link does not (quotes never do).
		expect(report.people).toMatchObject([{ path: "People/Ann Lee.md", lastContact: "2026-11-25", lastContactPath: "Daily/2026-11-25.md" }]);
	}, 60_000);
});
