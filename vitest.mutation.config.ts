// The tests Stryker runs against mutants of src/core and src/vault: every test that needs no browser and starts no
// other process (a child process would run the unmutated code, so it could neither kill nor save a mutant).
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ["tests/core/**/*.test.ts", "tests/vault/**/*.test.ts", "tests/conventions/**/*.test.ts", "tests/reliability/**/*.test.ts",
			"tests/obsidian/**/*.test.ts", "tests/ui/sidebar-model.test.ts", "tests/cli/import.test.ts"],
		exclude: ["tests/core/time-zones.test.ts", "tests/reliability/hostile-import.test.ts", "tests/reliability/hostile-notes.test.ts", "tests/obsidian/bundle.test.ts"],
	},
});
