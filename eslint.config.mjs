// ESLint: Obsidian's review rules for everything, plus Ascent's own boundaries.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

const nodeBuiltins = ["fs", "path", "os", "url", "child_process", "crypto", "util", "events", "stream", "process", "module", "worker_threads"];

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "coverage/", "examples/", "tests/artifacts/", "bench/results.json", "package-lock.json", "*.config.ts"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "svelte.config.js", "version-bump.mjs", "bin/ascent.mjs"] },
			},
		},
		// Sentence case, with the plugin's own name kept as a name ("Open Ascent").
		rules: { "obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: ["Ascent"] }] },
	},
	{
		// The core is pure TypeScript: the plugin, the CLI and the tests share it unchanged.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", {
				paths: nodeBuiltins.map((name) => ({ name, message: "src/core must not import Node built-ins." })),
				patterns: [
					{ group: ["obsidian", "obsidian/*"], message: "src/core must not import obsidian: keep it pure." },
					{ group: ["svelte", "svelte/*"], message: "src/core must not import svelte: keep it pure." },
					{ group: ["node:*"], message: "src/core must not import Node built-ins." },
				],
			}],
		},
	},
	{
		// Tests fake Obsidian itself and drive a DOM directly: the plugin-only DOM and timer rules do not apply.
		files: ["tests/**/*.ts", "bench/**/*.ts"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"import/no-extraneous-dependencies": "off",
		},
	},
	{
		// The CLI, the disk reader, tests, benchmarks and build scripts run on Node, never in the app.
		files: ["src/cli/**/*.ts", "src/vault/disk.ts", "tests/**/*.ts", "bench/**/*.ts", "*.mjs", "bin/*.mjs"],
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			// Command-line tools print; that is their job (the wrapped no-console rule is for the plugin).
			"obsidianmd/rule-custom-message": "off",
			// Outside the app there is no Vault#configDir: a vault on disk keeps Obsidian's default folder name.
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
			"no-console": "off",
		},
		languageOptions: { globals: { process: "readonly", __dirname: "readonly", console: "readonly" } },
	},
]);
