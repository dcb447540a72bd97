// Person → everything the index keeps about them, in one place: one object where there were five maps (facts,
// mentions, first-met days, the notes with tasks that link them, the day's views), kept in the person's note's own
// place in the note table (note-table.ts), so that finding a person costs no map of its own (PERFORMANCE.md).
import type { Day } from "./dates";
import { type DatedNote, NO_TASKS } from "./dated-notes";
import type { PerPerson } from "./per-person";
import { firstMet, type GoalTally } from "./goal-tally";
import { type MentionBook, type MentionedPerson, type Mentions, NO_MENTIONS } from "./mentions";
import type { PersonFacts, PersonView } from "./model";
import type { NoteTable } from "./note-table";
import type { NoteTask } from "./note-task";

export class PersonEntry implements MentionedPerson {
	/** The dated notes that mention them, once a change touched them (mentions.ts); null: as the last build filed them. */
	own: number[] | null = null;
	/** The first-met day they add to the new-connections count (it can move as dated notes change). */
	metDay: Day | null = null;
	/** The open tasks in other notes that link them (FollowUpBook's, kept here). */
	tasks: NoteTask[] = NO_TASKS;
	/** Their view on the day DayViews holds; null until it is computed (DayViews's, kept here). */
	view: PersonView | null = null;

	/**
	 * `facts` is null while an edited person's note is taken out and read again (within one change); `id`: their
	 * number in the book of mentions.
	 */
	constructor(readonly path: string, public facts: PersonFacts | null, readonly id: number) {}
}

/** What the index keeps of a note in the note table: a person's entry, or a dated note. */
export type KeptNote = PersonEntry | DatedNote;

export class PersonEntries {
	constructor(private readonly notes: NoteTable<KeptNote>, readonly book: MentionBook) {}

	/** Each person's open tasks in other notes that link them (FollowUpBook's, kept on their entry). */
	readonly tasks: PerPerson<NoteTask[]> = {
		get: (path) => this.entry(path)?.tasks,
		set: (path, tasks) => {
			const entry = this.entry(path);
			if (entry) entry.tasks = tasks;
		},
	};

	/** The entry at `path`, with or without facts. */
	private entry(path: string): PersonEntry | undefined {
		return this.notes.getAs(path, PersonEntry);
	}

	/** Every entry (with facts or, inside a change, without), in the order their notes' names first came. */
	private all(): readonly PersonEntry[] {
		return this.notes.allAs(PersonEntry, true);
	}

	/** The person at `path`, or undefined (no such person, or their note is being read again). */
	person(path: string): PersonEntry | undefined {
		const entry = this.entry(path);
		return entry?.facts ? entry : undefined;
	}

	has(path: string): boolean {
		return this.person(path) !== undefined;
	}

	facts(path: string): PersonFacts | undefined {
		return this.person(path)?.facts ?? undefined;
	}

	/** Whether anyone is a person (the first entry with facts: no list made). */
	any(): boolean {
		// Stryker disable next-line ConditionalExpression: defensive; an entry is without facts only inside a change, never when asked.
		for (const entry of this.all()) if (entry.facts) return true;
		return false;
	}

	/** Everyone, in the order their notes' names first came (the order they came, unless another note had the name first). */
	paths(): string[] {
		const out: string[] = [];
		// Stryker disable next-line ConditionalExpression: defensive; an entry is without facts only inside a change, never when asked.
		for (const entry of this.all()) if (entry.facts) out.push(entry.path);
		return out;
	}

	*allFacts(): IterableIterator<PersonFacts> {
		for (const { facts } of this.all()) if (facts) yield facts;
	}

	/** The dated notes that mention the person at `path` (none for nobody). */
	mentionsOf(path: string): Mentions {
		const entry = this.person(path);
		return entry ? this.book.of(entry) : NO_MENTIONS;
	}

	/** The person's note was read: their facts, keeping whatever dated notes filed under them before an edit. */
	setFacts(path: string, facts: PersonFacts): void {
		const entry = this.entry(path);
		if (entry) entry.facts = facts;
		else this.notes.keep(new PersonEntry(path, facts, this.book.newPerson()));
	}

	/**
	 * The person's note is taken out; the facts it had, or null for no person. Read again as a person (an edit, within
	 * the same change), it keeps its entry and whatever dated notes filed under it until its facts are set again;
	 * otherwise the entry goes at once, and its part of the new-connections count with it.
	 */
	takeOut(path: string, staysAPerson: boolean, tally: GoalTally): PersonFacts | null {
		const entry = this.entry(path);
		if (!entry) return null;
		const facts = entry.facts;
		entry.facts = null;
		if (!staysAPerson) {
			if (entry.metDay !== null) tally.add("new-connections", entry.metDay, -1);
			this.notes.letGo(path);
		}
		return facts;
	}

	/** Files a dated note's mention (mentions.ts `code`) under someone it reaches (a person: `reach` said so). */
	file(path: string, mention: number): void {
		this.book.file(this.entry(path) as PersonEntry, mention);
	}

	/** Takes the dated note `note` off someone's mentions. */
	unfile(path: string, note: DatedNote): void {
		const entry = this.entry(path);
		// Stryker disable next-line ConditionalExpression: defensive; a note is taken off only someone it was filed under.
		if (entry) this.book.unfile(entry, note.id);
	}

	/** Everyone's entry, in the order their notes' names first came. */
	list(): PersonEntry[] {
		// Stryker disable next-line ConditionalExpression,MethodExpression: defensive; an entry without facts lives only inside a change.
		return this.all().filter((entry) => entry.facts !== null);
	}

	/** Brings the person's part of the new-connections count up to date (their first contact may have moved). */
	tallyMet(path: string, tally: GoalTally, fileTime: boolean): void {
		const entry = this.person(path);
		if (entry) this.tallyEntry(entry, tally, fileTime);
	}

	/** The same, for an entry in hand (a build walks every entry). */
	tallyEntry(entry: PersonEntry, tally: GoalTally, fileTime: boolean): void {
		const before = entry.metDay;
		const now = firstMet(entry.facts as PersonFacts, this.book.of(entry), fileTime);
		// Stryker disable next-line ConditionalExpression: speed-only; taking a day off and adding it back changes nothing.
		if (before !== now) {
			if (before !== null) tally.add("new-connections", before, -1);
			if (now !== null) tally.add("new-connections", now, 1);
			entry.metDay = now;
		}
	}
}
