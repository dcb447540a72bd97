// The tests Stryker runs against mutants of src/core and src/vault: tests that need no browser and start no other
// process (a child process would run the unmutated code, so it could neither kill nor save a mutant).
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
	...base,
	test: {
		...base.test,
		// The tests of the core and the disk reader, the table of conventions run through both sources, and the CLI's and
		// the reliability suite's tests that run the core in this process (its tests that start the CLI as a process cover
		// no mutant, so Stryker never runs them for one); the plugin's own tests (happy-dom, a plugin started per test)
		// would triple the time of a run for few extra kills, and bad-notes.test.ts builds a vault of 5,000 notes before
		// its tests, again for every mutant they cover.
		include: [
			"tests/core/**/*.test.ts",
			"tests/vault/**/*.test.ts",
			"tests/conventions/**/*.test.ts",
			"tests/cli/import.test.ts",
			"tests/cli/import-events.test.ts",
			"tests/cli/report.test.ts",
			"tests/cli/report-cache.test.ts",
			"tests/reliability/properties.test.ts",
		],
		exclude: ["tests/core/time-zones.test.ts"],
	},
});
