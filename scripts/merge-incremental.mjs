// Merges the incremental files of several partial mutation runs into one, so that `npm run mutation:changed` reports
// on all of src/core and src/vault while running only the mutants whose code or covering tests changed since their
// part ran (a full `npm run mutation` is about 10,600 mutants: more hours than two cores have in a working session).
//
//   node scripts/merge-incremental.mjs reports/stryker-incremental.json reports/batches/inc-*.json
//
// The first argument is written; the others are read in the order given, a later file winning for a source or test
// file that two of them hold. Stryker numbers tests per run, so every test is given a new id and each mutant's
// coveredBy and killedBy follow it. Stryker itself matches tests across runs by file and name, which is kept.
import { readFileSync, writeFileSync } from "node:fs";

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
	console.error("usage: node scripts/merge-incremental.mjs <out.json> <in.json>…");
	process.exit(2);
}

const files = {};
const testFiles = {};
const idByKey = new Map();
let last;
for (const input of inputs) {
	const report = JSON.parse(readFileSync(input, "utf8"));
	last = report;
	const newId = new Map();
	for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
		const merged = (testFiles[file] ??= { tests: [] });
		if (testFile.source !== undefined) merged.source = testFile.source;
		for (const test of testFile.tests) {
			const key = `${file}\n${test.name}`;
			let id = idByKey.get(key);
			if (id === undefined) {
				id = String(idByKey.size);
				idByKey.set(key, id);
				merged.tests.push({ ...test, id });
			}
			newId.set(test.id, id);
		}
	}
	const rename = (ids) => ids?.map((id) => newId.get(id)).filter((id) => id !== undefined);
	for (const [file, result] of Object.entries(report.files)) {
		files[file] = {
			...result,
			mutants: result.mutants.map((m) => ({ ...m, coveredBy: rename(m.coveredBy), killedBy: rename(m.killedBy) })),
		};
	}
}

writeFileSync(out, JSON.stringify({ ...last, files, testFiles }));
const mutants = Object.values(files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`${out}: ${Object.keys(files).length} source files, ${mutants} mutants, ${idByKey.size} tests`);
