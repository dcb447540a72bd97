// Mutation testing of the core and the disk reader (issue 19): `npm run mutation` (everything, tens of minutes on two
// cores) or `npm run mutation:changed` (only mutants in code changed since the last run, from the incremental file).
// Not part of `npm test` or CI. The score is killed ÷ valid mutants; equivalent mutants carry a
// `// Stryker disable next-line <mutator>: <why nothing can observe it>` comment and are listed in tests/MUTANTS.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: "vitest",
	vitest: { configFile: "vitest.mutation.config.ts", related: false },
	checkers: ["typescript"],
	tsconfigFile: "tsconfig.mutation.json",
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	mutate: ["src/core/**/*.ts", "src/vault/**/*.ts"],
	coverageAnalysis: "perTest",
	ignoreStatic: true,
	concurrency: 3,
	timeoutMS: 20000,
	thresholds: { high: 85, low: 75, break: 75 },
	incremental: true,
	incrementalFile: "reports/stryker-incremental.json",
	reporters: ["clear-text", "progress", "html", "json"],
	htmlReporter: { fileName: "reports/mutation/index.html" },
	jsonReporter: { fileName: "reports/mutation/mutation.json" },
	tempDirName: ".stryker-tmp",
	cleanTempDir: "always",
};
