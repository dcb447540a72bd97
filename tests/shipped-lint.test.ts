// The code that ships in main.js lints clean under eslint-plugin-obsidianmd's recommended config alone, with no
// exemption: the files are the bundle's own inputs (esbuild's metafile), so the CLI, the disk reader, the
// benchmarks and the tests, which never enter main.js, are not what the review checks.
import esbuild from "esbuild";
import sveltePlugin from "esbuild-svelte";
import { ESLint } from "eslint";
import obsidianmd from "eslint-plugin-obsidianmd";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");

async function bundleInputs(): Promise<string[]> {
	const result = await esbuild.build({
		entryPoints: [join(ROOT, "src/main.ts")], bundle: true, format: "cjs", platform: "browser", write: false, metafile: true,
		outfile: join(ROOT, "dist/lint-probe.js"), logLevel: "silent",
		mainFields: ["svelte", "browser", "module", "main"], conditions: ["svelte", "browser", "production"],
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		plugins: [sveltePlugin({ compilerOptions: { css: "external" }, filterWarnings: () => false })],
	});
	return Object.keys(result.metafile.inputs).filter((f) => f.startsWith("src/") && /\.ts$/.test(f)).map((f) => join(ROOT, f));
}

describe("the shipped plugin code", () => {
	it("is what main.ts reaches: no CLI, no disk reader, no Node", async () => {
		const inputs = (await bundleInputs()).map((f) => relative(ROOT, f));
		expect(inputs).toContain("src/main.ts");
		expect(inputs.filter((f) => f.startsWith("src/cli/") || f.startsWith("src/vault/"))).toEqual([]);
	}, 60_000);

	it("lints clean under Obsidian's recommended config alone", async () => {
		const files = await bundleInputs();
		const eslint = new ESLint({
			cwd: ROOT,
			overrideConfigFile: true,
			overrideConfig: [...obsidianmd.configs.recommended, { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } } }],
		});
		const results = await eslint.lintFiles(files);
		const problems = results.flatMap((r) => r.messages.map((m) => `${relative(ROOT, r.filePath)}:${m.line} ${m.ruleId ?? ""} ${m.message}`));
		expect(problems).toEqual([]);
	}, 120_000);
});
