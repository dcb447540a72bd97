// Every note of the vault in one table, keyed by the number of its lower-case name: the link resolver finds notes by
// name through it (link-resolver.ts), and the index keeps what it holds of a note (a person's entry, a dated note) in
// the note's own place in it. A map of its own keyed by path for each of those cost 1.3 MB on the bench's large
// vault (PERFORMANCE.md, session 14).
import { basename, fold } from "./paths";

/** What the index keeps of a note: anything that knows the note's path. */
export interface Kept {
	readonly path: string;
}

/** A note as the table holds it: its path, or what the index keeps of it. */
export type Held<K extends Kept> = string | K;

export function pathOf(held: Held<Kept>): string {
	return typeof held === "string" ? held : held.path;
}

/**
 * A lower-case name's number: its FNV-1a hash, last character first (so that `pathNumber` reads a path once, from its
 * end), cut to 30 bits (a small integer, kept in a map without a box).
 */
export function nameNumber(name: string): number {
	let hash = 0x811c9dc5;
	for (let i = name.length - 1; i >= 0; i--) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
	return hash & 0x3fffffff;
}

/**
 * `nameNumber(fold(basename(path)))` without the two copies of the name: the index looks notes up by path on every
 * change and for every view. A name outside ASCII takes the long way (its lower case is not one character's).
 */
export function pathNumber(path: string): number {
	let end = path.length;
	// ".md" in any case ends the name.
	// Stryker disable next-line ConditionalExpression: a path shorter than ".md" reads NaN before its start, which is no ".".
	if (end >= 3 && path.charCodeAt(end - 3) === 46 && (path.charCodeAt(end - 2) | 32) === 109 && (path.charCodeAt(end - 1) | 32) === 100) end -= 3;
	let hash = 0x811c9dc5;
	for (let i = end - 1; i >= 0; i--) {
		const c = path.charCodeAt(i);
		if (c === 47) break;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; the long way gives every name the same number.
		if (c > 127) return nameNumber(fold(basename(path)));
		hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
	}
	return hash & 0x3fffffff;
}

/**
 * The notes by the number of their lower-case name (`nameNumber`): one note held as itself (most names are unique),
 * several as an array in the order they came. Keyed by a number, not the name: a lower-case copy of every note's name
 * cost 1 MB on the bench's large vault (PERFORMANCE.md, session 13). Two names may share a number: whoever finds
 * notes by name checks the name; a path is found by comparing the path.
 */
export class NoteTable<K extends Kept> {
	private readonly byName = new Map<number, Held<K> | Held<K>[]>();
	/** The numbers more than one note has (kept as notes come and go, so that finding them walks no list). */
	private readonly sharedNumbers = new Set<number>();
	/** The last path numbered, and its number: a view, a change and a build look the same note up several times in a row. */
	// Stryker disable next-line StringLiteral: any path with its own number starts the cache as well.
	private lastPath = "";
	// Stryker disable next-line StringLiteral: as above.
	private lastNumber = pathNumber("");
	/**
	 * The lists `allAs` was asked to keep, by kind, until something of that kind comes or goes. The sidebar asks for
	 * everyone several times after every change; walking all 30,000 notes for the 10,000 people took about a
	 * millisecond each time on the bench's large vault (PERFORMANCE.md, session 16). A change to a dated note keeps
	 * the people's list.
	 */
	private readonly lists = new Map<abstract new (...args: never[]) => K, readonly K[]>();

	private number(path: string): number {
		// Stryker disable next-line ConditionalExpression: speed-only; the number of a path is always the same.
		if (path !== this.lastPath) {
			this.lastPath = path;
			this.lastNumber = pathNumber(path);
		}
		return this.lastNumber;
	}

	/** Adds the note at `path`; a note already there keeps what is kept of it. */
	add(path: string): void {
		const key = this.number(path);
		const held = this.byName.get(key);
		if (held === undefined) this.byName.set(key, path);
		else if (!Array.isArray(held)) {
			if (pathOf(held) !== path) {
				this.byName.set(key, [held, path]);
				this.sharedNumbers.add(key);
			}
		} else if (!held.some((h) => pathOf(h) === path)) held.push(path);
	}

