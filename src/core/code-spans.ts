// Inline code as CommonMark reads it, for every reader of a line's words: the guarded note reader, Dataview inline
// fields and task due dates. What is inside code is an example, not a tag, a field or a date.

/**
 * A line with its code spans blanked (offsets kept): a run of backticks opens one that the next run of the same
 * length closes (CommonMark), found by walking the runs once, so a line of many unmatched runs stays linear.
 */
export function blankCodeSpans(line: string): string {
	// Stryker disable next-line ConditionalExpression,StringLiteral,BooleanLiteral: speed-only; with no backtick nothing below blanks anything.
	if (!line.includes("`")) return line;
	const runs: { at: number; length: number }[] = [];
	// Stryker disable next-line StringLiteral: equivalent; started anywhere else, the walk adds a run of no backticks, which closes nothing.
	for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
		let j = i;
		while (line.charCodeAt(j) === 96) j++;
		runs.push({ at: i, length: j - i });
		i = j;
	}
	// For each length, the runs of that length in order, and how far the search for a closing run has come.
	const byLength = new Map<number, number[]>();
	runs.forEach((run, k) => {
		const same = byLength.get(run.length);
		if (same) {
			same.push(k);
		} else {
			// Stryker disable next-line ArrayDeclaration: equivalent; the first run of a length closes nothing (the search looks forward only).
			byLength.set(run.length, [k]);
		}
	});
	const searched = new Map<number, number>();
	let out = "";
	let copied = 0;
	for (let k = 0; k < runs.length; ) {
		const run = runs[k] as { at: number; length: number };
		const same = byLength.get(run.length) as number[];
		let next = searched.get(run.length) ?? 0;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; one more turn compares no run, which is never at or before k.
		while (next < same.length && (same[next] as number) <= k) next++;
		searched.set(run.length, next);
		const closing = same[next];
		if (closing === undefined) {
			k++;
			continue;
		}
		const close = runs[closing] as { at: number; length: number };
		out += line.slice(copied, run.at) + " ".repeat(close.at + close.length - run.at);
		copied = close.at + close.length;
		k = closing + 1;
	}
	// Stryker disable next-line ConditionalExpression: speed-only; a line with no span is the line again.
	return copied === 0 ? line : out + line.slice(copied);
}
