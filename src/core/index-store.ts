// What the people index holds, and how the rest of Ascent reads it (network.ts IndexReader); people-index.ts builds
// it from note records and keeps it current note by note.
import { viewPerson } from "./attention";
import { DayViews } from "./day-views";
import type { Day } from "./dates";
import { DatedNote, FollowUpBook } from "./dated-notes";
import type { GoalKind } from "./goals";
import { GoalTally } from "./goal-tally";
import { Interner } from "./compact";
import { UNDATED } from "./interactions";
import type { FollowUp, Interaction, PersonFacts, PersonView } from "./model";
import { LinkResolver } from "./link-resolver";
import { MentionBook, mentionList, type Mentions } from "./mentions";
import { NoteTable } from "./note-table";
import { type KeptNote, PersonEntries, type PersonEntry } from "./person-entries";
import type { AscentSettings } from "./settings";

/** The people, the dated notes filed under them, today's views and the goal counts; read-only from outside. */
export abstract class IndexStore {
	/** Every note, and in a note's place what the index keeps of it: a person's entry or a dated note. */
	protected readonly notes = new NoteTable<KeptNote>();
	protected readonly resolver = new LinkResolver(this.notes);
	protected readonly entries = new PersonEntries(this.notes, new MentionBook());
	protected readonly followUpBook = new FollowUpBook(this.entries.tasks);
	protected readonly tally = new GoalTally();
	/** One string per day: the days of dated notes. */
	protected readonly days = new Interner();
	protected readonly dayViews = new DayViews<PersonEntry>({
		all: () => this.entries.list(),
		find: (path) => this.entries.person(path),
		view: (entry, day) => (entry.facts ? this.view(entry, entry.facts, day) : null),
		held: (entry) => entry.view,
		keep: (entry, view) => {
			entry.view = view;
		},
	});

	constructor(readonly settings: AscentSettings) {}

	/** A person's open follow-ups: their own note's tasks, then tasks elsewhere, newest dated note first. */
	followUps(path: string): FollowUp[] {
		return this.followUpBook.of(path, this.facts(path)?.followUps ?? []);
	}

	has(path: string): boolean {
		return this.entries.has(path);
	}

	facts(path: string): PersonFacts | undefined {
		return this.entries.facts(path);
	}

	personPaths(): string[] {
		return this.entries.paths();
	}

	/** Whether the index holds anyone (asked after every change: no list of everyone made). */
	hasPeople(): boolean {
		return this.entries.any();
	}

	/** Everything that mentions a person or that they logged (the property's date too), in no order: a new list. */
	contacts(path: string): Interaction[] {
		const entry = this.entries.person(path);
		const facts = entry?.facts;
		if (!entry || !facts) return [];
		// The property's first, then log lines, then mentions: `interactions` keeps that order among equals.
		return [...(facts.propertyContact ? [facts.propertyContact] : []), ...facts.logs, ...mentionList(this.entries.book.of(entry))];
	}

	/** The same, newest first. */
	interactions(path: string): Interaction[] {
		const all = this.contacts(path);
		// Days compare as text (YYYY-MM-DD); only a tie on the day asks the locale's order of paths.
		// Stryker disable next-line EqualityOperator: two different days are never equal, so `<=` is `<` where it is read.
		return all.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.path.localeCompare(b.path)));
	}

	private view(entry: PersonEntry, facts: PersonFacts, today: Day): PersonView {
		// The entry in hand: its follow-up notes are read from it, not looked up again by path.
		// Views are kept for the day: their computed days (a due date, a next birthday) are fromDayNumber's, one string
		// per day rather than one per person (0.3 MB on the bench's large vault, PERFORMANCE.md).
		return viewPerson(facts, this.entries.book.of(entry), this.settings, today, this.followUpBook.of(facts.path, facts.followUps, entry.tasks));
	}

	person(path: string, today: Day): PersonView | null {
		const entry = this.entries.person(path);
		return entry?.facts ? this.view(entry, entry.facts, today) : null;
	}

	people(today: Day): PersonView[] {
		return this.dayViews.everyone(today);
	}

	/** The person's view as `people(today)` hands it over (the same object); null when `path` is nobody. */
	heldView(path: string, today: Day): PersonView | null {
		return this.dayViews.viewOf(path, today);
	}

	/** Everyone's views for `day`, computed in steps (so that the plugin can slice the first refresh after a build). */
	prepareSteps(day: Day): Generator<void, void, void> {
		return this.dayViews.prepare(day);
	}

	/** Who needs attention on `today`, ranked. */
	attention(today: Day): PersonView[] {
		return this.dayViews.needsAttention(today);
	}

	/** Which note a link reaches from `from` (Obsidian's rules; aliases of people included). */
	resolve(link: string, from: string): string | null {
		return this.resolver.resolve(link, from);
	}

	/** People whose notes share a name (links to that name reach one of them), each group in the order they came. */
	peopleSharingAName(): string[][] {
		return this.resolver.sharedNames((path) => this.has(path));
	}

	/** Every person's facts (read-only). */
	allFacts(): IterableIterator<PersonFacts> {
		return this.entries.allFacts();
	}

	/** The dated-note interactions that mention a person. */
	mentionsOf(path: string): Mentions {
		return this.entries.mentionsOf(path);
	}

	/** The dates of event notes, one per note. */
	eventDays(): Day[] {
		const out: Day[] = [];
		for (const note of this.datedNotes()) if (note.kind === "event") out.push(note.date);
		return out;
	}

	/** The days on which something counting toward a goal of `kind` happened, one entry per occurrence. */
	goalDays(kind: GoalKind): Day[] {
		return this.tally.days(kind);
	}

	/** The same, as a count per day. */
	goalCounts(kind: GoalKind): ReadonlyMap<Day, number> {
		return this.tally.perDay(kind);
	}

	/** How many dated notes are indexed. */
	get datedNoteCount(): number {
		let count = 0;
		for (const note of this.datedNotes()) if (note.date !== UNDATED) count++;
		return count;
	}

	/** The dated note at `path`, or undefined. */
	protected datedNote(path: string): DatedNote | undefined {
		return this.notes.getAs(path, DatedNote);
	}

	/** Every dated note, in the order their names first came. */
	protected datedNotes(): readonly DatedNote[] {
		return this.notes.allAs(DatedNote);
	}
}
