// ESLint: Obsidian's review rules for everything, plus Ascent's own boundaries.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import svelte from "eslint-plugin-svelte";
import tseslint from "typescript-eslint";

const nodeBuiltins = ["fs", "path", "os", "url", "child_process", "crypto", "util", "events", "stream", "process", "module", "worker_threads"];

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "coverage/", "examples/", "tests/artifacts/", "bench/results.json", "package-lock.json", "*.config.ts", "reports/", ".stryker-tmp/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				// The project's plain JavaScript files, read with the default project (nine; the parser allows 8 unless raised).
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "svelte.config.js", "version-bump.mjs", "bin/ascent.mjs", "bin/cli-bundle.mjs", "stryker.config.mjs", "scripts/survivors.mjs", "scripts/merge-incremental.mjs"],
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 10,
				},
			},
		},
		// Sentence case, with the plugin's own name kept as a name ("Open Ascent").
		rules: { "obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: ["Ascent"] }] },
	},
	// The Svelte components: Svelte's recommended rules, their scripts read by the TypeScript parser with types, and
	// Obsidian's rules for the script as for any plugin code.
	...svelte.configs.recommended.map((c) => (c.files ? c : { ...c, files: ["**/*.svelte", "**/*.svelte.ts"] })),
	{
		files: ["**/*.svelte", "**/*.svelte.ts"],
		plugins: { "@typescript-eslint": tseslint.plugin, obsidianmd },
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: [".svelte"], parser: tseslint.parser, svelteConfig: undefined },
		},
		rules: {
			// Svelte's own checker (svelte-check, in npm run typecheck) owns these for components.
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			// Obsidian's rules that read a component's script as they read any plugin code.
			"obsidianmd/ui/sentence-case": ["error", { enforceCamelCaseLower: true, brands: ["Ascent"] }],
			"obsidianmd/no-static-styles-assignment": "error",
			"obsidianmd/no-forbidden-elements": "error",
			"obsidianmd/prefer-window-timers": "error",
			"obsidianmd/no-global-this": "error",
			"obsidianmd/platform": "error",
			"no-restricted-globals": ["error", "app"],
			// Names in type signatures (a callback's parameter) are not variables: the TypeScript rule knows that.
			"no-unused-vars": "off",
			"@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
		},
	},
	{
		// The manifest, as Obsidian's review validates it (fields, types, and a description it accepts).
		files: ["manifest.json"],
		...tseslint.configs.disableTypeChecked,
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, extraFileExtensions: [".json"] } },
		rules: { ...tseslint.configs.disableTypeChecked.rules, "obsidianmd/validate-manifest": "error" },
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
		files: ["src/cli/**/*.ts", "src/vault/disk.ts", "tests/**/*.ts", "bench/**/*.ts", "*.mjs", "bin/*.mjs", "scripts/*.mjs"],
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
