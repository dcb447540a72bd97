// Who is mentioned where: the dated notes filed under each person, kept as small integers in one pool rather than a
// list of objects per person. A person's views read a mention's day and kind from typed arrays beside the notes, and
// touch the note itself only for the one they show (the last contact, an event attended); on the bench's large vault
// the 200,000 mentions as objects were the first touch of every dated note in every view, and 10,000 lists the
// collector copied (PERFORMANCE.md, session 19).
import { dayNumber } from "./dates";
import { INTERACTION_KINDS, type Interaction, type InteractionKind } from "./model";

/** The dated-note interactions that mention a person, in no order, as the views read them. */
export interface Mentions {
	readonly length: number;
	/** The `i`th mention's day, as a day number (dates.ts `dayNumber`). */
	day(i: number): number;
	/** Its kind: the kind of the note that mentions the person. */
	kind(i: number): InteractionKind;
	/** Whether it carries the kinds of an introduction: the note's #intro lines introduce the person. */
	introduced(i: number): boolean;
	/** The interaction itself (the note, or its introduction's interaction). */
	at(i: number): Interaction;
}

/** Mentions held as a list of interactions (tests, and callers that have one in hand). */
export function listMentions(list: readonly Interaction[]): Mentions {
	return {
		length: list.length,
		day: (i) => dayNumber((list[i] as Interaction).date),
		kind: (i) => (list[i] as Interaction).kind,
		// Stryker disable next-line ConditionalExpression: speed-only; a dated note's own kind is never giving, so isGiving says no for it all the same.
		introduced: (i) => (list[i] as Interaction).kinds !== undefined,
		at: (i) => list[i] as Interaction,
	};
}

/** Every mention as a list (a copy; for the few readers that want the objects). */
export function mentionList(mentions: Mentions): Interaction[] {
	const out: Interaction[] = [];
	for (let i = 0; i < mentions.length; i++) out.push(mentions.at(i));
	return out;
}

/** A dated note as the book holds it (dated-notes.ts DatedNote): an interaction with an id, and its introduction's. */
export interface BookedNote extends Interaction {
	id: number;
	readonly intro: { readonly interaction: Interaction } | null;
}

/** A person as the book files them: their number, and their own list once a change touched them. */
export interface MentionedPerson {
	readonly id: number;
	/** Their mentions' codes (`code`), once a change filed or took one off; null: their slice of the pool. */
	own: number[] | null;
}

/** A mention as a number: the note's id times two, plus one when its #intro lines introduce the person. */
export function code(noteId: number, introduced: boolean): number {
	return noteId * 2 + (introduced ? 1 : 0);
}

/** How many staged numbers (two per mention) `seal` takes in one step. */
const SEAL_PART = 1 << 15;

const KINDS: readonly InteractionKind[] = [...INTERACTION_KINDS, "mention"];
const KIND_CODES = new Map<InteractionKind, number>(KINDS.map((kind, i) => [kind, i]));

/**
 * The dated notes by id (with their days and kinds in typed arrays) and each person's mentions. A build stages each
 * mention as it files it and then sorts them by person into one pool (`seal`); a change gives each person it touches
 * a list of their own, copied from the pool. A gone note's id goes to the next note that comes.
 */
export class MentionBook {
	private readonly notes: (BookedNote | undefined)[] = [];
	/** The ids of gone notes, for the next notes to come. */
	private readonly free: number[] = [];
	private days = new Int32Array(1024);
	private kinds = new Uint8Array(1024);
	private persons = 0;
	/** During a build: person id and code of each mention filed, in pairs. */
	private staged = new Int32Array(0);
	private stagedLength = 0;
	/** Everyone's mentions since the last build, by person: the slice of person `p` is `starts[p]` to `starts[p + 1]`. */
	private pool = new Int32Array(0);
	private starts = new Int32Array(1);

	/** A number for a new person (their slice of the pool, until the next build, is empty). */
	newPerson(): number {
		return this.persons++;
	}

	/** Gives `note` its id (one a gone note left, if any), and keeps its day and kind beside it. */
	addNote(note: BookedNote): void {
		const id = this.free.pop() ?? this.notes.length;
		if (id === this.days.length) {
			this.days = grown(this.days, new Int32Array(id * 2));
			this.kinds = grown(this.kinds, new Uint8Array(id * 2));
		}
		this.notes[id] = note;
		// An undated note ("") files no mention (it counts no links): the number its day reads as is never read.
		this.days[id] = dayNumber(note.date);
		this.kinds[id] = KIND_CODES.get(note.kind) ?? 0;
		note.id = id;
	}

	/**
	 * The note is gone, and every person it was filed under has been taken off it: its id goes to the next note (a
	 * note edited a thousand times holds one id, not a thousand).
	 */
	dropNote(note: BookedNote): void {
		this.notes[note.id] = undefined;
		this.free.push(note.id);
	}

