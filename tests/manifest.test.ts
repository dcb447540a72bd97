// The manifest as Obsidian's submission review reads it (the same checks as eslint-plugin-obsidianmd's
// validate-manifest rule): a description of 10–250 characters, starting with a capital, ending with a period,
// in letters, digits, spaces and . , ! ? ' " - only; versions.json knows the manifest's version.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, string | boolean>;

describe("manifest.json", () => {
	it("has a description the submission review accepts", () => {
		const description = String(manifest.description);
		expect(description.length).toBeGreaterThanOrEqual(10);
		expect(description.length).toBeLessThanOrEqual(250);
		expect(description).toMatch(/^[A-Z][A-Za-z0-9\s.,!?'"-]*\.$/);
		expect(description).not.toMatch(/obsidian/i);
	});

	it("matches package.json and versions.json", () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
		const versions = JSON.parse(readFileSync(join(ROOT, "versions.json"), "utf8")) as Record<string, string>;
		expect(manifest.version).toBe(pkg.version);
		expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
	});
});
