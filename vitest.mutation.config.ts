// The tests Stryker runs against mutants of src/core and src/vault: tests that need no browser and start no other
// process (a child process would run the unmutated code, so it could neither kill nor save a mutant).
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
	...base,
	test: {
		...base.test,
		// The tests of the core and the disk reader, and the table of conventions run through both sources; the plugin's
		// own tests (happy-dom, a plugin started per test) would triple the time of a run for few extra kills.
		include: ["tests/core/**/*.test.ts", "tests/vault/**/*.test.ts", "tests/conventions/**/*.test.ts", "tests/cli/import.test.ts", "tests/cli/import-events.test.ts"],
		exclude: ["tests/core/time-zones.test.ts"],
	},
});
