// The mutants a run left alive, one line each (file:line, mutator, the code as mutated), and the score per file:
// `node scripts/survivors.mjs [reports/mutation/mutation.json]`. Read them one by one: a test that a user's case
// would fail, or a line in tests/MUTANTS.md saying why nothing can observe it.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
for (const [file, { mutants, source }] of Object.entries(report.files)) {
	const count = (s) => mutants.filter((m) => m.status === s).length;
	const [killed, timeout, survived, noCov] = [count("Killed"), count("Timeout"), count("Survived"), count("NoCoverage")];
	const valid = killed + timeout + survived + noCov;
	console.log(`${file}: ${valid === 0 ? "–" : ((100 * (killed + timeout)) / valid).toFixed(1)}% (${killed + timeout} killed of ${valid}; ${survived} survived, ${noCov} not covered, ${count("CompileError")} not compiling, ${count("Ignored")} ignored)`);
	const lines = source.split("\n");
	for (const m of mutants.filter((x) => x.status === "Survived" || x.status === "NoCoverage").sort((a, b) => a.location.start.line - b.location.start.line)) {
		const { start, end } = m.location;
		const line = lines[start.line - 1] ?? "";
		const mutated = start.line === end.line ? `${line.slice(0, start.column - 1)}${m.replacement ?? ""}${line.slice(end.column - 1)}` : `${line.slice(0, start.column - 1)}${m.replacement ?? ""} …`;
		console.log(`  ${start.line}:${m.mutatorName}${m.status === "NoCoverage" ? " (no coverage)" : ""}  ${mutated.trim().slice(0, 160)}`);
	}
}