	/** Takes the note at `path` out, with whatever was kept of it. */
	remove(path: string): void {
		const key = this.number(path);
		const held = this.byName.get(key);
		if (held === undefined) return;
		if (!Array.isArray(held)) {
			if (pathOf(held) === path) {
				this.byName.delete(key);
				this.changed(held);
			}
			return;
		}
		for (const h of held) if (pathOf(h) === path) this.changed(h);
		const rest = held.filter((h) => pathOf(h) !== path);
		// Stryker disable next-line ConditionalExpression: speed-only; a list of one reads as the one note does.
		this.byName.set(key, rest.length === 1 ? (rest[0] as Held<K>) : rest);
		// Stryker disable next-line ConditionalExpression: speed-only; a number held by one note again lists one note.
		if (rest.length === 1) this.sharedNumbers.delete(key);
	}

	/** Whether the note at `path` (exactly) is in the table. */
	has(path: string): boolean {
		return this.slot(path) !== undefined;
	}

	/** What is kept of the note at `path` (exactly); undefined when nothing is, or no such note. */
	get(path: string): K | undefined {
		const held = this.slot(path);
		return typeof held === "string" ? undefined : held;
	}

	/** Keeps `kept` for its note, in the note's place (a note not in the table comes in). */
	keep(kept: K): void {
		this.put(kept.path, kept);
	}

	/** Lets go of what was kept of the note at `path`; the note stays. */
	letGo(path: string): void {
		if (this.get(path) !== undefined) this.put(path, path);
	}

	private put(path: string, value: Held<K>): void {
		const key = this.number(path);
		const held = this.byName.get(key);
		this.changed(value);
		if (held === undefined || (!Array.isArray(held) && pathOf(held) === path)) {
			if (held !== undefined) this.changed(held);
			this.byName.set(key, value);
		} else if (!Array.isArray(held)) {
			this.byName.set(key, [held, value]);
			this.sharedNumbers.add(key);
		} else {
			const at = held.findIndex((h) => pathOf(h) === path);
			if (at === -1) held.push(value);
			else {
				this.changed(held[at] as Held<K>);
				held[at] = value;
			}
		}
	}

	private slot(path: string): Held<K> | undefined {
		const held = this.byName.get(this.number(path));
		if (held === undefined) return undefined;
		if (!Array.isArray(held)) return pathOf(held) === path ? held : undefined;
		return held.find((h) => pathOf(h) === path);
	}

	/** The notes whose name has the number `key` (one, several in the order they came, or none). */
	numbered(key: number): Held<K> | readonly Held<K>[] | undefined {
		return this.byName.get(key);
	}

	/** The numbers more than one note has. */
	shared(): Iterable<number> {
		return this.sharedNumbers;
	}

	/** What is kept of the note at `path` when it is a `kind` (the index keeps two kinds: people and dated notes). */
	getAs<T extends K>(path: string, kind: abstract new (...args: never[]) => T): T | undefined {
		const kept = this.get(path);
		return kept instanceof kind ? kept : undefined;
	}

	/**
	 * Everything kept that is a `kind`, in the order the notes' names first came. `keep`: the list is kept (without
	 * spare room) and handed out again until something of its kind comes or goes; for a list asked for often (the
	 * people: the sidebar asks after every change), not for one asked for once in a while (the dated notes).
	 */
	allAs<T extends K>(kind: abstract new (...args: never[]) => T, keep = false): readonly T[] {
		const kept = this.lists.get(kind);
		if (kept !== undefined) return kept as readonly T[];
		const out: T[] = [];
		this.each((held) => {
			if (held instanceof kind) out.push(held);
		});
		// Stryker disable next-line ConditionalExpression,BooleanLiteral: memory-only; a list kept is the same list.
		if (!keep) return out;
		const exact = out.slice();
		this.lists.set(kind, exact);
		return exact;
	}

	/** `held` came or went: the list of its kind is made again when next asked for (a path alone is of no kind). */
	private changed(held: Held<K>): void {
		// Stryker disable next-line ConditionalExpression: speed-only; a path is an instance of no kind either way.
		if (typeof held === "string") return;
		for (const kind of this.lists.keys()) if (held instanceof kind) this.lists.delete(kind);
	}

	/** Visits everything kept, in the order the notes' names first came. */
	each(visit: (kept: K) => void): void {
		for (const held of this.byName.values()) {
			if (!Array.isArray(held)) {
				if (typeof held !== "string") visit(held);
			} else {
				for (const h of held as readonly Held<K>[]) if (typeof h !== "string") visit(h);
			}
		}
	}
}
