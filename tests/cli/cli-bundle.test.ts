// The CLI's bundle (bin/cli-bundle.mjs): `ascent` runs from one file bundled from the source, made on first use and
// made again when a file it came from changes, so that a run after an edit runs the edit. Each case bundles a small
// project of its own (a main.ts that imports another file), as the real one is bundled.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { cliBundle, isFresh, ROOT } from "../../bin/cli-bundle.mjs";

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A project whose CLI says `words` (through a second file), its files dated an hour ago unless `now`. */
function project(words: string): string {
	const root = mkdtempSync(join(tmpdir(), "ascent-bundle-"));
	made.push(root);
	mkdirSync(join(root, "src", "cli"), { recursive: true });
	write(root, "src/cli/words.ts", `export const words: string = ${JSON.stringify(words)};\n`);
	write(root, "src/cli/where.ts", "export const where: string = import.meta.url;\n");
	write(root, "src/cli/main.ts", "import { words } from \"./words\";\nimport { where } from \"./where\";\nexport function main(): string {\n\treturn `${words} ${where}`;\n}\n");
	return root;
}

function write(root: string, path: string, text: string, now = false): void {
	writeFileSync(join(root, path), text);
	if (!now) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
}

/** What the bundle's `main()` returns, run by Node as `ascent` runs it. */
function runBundle(bundle: string): string {
	const code = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(m.main());`;
	const out = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
	expect(out.stderr).toBe("");
	return out.stdout;
}

describe("the CLI's bundle", () => {
	it("is made on first use and runs the source; the report cache still finds the project from the source's place", async () => {
		const root = project("hello");
		const bundle = await cliBundle(root, join(root, "cache"));
		expect(bundle).toBe(join(root, "cache", "cli.mjs"));
		expect(runBundle(bundle ?? "")).toBe(`hello ${pathToFileURL(join(root, "src", "cli", "report-cache.ts")).href}`);
	});

	it("is used as it is while nothing it came from changed, and made again after an edit", async () => {
		const root = project("one");
		const dir = join(root, "cache");
		const first = (await cliBundle(root, dir)) ?? "";
		const madeAt = statSync(first).mtimeMs;
		utimesSync(first, HOUR_AGO, HOUR_AGO);
		expect(await cliBundle(root, dir)).toBe(first);
		// Not written again: it still has the time it was given.
		expect(statSync(first).mtimeMs).toBeLessThan(madeAt - 60_000);
		// The same size, a new time: made again all the same.
		write(root, "src/cli/words.ts", "export const words: string = \"two\";\n");
		utimesSync(join(root, "src/cli/words.ts"), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
		expect(runBundle((await cliBundle(root, dir)) ?? "")).toMatch(/^two /);
	});

	it("a project moved elsewhere (its files as they were) is bundled again, since the bundle names the project's place", async () => {
		const root = project("here");
		const dir = join(root, "cache");
		const bundle = (await cliBundle(root, dir)) ?? "";
		const moved = `${root}-moved`;
		renameSync(root, moved);
		made.push(moved);
		const again = (await cliBundle(moved, join(moved, "cache"))) ?? "";
		expect(runBundle(again)).toBe(`here ${pathToFileURL(join(moved, "src", "cli", "report-cache.ts")).href}`);
		expect(bundle).not.toBe(again);
	});

	it("a file edited while it was bundled: this run uses the bundle, the next one makes it again", async () => {
		const root = project("now");
		const dir = join(root, "cache");
		write(root, "src/cli/words.ts", "export const words: string = \"new\";\n", true);
		const bundle = (await cliBundle(root, dir)) ?? "";
		expect(runBundle(bundle)).toMatch(/^new /);
		expect(() => statSync(join(dir, "cli.json"))).toThrow();
		utimesSync(join(root, "src/cli/words.ts"), HOUR_AGO, HOUR_AGO);
		await cliBundle(root, dir);
		expect(JSON.parse(readFileSync(join(dir, "cli.json"), "utf8"))).toMatchObject({ format: 2 });
	});

	it("a damaged record of what it came from is made again; source that does not build gives none (the CLI then runs the source through tsx)", async () => {
		const root = project("fine");
		const dir = join(root, "cache");
		await cliBundle(root, dir);
		writeFileSync(join(dir, "cli.json"), "{ not json");
		expect(runBundle((await cliBundle(root, dir)) ?? "")).toMatch(/^fine /);
		expect(isFresh(root, (JSON.parse(readFileSync(join(dir, "cli.json"), "utf8")) as { inputs: unknown }).inputs)).toBe(true);
		write(root, "src/cli/words.ts", "export const words: string = ;\n");
		expect(await cliBundle(root, dir)).toBeNull();
	});

	it("is made again when the compiler's options change (tsconfig.json: esbuild reads it, and its list of inputs leaves it out)", async () => {
		const root = project("before");
		const dir = join(root, "cache");
		write(root, "tsconfig.json", "{}\n");
		await cliBundle(root, dir);
		const inputs = (JSON.parse(readFileSync(join(dir, "cli.json"), "utf8")) as { inputs: [string][] }).inputs.map(([path]) => path);
		expect(inputs).toContain("tsconfig.json");
		expect(inputs).not.toContain("package.json");
		write(root, "tsconfig.json", "{ }\n");
		expect(isFresh(root, (JSON.parse(readFileSync(join(dir, "cli.json"), "utf8")) as { inputs: unknown }).inputs)).toBe(false);
	});

	it("a place it cannot be kept (here a folder under a file; a read-only install alike): none (the CLI then runs the source through tsx)", async () => {
		const root = project("nowhere");
		expect(await cliBundle(root, join(root, "src", "cli", "main.ts", "cache"))).toBeNull();
	});

	it("is stale when a file it came from is gone, or is another size or time, or the record is not a list of files", () => {
		const root = project("x");
		const info = statSync(join(root, "src/cli/words.ts"));
		expect(isFresh(root, [["src/cli/words.ts", info.size, info.mtimeMs]])).toBe(true);
		expect(isFresh(root, [["src/cli/words.ts", info.size + 1, info.mtimeMs]])).toBe(false);
		expect(isFresh(root, [["src/cli/words.ts", info.size, info.mtimeMs + 1]])).toBe(false);
		expect(isFresh(root, [["src/cli/gone.ts", info.size, info.mtimeMs]])).toBe(false);
		for (const junk of [undefined, [], {}, "src/cli/words.ts", [null], [[1, 2, 3]]]) expect(isFresh(root, junk)).toBe(false);
	});

	it("belongs to the project that holds bin/ (where `ascent` makes its bundle)", () => {
		expect(statSync(join(ROOT, "bin", "ascent.mjs")).isFile()).toBe(true);
		expect(statSync(join(ROOT, "src", "cli", "main.ts")).isFile()).toBe(true);
	});
});