	/** During a build: files a mention of `person`, in the pool once the build seals it. */
	stage(person: number, mention: number): void {
		if (this.stagedLength === this.staged.length) this.staged = grown(this.staged, new Int32Array(Math.max(1024, this.staged.length * 2)));
		const staged = this.staged;
		staged[this.stagedLength++] = person;
		staged[this.stagedLength++] = mention;
	}

	/**
	 * The end of a build: the mentions staged, sorted by person into the pool (a count per person, then each filled
	 * in the order it was filed), a part at a time: a build in slices stops between parts (all at once, the first
	 * build's sort, not yet compiled, held a slice for up to 19 ms on the bench's large vault).
	 */
	*seal(): Generator<void, void, void> {
		const people = this.persons;
		const starts = new Int32Array(people + 1);
		const staged = this.staged;
		const length = this.stagedLength;
		// Stryker disable next-line EqualityOperator: speed-only; one more part from the end holds nothing.
		for (let part = 0; part < length; part += SEAL_PART) {
			for (let k = part, end = Math.min(length, part + SEAL_PART); k < end; k += 2) {
				const next = (staged[k] as number) + 1;
				starts[next] = (starts[next] as number) + 1;
			}
			yield;
		}
		// Stryker disable next-line EqualityOperator: a write past the end of a typed array is dropped.
		for (let p = 0; p < people; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
		// Stryker disable next-line ArithmeticOperator: memory-only; a larger pool holds the same slices.
		const pool = new Int32Array(length / 2);
		const next = starts.slice(0, people);
		// Stryker disable next-line EqualityOperator: speed-only; one more part from the end holds nothing.
		for (let part = 0; part < length; part += SEAL_PART) {
			yield;
			for (let k = part, end = Math.min(length, part + SEAL_PART); k < end; k += 2) {
				const p = staged[k] as number;
				pool[next[p] as number] = staged[k + 1] as number;
				next[p] = (next[p] as number) + 1;
			}
		}
		this.pool = pool;
		this.starts = starts;
		this.staged = new Int32Array(0);
		this.stagedLength = 0;
	}

	/** The mentions of `person`. */
	of(person: MentionedPerson): Span {
		const own = person.own;
		if (own !== null) return new Span(this, own, 0, own.length);
		const { id } = person;
		// A person who came after the last build has no slice.
		if (id + 1 >= this.starts.length) return new Span(this, this.pool, 0, 0);
		const from = this.starts[id] as number;
		return new Span(this, this.pool, from, (this.starts[id + 1] as number) - from);
	}

	/** Files a mention of `person` (a change). */
	file(person: MentionedPerson, mention: number): void {
		this.ownList(person).push(mention);
	}

	/** Takes the mention by the note `noteId` off `person` (a change; order does not matter). */
	unfile(person: MentionedPerson, noteId: number): void {
		const list = this.ownList(person);
		const at = list.findIndex((c) => c >> 1 === noteId);
		// Stryker disable next-line ConditionalExpression: defensive; every caller takes off a mention it filed.
		if (at === -1) return;
		const last = list.pop() as number;
		if (at < list.length) list[at] = last;
	}

	private ownList(person: MentionedPerson): number[] {
		if (person.own !== null) return person.own;
		const span = this.of(person);
		const own: number[] = [];
		for (let i = 0; i < span.length; i++) own.push(span.code(i));
		person.own = own;
		return own;
	}

	dayOf(noteId: number): number {
		return this.days[noteId] as number;
	}

	kindOf(noteId: number): InteractionKind {
		return KINDS[this.kinds[noteId] as number] as InteractionKind;
	}

	noteOf(noteId: number): BookedNote {
		return this.notes[noteId] as BookedNote;
	}
}

/** `larger`, holding what `array` holds from its start. */
function grown<T extends Int32Array | Uint8Array>(array: T, larger: T): T {
	larger.set(array);
	return larger;
}

/** A person's mentions as the book holds them: `length` codes of `codes` from `from`. */
export class Span implements Mentions {
	constructor(private readonly book: MentionBook, private readonly codes: ArrayLike<number>, private readonly from: number, readonly length: number) {}

	code(i: number): number {
		return this.codes[this.from + i] as number;
	}

	day(i: number): number {
		return this.book.dayOf(this.code(i) >> 1);
	}

	kind(i: number): InteractionKind {
		return this.book.kindOf(this.code(i) >> 1);
	}

	introduced(i: number): boolean {
		// Stryker disable next-line ConditionalExpression: speed-only; a dated note's own kind is never giving, so isGiving says no for it all the same.
		return (this.code(i) & 1) === 1;
	}

	at(i: number): Interaction {
		const mention = this.code(i);
		const note = this.book.noteOf(mention >> 1);
		return (mention & 1) === 1 && note.intro !== null ? note.intro.interaction : note;
	}
}

/** Nobody's mentions. */
export const NO_MENTIONS: Mentions = listMentions([]);
