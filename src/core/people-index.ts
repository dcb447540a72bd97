// The in-memory index of people and the dated notes that mention them: built from note records, and kept current
// note by note (what it holds, and its readers: index-store.ts).
import type { DailyNoteFormat } from "./dailynotes";
import type { Day } from "./dates";
import { runAll } from "./steps";
import { datedFacts, type DatedNoteFacts, dateReaders, type DateReaders, readDatedNote } from "./interactions";
import { IndexStore } from "./index-store";
import type { NoteRecord } from "./metadata";
import type { PersonFacts } from "./model";
import { type DatedNote, datedNote, DISCARD, LinkMemo, mentionFor, NameRefs, NONE, reachedBy, type Slot } from "./dated-notes";
import { code } from "./mentions";
import { type KeptNote, PersonEntry } from "./person-entries";
import type { Held } from "./note-table";
import { basename, fold } from "./paths";
import { claimsPerson, isPerson, isTemplateNote, readPerson } from "./person";
import type { AscentSettings } from "./settings";

export interface IndexOptions {
	settings: AscentSettings;
	dailyNotes: DailyNoteFormat;
	/** Reads a daily note's date from its path; defaults to Ascent's own reading of `dailyNotes`. */
	dailyDate?: (path: string) => Day | null;
}

/** Whom a dated note reaches, and which of them its #intro lines reach. */
interface Reached {
	now: readonly string[];
	intro: readonly string[];
}

const NOBODY: Reached = { now: NONE, intro: NONE };

export type ChangeListener = (changedPeople: ReadonlySet<string>) => void;

/**
 * Built from note records; `upsert`, `remove` and `rename` cost what the change touches: a changed daily note
 * re-derives only the people it links to now or linked to before, and a person's new name or aliases re-resolve
 * only the dated notes whose links carry those names.
 */
export class PeopleIndex extends IndexStore {
	private readonly dates: DateReaders;
	/** Dated notes by the names their links use; built on the first change that needs it, not at build time. */
	private readonly keyRefs = new NameRefs(() => this.datedNotes());
	/** During a full build: what each link text reaches, resolved once per text. */
	private personMemo: LinkMemo | null = null;
	private readonly listeners = new Set<ChangeListener>();

	constructor(options: IndexOptions) {
		super(options.settings);
		this.dates = dateReaders(options.settings, options.dailyNotes, options.dailyDate);
	}

	static build(records: Iterable<NoteRecord>, options: IndexOptions): PeopleIndex {
		return runAll(PeopleIndex.buildSteps(records, options));
	}

	/**
	 * The same build, one note per step, so that a caller can stop between steps and let the app breathe (the plugin
	 * builds in slices of a few milliseconds; the whole build on a large vault takes about a second). Each record is
	 * read once, as it comes, and only what the index keeps of it is kept: a source may hand its records over one at
	 * a time and let each go (the CLI reads the vault so; a note's metadata is ten times its text).
	 */
	static *buildSteps(records: Iterable<NoteRecord>, options: IndexOptions): Generator<void, PeopleIndex, void> {
		const index = new PeopleIndex(options);
		const dated: DatedNote[] = [];
		// Files and people first, so that dated notes resolve their links once, against the whole vault. What a note
		// says depends on the note and the settings alone, so it is read here, and each note is made into what the
		// index keeps of it while its facts are fresh (a person's entry, aliases and goal counts; a dated note, filed
		// below): a second pass over them touched each again once it had gone cold (PERFORMANCE.md, session 20).
		for (const record of records) {
			index.resolver.add(record.path);
			// A template is neither a person nor a dated note: asked once (isPerson and readDatedNote each ask it).
			if (!isTemplateNote(record, index.settings)) {
				if (claimsPerson(record, index.settings)) index.addPerson(record.path, readPerson(record, index.settings), DISCARD);
				else {
					const facts = datedFacts(record, index.settings, index.dates);
					if (facts) dated.push(index.keptNote(facts));
				}
			}
			yield;
		}
		// Nothing is added to the vault while the dated notes resolve, so equal link texts resolve alike.
		// The resolver answers with what the index keeps of the note: a person's entry needs no second lookup.
		// Stryker disable next-line ConditionalExpression: defensive; an entry is without facts only inside a change, never in a build.
		const person = (target: Held<KeptNote> | null): PersonEntry | null => (target instanceof PersonEntry && target.facts !== null ? target : null);
		const memo = new LinkMemo((link, from) => person(index.resolver.reach(link, from)), (link) => {
			const target = index.resolver.reachAnywhere(link);
			return target === undefined ? undefined : person(target);
		});
		index.personMemo = memo;
		try {
			for (const note of dated) {
				index.takeDated(note, DISCARD, memo);
				yield;
			}
		} finally {
			index.personMemo = null;
		}
		yield* index.entries.book.seal();
		let n = 0;
		for (const entry of index.entries.list()) {
			index.followUpBook.seal(entry);
			index.entries.tallyEntry(entry, index.tally, index.settings.metFromFileTime);
			// Stryker disable next-line all: only how often a build in slices pauses; the index is the same.
			if (++n % 64 === 0) yield;
		}
		return index;
	}

