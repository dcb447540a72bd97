// A dated note as the index keeps it, and the book of follow-ups: which dated notes hold open tasks that link a
// person. Both keep plain arrays (a person is mentioned by a few dozen notes, a note reaches a handful of people):
// on the large benchmark vault, Maps and Sets here cost 15 MB more.
import type { DatedNoteFacts } from "./interactions";
import type { Day } from "./dates";
import type { FollowUp, Interaction, InteractionKind } from "./model";
import type { NoteTask } from "./note-task";
import { own } from "./compact";
import { code } from "./mentions";
import { linkKey } from "./paths";
import type { PerPerson } from "./per-person";

export const NONE: readonly string[] = [];
/** Nobody's open tasks elsewhere: the list everyone starts with (FollowUpBook). */
export const NO_TASKS: NoteTask[] = [];

/** A build tells nobody what changed (everything did): adding to this set costs nothing. */
class Discard extends Set<string> {
	override add(): this {
		return this;
	}
}
export const DISCARD: Set<string> = new Discard();

/**
 * A dated note as the index keeps it: itself the one interaction every person it mentions files (its path, day and
 * kind), with what the index needs of it as private state, so that readers of an interaction see those four fields
 * and nothing else. One object per note: a note beside its interaction took 0.6 MB more on the bench's large vault.
 */
export class DatedNote implements Interaction {
	readonly source = "dated-note";
	/**
	 * Its number in the index's book of mentions (mentions.ts), given when the index takes it in; private, so that it
	 * is no field of the interaction readers see (the last contact of a view, an API's answer).
	 */
	#id = -1;
	/**
	 * Its counted links, then its open tasks that link someone, in one list: a second list for the tasks of the 16,000
	 * notes that hold some cost 0.8 MB on the bench's large vault. The hot paths read it by position (`link`, `task`).
	 */
	readonly #parts: readonly (string | NoteTask)[];
	readonly #intro: Intro | null;

	constructor(readonly path: string, readonly date: Day, readonly kind: InteractionKind, links: readonly string[], followUps: readonly NoteTask[], intro: Intro | null) {
		// Most notes' links are the list itself, kept as it came; the rest copy both into one.
		// Stryker disable next-line ConditionalExpression: memory-only; the joined copy of links and no tasks reads the same.
		this.#parts = followUps.length === 0 ? links : (links as readonly (string | NoteTask)[]).concat(followUps);
		this.#intro = intro;
	}

