// Mutation testing of the core, the disk reader and the report cache (issue 19): `npm run mutation` (everything: about 10,600 mutants,
// several hours on two cores), `npm run mutation:changed` (only mutants in code or tests changed since the last run,
// from the incremental file), or one part: `npx stryker run --mutate src/core/goals.ts --incrementalFile reports/x.json`.
// Parts run on different days become one incremental file with `node scripts/merge-incremental.mjs
// reports/stryker-incremental.json <part files…>`; `npm run mutation:changed` then reports on everything.
// Not part of `npm test` or CI. The score is killed ÷ valid mutants; equivalent mutants carry a
// `// Stryker disable next-line <mutator>: <why nothing can observe it>` comment and are listed in tests/MUTANTS.md.
//
// The run happens in Los Angeles time (the test runners inherit the zone): where local time is UTC, a date read as UTC
// midnight and one read on its local day are the same day, so no test could tell the two rules apart (dates.ts
// dayFromDate). The tests pass in any zone; tests/core/time-zones.test.ts runs them in two, outside Stryker.
process.env.TZ = "America/Los_Angeles";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: "vitest",
	vitest: { configFile: "vitest.mutation.config.ts", related: false },
	checkers: ["typescript"],
	tsconfigFile: "tsconfig.mutation.json",
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	mutate: ["src/core/**/*.ts", "src/vault/**/*.ts", "src/cli/report-cache.ts"],
	coverageAnalysis: "perTest",
	ignoreStatic: true,
	concurrency: 3,
	timeoutMS: 8000,
	thresholds: { high: 85, low: 75, break: 75 },
	incremental: true,
	incrementalFile: "reports/stryker-incremental.json",
	reporters: ["clear-text", "progress", "html", "json"],
	htmlReporter: { fileName: "reports/mutation/index.html" },
	jsonReporter: { fileName: "reports/mutation/mutation.json" },
	tempDirName: ".stryker-tmp",
	cleanTempDir: "always",
};
