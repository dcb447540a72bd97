// Person → everything the index keeps about them, in one place: one map where there were five (facts, mentions,
// first-met days, the notes with tasks that link them, the day's views), 1.05 MB less on the bench's large vault and
// one lookup where there were up to five (PERFORMANCE.md).
import { exact } from "./compact";
import type { Day } from "./dates";
import { type DatedNote, interactionPath, NO_NOTES, NONE_MENTIONED, removeFrom } from "./dated-notes";
import type { PerPerson } from "./per-person";
import { firstMet, type GoalTally } from "./goal-tally";
import type { Interaction, PersonFacts, PersonView } from "./model";

export interface PersonEntry {
	readonly path: string;
	/** Null while an edited person's note is taken out and read again; the entry goes once it is no person. */
	facts: PersonFacts | null;
	/** The interactions of the dated notes that mention them (one shared object per note, any order). */
	mentions: Interaction[];
	/** The first-met day they add to the new-connections count (it can move as dated notes change). */
	metDay: Day | null;
	/** The dated notes whose open tasks link them (FollowUpBook's, kept here). */
	taskNotes: DatedNote[];
	/** Their view on the day DayViews holds; null until it is computed (DayViews's, kept here). */
	view: PersonView | null;
}

export class PersonEntries {
	private readonly map = new Map<string, PersonEntry>();

	/** Each person's dated notes with open tasks that link them (FollowUpBook). */
	readonly taskNotes = this.field("taskNotes");
	/** Each person's view on the day DayViews holds (null until computed). */
	readonly views = this.field("view");

	/** A field of every entry as one module's value per person. */
	private field<K extends "taskNotes" | "view">(key: K): PerPerson<PersonEntry[K]> {
		const map = this.map;
		return {
			get: (path) => map.get(path)?.[key],
			set: (path, value) => {
				const entry = map.get(path);
				if (entry) entry[key] = value;
			},
			// Stryker disable next-line BlockStatement: memory-only; its one caller (FollowUpBook.seal) drops spare room.
			update: (change) => {
				for (const entry of map.values()) entry[key] = change(entry[key]);
			},
			*values() {
				// Stryker disable next-line ConditionalExpression: defensive; an entry without facts lives only inside a change.
				for (const entry of map.values()) if (entry.facts) yield entry[key];
			},
		};
	}

	/** The person at `path`, or undefined (no such person, or their note is being read again). */
	person(path: string): PersonEntry | undefined {
		const entry = this.map.get(path);
		return entry?.facts ? entry : undefined;
	}

	has(path: string): boolean {
		return this.person(path) !== undefined;
	}

	facts(path: string): PersonFacts | undefined {
		return this.person(path)?.facts ?? undefined;
	}

	/** Everyone, in the order they came. */
	paths(): string[] {
		const out: string[] = [];
		// Stryker disable next-line ConditionalExpression: defensive; an entry without facts lives only inside a change.
		for (const [path, entry] of this.map) if (entry.facts) out.push(path);
		return out;
	}

	*allFacts(): IterableIterator<PersonFacts> {
		for (const { facts } of this.map.values()) if (facts) yield facts;
	}

	mentionsOf(path: string): readonly Interaction[] {
		return this.person(path)?.mentions ?? NONE_MENTIONED;
	}

	/** The person's note was read: their facts, keeping whatever dated notes filed under them before an edit. */
	setFacts(path: string, facts: PersonFacts): void {
		const entry = this.map.get(path);
		if (entry) entry.facts = facts;
		else this.map.set(path, { path, facts, mentions: [], metDay: null, taskNotes: NO_NOTES, view: null });
	}

	/** The person's note is taken out (an edit reads it again at once); the facts it had, or null for no person. */
	clearFacts(path: string): PersonFacts | null {
		const entry = this.map.get(path);
		const facts = entry?.facts ?? null;
		if (entry) entry.facts = null;
		return facts;
	}

	/** Files a dated note's interaction under someone it reaches (a person: `reach` said so). */
	file(path: string, interaction: Interaction): void {
		const entry = this.map.get(path) as PersonEntry;
		// Most people share one empty list until something mentions them.
		if (entry.mentions.length === 0) entry.mentions = [];
		entry.mentions.push(interaction);
	}

	/** Takes the dated note at `datedPath` off someone's list. */
	unfile(path: string, datedPath: string): void {
		removeFrom(this.map.get(path)?.mentions, datedPath, interactionPath);
	}

	/** After a build: the lists grew by `push`, and are kept without their spare room (the empty ones shared). */
	// Stryker disable next-line BlockStatement: memory-only; lists with spare room hold the same mentions.
	seal(): void {
		for (const entry of this.map.values()) entry.mentions = exact(entry.mentions);
	}

	/**
	 * Brings the person's part of the new-connections count up to date (their first contact may have moved), and lets
	 * go of the entry of a note that is no longer a person (its mentions were taken already).
	 */
	tallyMet(path: string, tally: GoalTally, fileTime: boolean): void {
		const entry = this.map.get(path);
		if (!entry) return;
		const before = entry.metDay;
		const now = entry.facts ? firstMet(entry.facts, entry.mentions, fileTime) : null;
		// Stryker disable next-line ConditionalExpression: speed-only; taking a day off and adding it back changes nothing.
		if (before !== now) {
			if (before !== null) tally.add("new-connections", before, -1);
			if (now !== null) tally.add("new-connections", now, 1);
			entry.metDay = now;
		}
		// Stryker disable next-line ConditionalExpression: memory-only; an entry without facts is no person to any reader.
		if (entry.facts === null) this.map.delete(path);
	}
}