	/**
	 * How many counted links it has: its list's strings, before the first task. Found, not kept (a field on each of
	 * the bench's 20,200 dated notes cost 0.16 MB): a few steps of a binary search.
	 */
	get linkCount(): number {
		const parts = this.#parts;
		let lo = 0;
		let hi = parts.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (typeof parts[mid] === "string") lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	get id(): number {
		return this.#id;
	}

	set id(id: number) {
		this.#id = id;
	}

	/** Its `i`th counted link text (0 ≤ i < linkCount). */
	link(i: number): string {
		return this.#parts[i] as string;
	}

	/** How many of its open tasks link someone. */
	get taskCount(): number {
		return this.#parts.length - this.linkCount;
	}

	/** How many counted links and open tasks it has together (the tasks: `partCount - linkCount`). */
	get partCount(): number {
		return this.#parts.length;
	}

	/**
	 * Its `i`th open task that links someone (0 ≤ i < taskCount); it knows whom its link reaches. `start`: linkCount,
	 * found once by the caller that reads its tasks (before, each task read searched the note's parts for it again).
	 */
	task(i: number, start: number): NoteTask {
		return this.#parts[start + i] as NoteTask;
	}

	/** The link texts that count as contact (a copy when the note holds tasks too). */
	get links(): readonly string[] {
		const count = this.linkCount;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: memory-only; a copy of a list of links alone reads the same.
		return count === this.#parts.length ? (this.#parts as readonly string[]) : (this.#parts.slice(0, count) as string[]);
	}

	/** Its open tasks that link someone (a copy). */
	get followUps(): readonly NoteTask[] {
		return this.#parts.slice(this.linkCount) as NoteTask[];
	}

	/** Its #intro lines; null in a note without one (most notes). */
	get intro(): Intro | null {
		return this.#intro;
	}
}

/** What a dated note's #intro lines add: the people introduced, and the interaction they file instead. */
export interface Intro {
	/** Counted links on a line tagged #intro. */
	readonly links: readonly string[];
	/** The same contact, with the introduction's kind as well (value given). */
	readonly interaction: Interaction;
}

/** The index's record of a dated note's facts (`date` already shared with every note on that day). */
export function datedNote(facts: DatedNoteFacts): DatedNote {
	// Introduced people share a second interaction: the same contact, with the introduction's kind as well.
	// Stryker disable next-line ConditionalExpression: memory-only; an #intro part that introduces nobody adds nothing.
	const intro: Intro | null = facts.introduced.length === 0 ? null
		: { links: facts.introduced, interaction: { date: facts.date, source: "dated-note", path: facts.path, kind: facts.kind, kinds: [facts.kind, "intro"] } };
	for (const task of facts.followUps) task.noteDate = facts.date;
	return new DatedNote(facts.path, facts.date, facts.kind, facts.links, facts.followUps, intro);
}

/**
 * Whom a dated note's counted links reach, each once (`now`), and which of them its #intro lines reach (`intro`).
 * `reach` resolves one link to a person's path; a link to the note itself reaches nobody.
 */
export function reachedBy(note: DatedNote, reach: (link: string) => string | null): { now: string[]; intro: string[] } {
	// A note links a handful of people: arrays with `includes` beat Sets here.
	const now: string[] = [];
	const intro: string[] = [];
	const introduced = note.intro?.links ?? NONE;
	for (const link of note.links) {
		const path = reach(link);
		if (path === null) continue;
		// Stryker disable next-line ConditionalExpression: defensive; a note is a person or a dated note, never both.
		if (path === note.path) continue;
		if (!now.includes(path)) now.push(path);
		if (introduced.includes(link) && !intro.includes(path)) intro.push(path);
	}
	return { now, intro };
}

/** The mention a dated note files under a person (mentions.ts `code`): the introduction's for someone it introduces. */
export function mentionFor(note: DatedNote, path: string, intro: readonly string[]): number {
	return code(note.id, intro.includes(path));
}

/** The people a note's tasks reach, once each (a note holds a handful). */
function reachedByTasks(note: DatedNote): string[] {
	const out: string[] = [];
	for (let i = 0, start = note.linkCount, n = note.taskCount; i < n; i++) {
		const { to } = note.task(i, start);
		if (to !== null && !out.includes(to)) out.push(to);
	}
	return out;
}

/** A person as the index holds them, with the open tasks elsewhere that link them (FollowUpBook.fileNew). */
export interface TasksOf {
	readonly path: string;
	tasks: NoteTask[];
}

/**
 * Person → the open tasks in other notes whose links reach them, kept on the person (a list of the tasks, not of
 * their notes: a view reads the tasks and no note, PERFORMANCE.md session 19).
 */
export class FollowUpBook {
	/** `tasksOf` starts each person with NO_TASKS (shared, never added to). */
	constructor(private readonly tasksOf: PerPerson<NoteTask[]>) {}

	/** Files `note`'s tasks under the people they reach now (`to`, one entry per task); tells `affected` who changed. */
	file(note: DatedNote, to: readonly (string | null)[], affected: Set<string>): void {
		const before = reachedByTasks(note);
		for (let i = 0, start = note.linkCount, n = note.taskCount; i < n; i++) note.task(i, start).to = to[i] ?? null;
		const now = reachedByTasks(note);
		const path = note.path;
		for (const p of before) {
			this.takeOff(p, path);
			affected.add(p);
		}
		for (const p of now) {
			affected.add(p);
			// Whom the note's tasks did not reach before holds none of them; whom they did, none any more (above).
			const list = this.tasksOf.get(p);
			// Stryker disable next-line ConditionalExpression: defensive; a task reaches only a person (PeopleIndex.reach).
			if (list === undefined) continue;
			const mine: NoteTask[] = list === NO_TASKS ? [] : list;
			for (let i = 0, start = note.linkCount, n = note.taskCount; i < n; i++) {
				const task = note.task(i, start);
				if (task.to === p) mine.push(task);
			}
			this.tasksOf.set(p, mine);
		}
	}

