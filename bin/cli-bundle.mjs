// The CLI as one file bundled from its TypeScript source, made on first use and made again when any file it came
// from changes. Node then loads one file, where through tsx's loader it loads some 300 modules one at a time:
// `ascent --help` took 0.75–1.06 s that way on the bench's machine and takes 0.13–0.17 s bundled (PERFORMANCE.md,
// session 21). esbuild makes it: tsx, which runs the source otherwise, is built on it, so it is there wherever the
// source can run.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The project: the folder that holds bin/ and src/. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Changed when the way the bundle is made changes: a bundle made the old way is made again. */
const FORMAT = 2;
/** Files esbuild reads that its list of inputs leaves out: the compiler's options, the package's own manifest. */
const SETTINGS = ["tsconfig.json", "package.json"];
/** A file modified this close to the bundling may have changed after esbuild read it (as the report cache's rule). */
const RACY_MS = 2000;

/**
 * Whether every file the bundle came from is as it was when the bundle was made (`inputs`: path from `root`, size,
 * modification time). A file gone or changed, or a record that is not such a list, makes it stale.
 */
export function isFresh(root, inputs) {
	if (!Array.isArray(inputs) || inputs.length === 0) return false;
	for (const input of inputs) {
		if (!Array.isArray(input) || typeof input[0] !== "string") return false;
		let info;
		try {
			info = statSync(join(root, input[0]));
		} catch {
			return false;
		}
		if (info.size !== input[1] || info.mtimeMs !== input[2]) return false;
	}
	return true;
}

/**
 * The path of the CLI's bundle (`src/cli/main.ts` and all it imports), in `dir`, made or made again when stale. Null
 * when it cannot be made (esbuild missing, a folder that cannot be written): the caller runs the source instead.
 */
export async function cliBundle(root = ROOT, dir = join(root, "node_modules", ".cache", "ascent")) {
	const bundle = join(dir, "cli.mjs");
	const stateFile = join(dir, "cli.json");
	try {
		const state = JSON.parse(readFileSync(stateFile, "utf8"));
		// The bundle names its project's place (the report cache's, below): a project moved elsewhere makes it again.
		if (state.format === FORMAT && state.root === root && isFresh(root, state.inputs)) {
			statSync(bundle);
			return bundle;
		}
	} catch {
		// No bundle yet, or its record unreadable: made below.
	}
	try {
		// A folder that cannot be written (a read-only install) is known before half a second of bundling.
		mkdirSync(dir, { recursive: true });
		accessSync(dir, constants.W_OK);
		const { build } = await import("esbuild");
		const started = Date.now();
		const result = await build({
			absWorkingDir: root,
			entryPoints: ["src/cli/main.ts"],
			bundle: true,
			platform: "node",
			format: "esm",
			target: "node20",
			write: false,
			metafile: true,
			outfile: bundle,
			logLevel: "silent",
			// A library written as CommonJS that requires a Node module needs `require` inside an ES module.
			banner: { js: "import { createRequire as __ascentRequire } from \"node:module\"; const require = __ascentRequire(import.meta.url);" },
			// The report cache finds the project from where its own source is (cli/report-cache.ts), not from the bundle.
			define: { "import.meta.url": JSON.stringify(pathToFileURL(join(root, "src", "cli", "report-cache.ts")).href) },
		});
		const read = [...Object.keys(result.metafile.inputs), ...SETTINGS.filter((path) => existsSync(join(root, path)))];
		const inputs = read.map((path) => {
			const info = statSync(join(root, path));
			return [path, info.size, info.mtimeMs];
		});
		const text = result.outputFiles[0]?.text ?? "";
		const temp = `${bundle}.${process.pid}.tmp`;
		writeFileSync(temp, text);
		renameSync(temp, bundle);
		// A file changed while esbuild read it: this run uses the bundle, the next one makes it again.
		if (inputs.every(([, , mtimeMs]) => mtimeMs < started - RACY_MS)) {
			writeFileSync(`${stateFile}.${process.pid}.tmp`, JSON.stringify({ format: FORMAT, root, inputs }));
			renameSync(`${stateFile}.${process.pid}.tmp`, stateFile);
		} else {
			rmSync(stateFile, { force: true });
		}
		return bundle;
	} catch {
		return null;
	}
}
