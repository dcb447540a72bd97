// The mutants a run left alive, one line each (file:line, mutator, the code as mutated), and the score per file and
// in all: `node scripts/survivors.mjs [--summary] [report.json …]` (default reports/mutation/mutation.json). Several
// reports (runs of parts of the code) are read as one; a file in two reports counts from the later one. Read the
// survivors one by one: a test that a user's case would fail, or a line in tests/MUTANTS.md saying why nothing can
// observe it.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const summary = args.includes("--summary");
const paths = args.filter((a) => a !== "--summary");
const files = {};
for (const path of paths.length > 0 ? paths : ["reports/mutation/mutation.json"]) Object.assign(files, JSON.parse(readFileSync(path, "utf8")).files);

const total = { killed: 0, valid: 0, survived: 0, noCov: 0 };
const score = (killed, valid) => (valid === 0 ? "–" : `${((100 * killed) / valid).toFixed(1)}%`);
for (const [file, { mutants, source }] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
	const count = (s) => mutants.filter((m) => m.status === s).length;
	const [killed, timeout, survived, noCov] = [count("Killed"), count("Timeout"), count("Survived"), count("NoCoverage")];
	const valid = killed + timeout + survived + noCov;
	Object.assign(total, { killed: total.killed + killed + timeout, valid: total.valid + valid, survived: total.survived + survived, noCov: total.noCov + noCov });
	console.log(`${file}: ${score(killed + timeout, valid)} (${killed + timeout} killed of ${valid}; ${survived} survived, ${noCov} not covered, ${count("CompileError")} not compiling, ${count("Ignored")} ignored)`);
	if (summary) continue;
	const lines = source.split("\n");
	for (const m of mutants.filter((x) => x.status === "Survived" || x.status === "NoCoverage").sort((a, b) => a.location.start.line - b.location.start.line)) {
		const { start, end } = m.location;
		const line = lines[start.line - 1] ?? "";
		const mutated = start.line === end.line ? `${line.slice(0, start.column - 1)}${m.replacement ?? ""}${line.slice(end.column - 1)}` : `${line.slice(0, start.column - 1)}${m.replacement ?? ""} …`;
		console.log(`  ${start.line}:${m.mutatorName}${m.status === "NoCoverage" ? " (no coverage)" : ""}  ${mutated.trim().slice(0, 160)}`);
	}
}
console.log(`all ${Object.keys(files).length} files: ${score(total.killed, total.valid)} (${total.killed} killed of ${total.valid}; ${total.survived} survived, ${total.noCov} not covered)`);