	/**
	 * The build's shortcut: files a new note's tasks under the people they reach (`to`, one per task: the person as
	 * the index holds them, or null), without looking anyone up by path; nobody had the note before. `start`: the
	 * note's linkCount, when the caller has it.
	 */
	fileNew(note: DatedNote, to: readonly (TasksOf | null)[], start = note.linkCount): void {
		for (let i = 0, n = to.length; i < n; i++) {
			const person = to[i] ?? null;
			const task = note.task(i, start);
			task.to = person === null ? null : person.path;
			if (person === null) continue;
			if (person.tasks === NO_TASKS) person.tasks = [task];
			else person.tasks.push(task);
		}
	}

	/**
	 * After a build, for each person: the list grew by `push`, whose first push makes room for 17 (a person's tasks are
	 * in a few notes): kept without the spare room, 1.0 MB less on the bench's large vault (one person per call, so
	 * that a build in slices does it in its steps).
	 */
	// Stryker disable next-line all: memory-only; a list with spare room holds the same tasks.
	seal(person: TasksOf): void {
		// Stryker disable next-line all: as above.
		if (person.tasks !== NO_TASKS) person.tasks = person.tasks.slice();
	}

	/** The note is gone: nobody keeps its tasks. */
	forget(note: DatedNote, affected: Set<string>): void {
		for (const p of reachedByTasks(note)) {
			this.takeOff(p, note.path);
			affected.add(p);
		}
	}

	/** Takes the tasks of the note at `path` off the person at `person`. */
	private takeOff(person: string, path: string): void {
		const list = this.tasksOf.get(person);
		// Stryker disable next-line ConditionalExpression: speed-only; the shared empty list holds no task to take off.
		if (list === undefined || list === NO_TASKS) return;
		let kept = 0;
		for (const task of list) if (task.path !== path) list[kept++] = task;
		list.length = kept;
	}

	/**
	 * `own` (the person's own open tasks), then tasks elsewhere that link them, newest dated note first, each task
	 * once (a task that links them twice is filed twice). `tasks`: the person's value, when the caller has it in hand
	 * (a view of their entry).
	 */
	of(path: string, own: FollowUp[], tasks = this.tasksOf.get(path)): FollowUp[] {
		// Stryker disable next-line ConditionalExpression: speed-only; no tasks add nothing to a copy of `own`.
		if (!tasks || tasks.length === 0) return own;
		// A stable sort: a note's tasks, filed together in the note's order, stay in it.
		const sorted = tasks.length === 1 ? tasks : [...tasks].sort(newestFirst);
		const out = [...own];
		let last: NoteTask | null = null;
		for (const task of sorted) {
			// Tasks of one note come together: the same line twice is one task that links them twice.
			if (last !== null && last.path === task.path && last.line === task.line) continue;
			last = task;
			out.push(task);
		}
		// Views are kept for the day: without the spare room `push` leaves.
		// Stryker disable next-line MethodExpression: memory-only; the list with its spare room holds the same tasks.
		return out.slice();
	}
}

/** Newest note's day first, then by path. */
function newestFirst(a: NoteTask, b: NoteTask): number {
	const x = a.noteDate;
	const y = b.noteDate;
	// Stryker disable next-line EqualityOperator: the days differ here, so `<=` is `<`.
	if (x !== y) return x < y ? 1 : -1;
	// Stryker disable next-line ConditionalExpression,BooleanLiteral: a note's own tasks tie and keep their order (a stable sort); V8's sort puts an element that compares greater after the rest, so 1 keeps it too.
	if (a.path === b.path) return 0;
	// Stryker disable next-line EqualityOperator: equal paths are one note, answered above.
	return a.path < b.path ? -1 : 1;
}

/**
 * Dated notes by the names their links use (last path segment, lower case), so that a new name or alias re-resolves
 * only the notes that could reach it. Built on the first change that needs it, not at build time.
 */
export class NameRefs {
	private map: Map<string, Set<string>> | null = null;