	onChange(listener: ChangeListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Adds or replaces one note. */
	upsert(record: NoteRecord): void {
		const affected = new Set<string>();
		this.replace(record.path, record, affected);
		this.emit(affected);
	}

	remove(path: string): void {
		const affected = new Set<string>();
		this.replace(path, null, affected);
		this.emit(affected);
	}

	/** A note moved: `record` carries its new path. */
	rename(oldPath: string, record: NoteRecord): void {
		const affected = new Set<string>();
		this.replace(oldPath, null, affected);
		this.replace(record.path, record, affected);
		this.emit(affected);
	}

	private replace(path: string, record: NoteRecord | null, affected: Set<string>): void {
		const existed = this.resolver.has(path);
		const oldPerson = this.facts(path);
		// Stryker disable next-line ArrayDeclaration: speed-only; a key no link uses re-resolves nothing (at most a search that finds the same).
		const oldKeys = oldPerson ? [fold(basename(path)), ...oldPerson.aliases.map(fold)] : [];
		const newPerson = record && isPerson(record, this.settings) ? readPerson(record, this.settings) : null;
		// Stryker disable next-line ArrayDeclaration: as above.
		const newKeys = newPerson ? [fold(basename(path)), ...newPerson.aliases.map(fold)] : [];
		// Which note a link reaches changes only when a file appears or goes, or a person's aliases change.
		// Stryker disable next-line ConditionalExpression: speed-only; resolving the notes that use these names again changes nothing then.
		const keys = existed && record && JSON.stringify(oldKeys) === JSON.stringify(newKeys) ? NONE : [...new Set([fold(basename(path)), ...oldKeys, ...newKeys])];
		// Whom the notes this change may move reach now, before anything changes: the index keeps neither whom a note
		// reaches nor how many (2.2 MB less on the bench's large vault), and finds both by resolving its links again.
		// Resolving them again after the change also lets go of a person who is gone (no list of theirs to empty).
		const reached = new Map<string, Reached>();
		const old = this.datedNote(path);
		if (old) reached.set(path, this.reachedNow(old));
		for (const key of keys) {
			for (const datedPath of this.keyRefs.notesUsing(key)) {
				const note = this.datedNote(datedPath);
				if (note && !reached.has(datedPath)) reached.set(datedPath, this.reachedNow(note));
			}
		}
		this.detach(path, newPerson !== null, affected, reached);
		if (record) {
			this.resolver.add(record.path);
			if (newPerson) this.addPerson(record.path, newPerson, affected);
			else {
				const facts = readDatedNote(record, this.settings, this.dates);
				if (facts) this.addDated(facts, affected, reached);
			}
		} else {
			this.resolver.remove(path);
		}
		for (const key of keys) {
			for (const datedPath of this.keyRefs.notesUsing(key)) this.resolveDated(datedPath, affected, reached);
		}
	}

	/** Whom a dated note's links reach as the vault stands. */
	private reachedNow(note: DatedNote): Reached {
		return reachedBy(note, (link) => this.reach(link, note.path));
	}

	/**
	 * Takes the note at `path` out. An edited person's entry keeps what dated notes filed under them until those notes
	 * are resolved again (their note is read again at once); a person who is gone goes with their entry at once, and the
	 * dated notes that mentioned them, resolved again, find nobody there.
	 */
	private detach(path: string, staysAPerson: boolean, affected: Set<string>, reached: Map<string, Reached>): void {
		const person = this.entries.takeOut(path, staysAPerson, this.tally);
		if (person) {
			this.tally.person(person, -1);
			// Stryker disable next-line ArrayDeclaration: an alias no link uses (the note's own are set again, or go with it).
			this.resolver.setAliases(path, []);
			affected.add(path);
		}
		const note = this.datedNote(path);
		if (note) {
			const was = reached.get(path) ?? NOBODY;
			for (const target of was.now) {
				this.entries.unfile(target, note);
				affected.add(target);
			}
			// A note read again at this path starts with nobody filed.
			reached.delete(path);
			this.followUpBook.forget(note, affected);
			this.setReach(note, -was.now.length, -was.intro.length);
			this.tally.note(note.kind, note.date, -1);
			this.keyRefs.forget(note);
			this.entries.book.dropNote(note);
			this.notes.letGo(path);
		}
	}

	private addPerson(path: string, facts: PersonFacts, affected: Set<string>): void {
		this.entries.setFacts(path, facts);
		this.tally.person(facts, 1);
		this.resolver.setAliases(path, facts.aliases);
		affected.add(path);
	}

	/** Adds a dated note: during a change, `reached` says whom the notes it touches reached; a build files through its memo. */
	private addDated(facts: DatedNoteFacts, affected: Set<string>, reached: Map<string, Reached> | LinkMemo): void {
		this.takeDated(this.keptNote(facts), affected, reached);
	}

	/** What the index keeps of a dated note, its day shared with every note on that day. */
	private keptNote(facts: DatedNoteFacts): DatedNote {
		facts.date = this.days.of(facts.date);
		return datedNote(facts);
	}

	private takeDated(note: DatedNote, affected: Set<string>, reached: Map<string, Reached> | LinkMemo): void {
		this.entries.book.addNote(note);
		this.notes.keep(note);
		this.tally.note(note.kind, note.date, 1);
		this.keyRefs.file(note);
		if (reached instanceof LinkMemo) this.fileDuringBuild(note, reached);
		else this.resolveDated(note.path, affected, reached);
	}

	/**
	 * Files a dated note under whom it reaches now, and takes it off whom it no longer reaches (`reached`: whom the
	 * notes of this change reached before it, each brought up to date here).
	 */
	private resolveDated(datedPath: string, affected: Set<string>, reached: Map<string, Reached>): void {
		const note = this.datedNote(datedPath);
		if (!note) return;
		const { now: before, intro: introBefore } = reached.get(datedPath) ?? NOBODY;
		const { now, intro } = reachedBy(note, (link) => this.reach(link, datedPath));
		reached.set(datedPath, { now, intro });
		for (const p of before) {
			// Gone, or now introduced where it was not (or the other way): its entry is filed again below.
			if (!now.includes(p) || intro.includes(p) !== introBefore.includes(p)) {
				this.entries.unfile(p, note);
				affected.add(p);
			}
		}
		for (const p of now) {
			if (before.includes(p) && intro.includes(p) === introBefore.includes(p)) continue;
			this.entries.file(p, mentionFor(note, p, intro));
			affected.add(p);
		}
		this.setReach(note, now.length - before.length, intro.length - introBefore.length);
		// Stryker disable next-line all: speed-only; a note with no follow-ups files nothing.
		if (note.taskCount > 0) this.resolveFollowUps(note, affected);
	}

	/**
	 * The build's shortcut: nobody was mentioned before and nobody is told, so each link goes straight to its
	 * person's list, through a memo of what each link text reaches.
	 */
	private fileDuringBuild(note: DatedNote, memo: LinkMemo): void {
		// reachedBy's rule, written out for the build's 200,000 links (no closure per link, no list per note).
		const now = memo.reached;
		now.length = 0;
		const self = note.path;
		// Stryker disable next-line ConditionalExpression: speed-only; a note without #intro lines introduces nobody either way.
		const intro = note.intro === null ? NONE : reachedBy(note, (link) => memo.slot(link, self)?.path ?? null).intro;
		const links = note.linkCount;
		const book = this.entries.book;
		// By each person's number: a person is read only for a note with #intro lines (a note is never a person, so
		// none of its links reaches itself).
		for (let i = 0; i < links; i++) {
			const id = memo.id(note.link(i), self);
			if (id === -1 || now.includes(id)) continue;
			now.push(id);
			// Stryker disable next-line ConditionalExpression,BooleanLiteral: speed-only; mentionFor introduces nobody for a note without #intro lines, and a mention marked introduced by a note without them reads as the note (mentions.ts).
			book.stage(id, intro === NONE ? code(note.id, false) : mentionFor(note, memo.person(id).path, intro));
		}
		this.setReach(note, now.length, intro.length);
		const parts = note.partCount;
		// Stryker disable next-line all: speed-only; a note with no follow-ups files nothing.
		if (parts > links) {
			// Its tasks' people as the memo holds them: filed without a lookup by path (resolveFollowUps's rule).
			const to: (Slot | null)[] = [];
			for (let i = 0, n = parts - links; i < n; i++) {
				const slot = memo.slot(note.task(i, links).link, self);
				// Stryker disable next-line ConditionalExpression,LogicalOperator: defensive; a note is a person or a dated note, never both.
				to.push(slot !== null && slot.path !== self ? slot : null);
			}
			this.followUpBook.fileNew(note, to, links);
		}
	}

	/**
	 * Counts how many more people a dated note reaches than before (`reached`; fewer when negative) and how many more
	 * its #intro lines introduce (`introduced`; whom it reached before is as the index found them before the change:
	 * PeopleIndex.replace): each person it reaches is one interaction on its day (a reach-out for a call, a message or a
	 * meeting), and each its #intro lines introduce is value given. The note keeps no count of its own (0.16 MB on the
	 * bench's large vault, PERFORMANCE.md): what it reached is found by resolving it again.
	 */
	private setReach(note: DatedNote, reached: number, introduced: number): void {
		const { kind, date } = note;
		this.tally.mentions(kind, date, reached);
		// A note without #intro lines introduces nobody.
		// Stryker disable next-line ConditionalExpression: speed-only; a note without #intro lines introduces nobody now or before.
		if (note.intro === null) return;
		// Each person introduced is value given, as an #intro log line is.
		this.tally.add("value-given", date, introduced);
	}

	private resolveFollowUps(note: DatedNote, affected: Set<string>): void {
		const self = note.path;
		const to: (string | null)[] = [];
		for (let i = 0, start = note.linkCount, n = note.taskCount; i < n; i++) {
			const target = this.reach(note.task(i, start).link, self);
			// Stryker disable next-line ConditionalExpression,LogicalOperator: defensive; a note is a person or a dated note, never both.
			to.push(target !== null && target !== self ? target : null);
		}
		this.followUpBook.file(note, to, affected);
	}

	/** The person a link reaches from `from`, or null (a note that is not a person, or nothing). */
	private reach(link: string, from: string): string | null {
		if (this.personMemo) return this.personMemo.slot(link, from)?.path ?? null;
		const target = this.resolver.reach(link, from);
		return target instanceof PersonEntry && target.facts !== null ? target.path : null;
	}

	/** Brings the person's part of the new-connections count up to date (their first contact may have moved). */
	private tallyMet(path: string): void {
		this.entries.tallyMet(path, this.tally, this.settings.metFromFileTime);
	}

	private emit(affected: Set<string>): void {
		for (const path of affected) this.tallyMet(path);
		if (affected.size === 0) return;
		this.dayViews.touch(affected);
		for (const listener of this.listeners) listener(affected);
	}
}
