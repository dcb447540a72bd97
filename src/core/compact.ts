// Lists as the index keeps them for as long as the vault is open. On the bench's large vault most people's lists
// (offers, needs, goals, log lines…) are empty, and an empty array still costs its 32 bytes; a list built by `push`
// carries up to half its length again in spare room. Kept lists are never changed in place.

const EMPTY: readonly never[] = Object.freeze([]);

/** The list, or one shared empty list for every empty one (frozen: a change in place throws rather than spreads). */
export function kept<T>(list: T[]): T[] {
	// Stryker disable next-line ConditionalExpression: memory-only; an empty list of its own is as empty as the shared one.
	return list.length === 0 ? (EMPTY as never[]) : list;
}

/** A copy without spare room (or the shared empty list), for a list that will be kept. */
export function exact<T>(list: readonly T[]): T[] {
	// Stryker disable next-line ConditionalExpression: memory-only; an empty copy is as empty as the shared list.
	return list.length === 0 ? (EMPTY as never[]) : list.slice();
}

/**
 * One string for each distinct text it is given (notes on one day share one string for it: 20,000 notes, 2,000
 * days). `keep` makes the string kept for a text the first time it is seen, equal to it (`own`: a copy that holds no
 * larger string); the copy is the key too, so that the table holds no larger string either.
 */
export class Interner {
	private readonly known = new Map<string, string>();

	constructor(private readonly keep: (text: string) => string = (text) => text) {}

	of(text: string): string {
		const known = this.known.get(text);
		if (known !== undefined) return known;
		const kept = this.keep(text);
		this.known.set(kept, kept);
		return kept;
	}
}

/**
 * A copy of `text` that holds none of the string it was cut from. V8 keeps a cut (`slice`, a regular expression's
 * group, `trim`) of 13 characters or more as a view into the whole: a task's words would keep its note's whole text
 * alive for as long as the index keeps the task. Two halves joined with `+` are held as a pair of views until
 * something makes V8 write them out (reading a character did, but not once the caller was optimized: 6,140 of the
 * bench's 30,000 task texts stayed pairs, each holding its note's text). `join` writes the copy out at once, a
 * new string of its own (PERFORMANCE.md).
 */
export function own(text: string): string {
	return [text.slice(0, 1), text.slice(1)].join("");
}
