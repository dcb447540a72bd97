// A dated note as the index keeps it, and the book of follow-ups: which dated notes hold open tasks that link a
// person. Both keep plain arrays (a person is mentioned by a few dozen notes, a note reaches a handful of people):
// on the large benchmark vault, Maps and Sets here cost 15 MB more.
import type { DatedNoteFacts } from "./interactions";
import type { FollowUp, Interaction } from "./model";
import { linkKey } from "./paths";

export const NONE: readonly string[] = [];
export const NONE_MENTIONED: readonly Interaction[] = [];

/** A build tells nobody what changed (everything did): adding to this set costs nothing. */
class Discard extends Set<string> {
	override add(): this {
		return this;
	}
}
export const DISCARD: Set<string> = new Discard();

export const interactionPath = (i: Interaction): string => i.path;

/** A dated note: its facts, the one interaction everyone it mentions shares, and whom its links reach. */
export interface DatedNote extends DatedNoteFacts {
	interaction: Interaction;
	/** The interaction of the people an #intro line introduces: the same contact, and value given (null: none). */
	introInteraction: Interaction | null;
	/** Who its counted links reach. */
	targets: readonly string[];
	/** Who of them its #intro lines reach. */
	introTargets: readonly string[];
	/** Whom each of its open tasks' links reaches (null: nobody), in the order of `followUps`. */
	followUpTo: readonly (string | null)[];
}

/**
 * Whom a dated note's counted links reach, each once (`now`, with what reached them in `hits`), and which of them its
 * #intro lines reach (`intro`). `reach` resolves one link; a link to the note itself reaches nobody.
 */
export function reachedBy<T>(facts: DatedNoteFacts, reach: (link: string) => T | null, pathOf: (hit: T) => string): { now: string[]; intro: string[]; hits: T[] } {
	// A note links a handful of people: arrays with `includes` beat Sets here.
	const now: string[] = [];
	const intro: string[] = [];
	const hits: T[] = [];
	for (const link of facts.links) {
		const hit = reach(link);
		if (hit === null) continue;
		const path = pathOf(hit);
		// Stryker disable next-line ConditionalExpression: defensive; a note is a person or a dated note, never both.
		if (path === facts.path) continue;
		if (!now.includes(path)) {
			now.push(path);
			hits.push(hit);
		}
		if (facts.introduced.includes(link) && !intro.includes(path)) intro.push(path);
	}
	return { now, intro, hits };
}

/** The interaction a dated note files under a person: the introduction's for someone it introduces. */
export function interactionFor(note: DatedNote, path: string, intro: readonly string[]): Interaction {
	return intro.includes(path) && note.introInteraction ? note.introInteraction : note.interaction;
}

/** Removes the entry for `datedPath` from a person's list (order does not matter; readers sort what they need). */
export function removeFrom<T>(list: T[] | undefined, datedPath: string, pathOf: (item: T) => string): void {
	if (!list) return;
	const at = list.findIndex((i) => pathOf(i) === datedPath);
	// Stryker disable next-line ConditionalExpression: defensive; every caller removes an entry it filed.
	if (at === -1) return;
	const last = list.pop() as T;
	if (at < list.length) list[at] = last;
}

/** The people in a list, once each (lists here hold a handful). */
export function distinct(list: readonly (string | null)[]): string[] {
	const out: string[] = [];
	for (const p of list) if (p !== null && !out.includes(p)) out.push(p);
	return out;
}

const notePath = (n: DatedNote): string => n.path;

/** Person → the dated notes whose open tasks link them; the tasks themselves are picked out when asked for. */
export class FollowUpBook {
	private readonly notesOf = new Map<string, DatedNote[]>();

	/** Files `note` under the people its tasks reach now (`to`, one entry per task); tells `affected` who changed. */
	file(note: DatedNote, to: (string | null)[], affected: Set<string>): void {
		const before = distinct(note.followUpTo);
		const now = distinct(to);
		for (const p of before) {
			if (!now.includes(p)) removeFrom(this.notesOf.get(p), note.path, notePath);
			affected.add(p);
		}
		for (const p of now) {
			affected.add(p);
			if (before.includes(p)) continue;
			let list = this.notesOf.get(p);
			if (!list) this.notesOf.set(p, (list = []));
			list.push(note);
		}
		// Stryker disable next-line ConditionalExpression: memory-only; notes without follow-ups share one empty list.
		note.followUpTo = now.length === 0 ? NONE : to;
	}

