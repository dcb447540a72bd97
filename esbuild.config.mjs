// Bundles the plugin (src/main.ts) into dist/main.js with its manifest and styles.
import esbuild from "esbuild";
import esbuildSvelte from "esbuild-svelte";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

async function bundleStyles() {
	const files = (await readdir("styles")).filter((f) => f.endsWith(".css")).sort();
	const parts = await Promise.all(files.map((f) => readFile(`styles/${f}`, "utf8")));
	await writeFile("dist/styles.css", parts.join("\n"));
}

await mkdir("dist", { recursive: true });
const context = await esbuild.context({
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	target: "es2022",
	platform: "browser",
	outfile: "dist/main.js",
	minify: production,
	sourcemap: production ? false : "inline",
	treeShaking: true,
	logLevel: "info",
	mainFields: ["svelte", "browser", "module", "main"],
	// Svelte (through esm-env) picks its production code by this condition: no NODE_ENV check is left in main.js.
	conditions: ["svelte", "browser", production ? "production" : "development"],
	external: [
		"obsidian", "electron",
		"@codemirror/*", "@lezer/*",
		...builtinModules, ...builtinModules.map((m) => `node:${m}`),
	],
	// Svelte's warnings about libraries' own components (virtua) are theirs to fix, not ours.
	plugins: [esbuildSvelte({ compilerOptions: { css: "external" }, filterWarnings: (w) => !w.filename?.includes("node_modules") })],
});

await copyFile("manifest.json", "dist/manifest.json");
await bundleStyles();
if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