	constructor(private readonly all: () => Iterable<DatedNote>) {}

	notesUsing(key: string): Iterable<string> {
		// Stryker disable next-line ConditionalExpression: speed-only; built again, the table is the same.
		if (!this.map) {
			this.map = new Map();
			for (const note of this.all()) this.file(note);
		}
		// Stryker disable next-line ArrayDeclaration: a path that is no dated note is skipped by the caller.
		return this.map.get(key) ?? [];
	}

	file(note: DatedNote): void {
		const map = this.map;
		if (!map) return;
		for (const link of linksOf(note)) {
			const key = linkKey(link);
			let refs = map.get(key);
			if (!refs) map.set(key, (refs = new Set()));
			refs.add(note.path);
		}
	}

	// Stryker disable next-line BlockStatement: memory-only; a gone note left in the table is skipped by the caller.
	forget(note: DatedNote): void {
		const map = this.map;
		if (!map) return;
		// Stryker disable next-line BlockStatement: as above.
		for (const link of linksOf(note)) {
			const key = linkKey(link);
			const refs = map.get(key);
			refs?.delete(note.path);
			// Stryker disable next-line ConditionalExpression,EqualityOperator: memory-only; an empty set names no note.
			if (refs?.size === 0) map.delete(key);
		}
	}
}

function linksOf(note: DatedNote): string[] {
	return [...note.links, ...note.followUps.map((f) => f.link)];
}

/** The person a link reaches during a build, with their number in the book of mentions (null: not a person). */
export interface Slot extends TasksOf {
	readonly id: number;
}

/**
 * During a full build: what each link text reaches, resolved once per text (nothing is added to the vault while a
 * build files its links, so equal texts resolve alike). `reach` resolves a link to a person's slot, or null.
 */
export class LinkMemo {
	/** Each link text's person, by their number in the book of mentions (-1: nobody): a number, not the person, so that a lookup reads no person. */
	private readonly memo = new Map<string, number>();
	/** The people the memo has answered with, by number. */
	private readonly slots: Slot[] = [];
	/** Whom the note being filed reaches so far, by number: one list for the whole build, emptied for each note. */
	readonly reached: number[] = [];

	/**
	 * `reachAnywhere` answers for a link that reaches the same note from every note, and undefined for one whose
	 * answer depends on the note it is in (LinkResolver.reachAnywhere).
	 */
	constructor(private readonly reach: (link: string, from: string) => Slot | null, private readonly reachAnywhere: (link: string) => Slot | null | undefined) {}

	/** The number of the person `link` reaches from `from`; -1 for nobody. */
	id(link: string, from: string): number {
		const known = this.memo.get(link);
		if (known !== undefined) return known;
		const slot = this.reachAnywhere(link);
		// A path, or a name several notes share, may reach another note from another folder: resolved each time.
		if (slot === undefined) return this.number(this.reach(link, from));
		const id = this.number(slot);
		this.memo.set(own(link), id);
		return id;
	}

	/** The person `link` reaches from `from`, or null. */
	slot(link: string, from: string): Slot | null {
		const id = this.id(link, from);
		return id === -1 ? null : this.person(id);
	}

	/** The person numbered `id` (one the memo answered with). */
	person(id: number): Slot {
		return this.slots[id] as Slot;
	}

	private number(slot: Slot | null): number {
		if (slot === null) return -1;
		this.slots[slot.id] = slot;
		return slot.id;
	}
}