	/** The note is gone: nobody keeps its tasks. */
	forget(note: DatedNote, affected: Set<string>): void {
		for (const p of distinct(note.followUpTo)) {
			removeFrom(this.notesOf.get(p), note.path, notePath);
			affected.add(p);
		}
	}

	/** The person is gone: their notes' tasks reach nobody. */
	dropPerson(path: string): void {
		for (const note of this.notesOf.get(path) ?? []) note.followUpTo = note.followUpTo.map((p) => (p === path ? null : p));
		this.notesOf.delete(path);
	}

	/** `own` (the person's own open tasks), then tasks elsewhere that link them, newest dated note first. */
	of(path: string, own: FollowUp[]): FollowUp[] {
		const notes = this.notesOf.get(path);
		// Stryker disable next-line ConditionalExpression: speed-only; no notes add nothing to a copy of `own`.
		if (!notes || notes.length === 0) return own;
		const sorted = notes.length === 1 ? notes : [...notes].sort((a, b) => (
			a.date < b.date ? 1 : a.date > b.date ? -1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const out = [...own];
		for (const { followUps, followUpTo } of sorted) {
			const lines: number[] = [];
			followUps.forEach(({ task }, i) => {
				if (followUpTo[i] !== path || lines.includes(task.line)) return;
				lines.push(task.line);
				out.push(task);
			});
		}
		// Views are kept for the day: without the spare room `push` leaves.
		return out.slice();
	}
}

/**
 * Dated notes by the names their links use (last path segment, lower case), so that a new name or alias re-resolves
 * only the notes that could reach it. Built on the first change that needs it, not at build time.
 */
export class NameRefs {
	private map: Map<string, Set<string>> | null = null;

	constructor(private readonly all: () => Iterable<DatedNoteFacts>) {}

	notesUsing(key: string): Iterable<string> {
		// Stryker disable next-line ConditionalExpression: speed-only; built again, the table is the same.
		if (!this.map) {
			this.map = new Map();
			for (const facts of this.all()) this.file(facts);
		}
		// Stryker disable next-line ArrayDeclaration: a path that is no dated note is skipped by the caller.
		return this.map.get(key) ?? [];
	}

	file(facts: DatedNoteFacts): void {
		const map = this.map;
		if (!map) return;
		for (const link of linksOf(facts)) {
			const key = linkKey(link);
			let refs = map.get(key);
			if (!refs) map.set(key, (refs = new Set()));
			refs.add(facts.path);
		}
	}

	// Stryker disable next-line BlockStatement: memory-only; a gone note left in the table is skipped by the caller.
	forget(facts: DatedNoteFacts): void {
		const map = this.map;
		if (!map) return;
		for (const link of linksOf(facts)) {
			const key = linkKey(link);
			const refs = map.get(key);
			refs?.delete(facts.path);
			if (refs?.size === 0) map.delete(key);
		}
	}
}

function linksOf(facts: DatedNoteFacts): string[] {
	return [...facts.links, ...facts.followUps.map((f) => f.link)];
}

/** The person a link reaches during a build and their list of mentions (null: not a person). */
export interface Slot {
	path: string;
	mentions: Interaction[];
}

/**
 * During a full build: what each link text reaches, resolved once per text (nothing is added to the vault while a
 * build files its links, so equal texts resolve alike). `reach` resolves a link to a person's slot, or null.
 */
export class LinkMemo {
	private readonly memo = new Map<string, Slot | null>();

	constructor(private readonly reach: (link: string, from: string) => Slot | null) {}

	slot(link: string, from: string): Slot | null {
		let slot = this.memo.get(link);
		if (slot !== undefined) return slot;
		slot = this.reach(link, from);
		// A link with a folder in it may resolve relative to its note: not shared.
		if (!link.includes("/")) this.memo.set(link, slot);
		return slot;
	}
}
