// Releases as the sample plugin makes them: `npm version patch` in a scratch clone bumps manifest.json and
// versions.json and tags the commit with the bare version (no "v"), which the release workflow builds from.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "ascent-release-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm version", () => {
	it("bumps manifest.json and versions.json and tags without a v", () => {
		const repo = join(scratch, "repo");
		execFileSync("git", ["clone", "-q", ROOT, repo]);
		const before = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
		const [major, minor, patch] = before.version.split(".").map(Number);
		const next = `${major}.${minor}.${(patch ?? 0) + 1}`;
		const identity = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
		execFileSync("npm", ["version", "patch"], { cwd: repo, env: { ...process.env, ...identity }, stdio: "pipe" });
		expect((JSON.parse(readFileSync(join(repo, "manifest.json"), "utf8")) as { version: string }).version).toBe(next);
		const versions = JSON.parse(readFileSync(join(repo, "versions.json"), "utf8")) as Record<string, string>;
		const minApp = (JSON.parse(readFileSync(join(repo, "manifest.json"), "utf8")) as { minAppVersion: string }).minAppVersion;
		expect(versions[next]).toBe(minApp);
		expect(execFileSync("git", ["tag", "--points-at", "HEAD"], { cwd: repo, encoding: "utf8" }).trim()).toBe(next);
		// The bump is one commit holding the three files.
		expect(execFileSync("git", ["show", "--name-only", "--format=", "HEAD"], { cwd: repo, encoding: "utf8" }).trim().split("\n").sort())
			.toEqual(["manifest.json", "package-lock.json", "package.json", "versions.json"]);
	}, 60_000);
});
