// The in-memory index of people and the dated notes that mention them, kept current note by note.
import { viewPerson } from "./attention";
import { DayViews } from "./day-views";
import type { DailyNoteFormat } from "./dailynotes";
import type { Day } from "./dates";
import type { GoalKind } from "./goals";
import { GoalTally } from "./goal-tally";
import { exact, Interner } from "./compact";
import { runAll } from "./steps";
import { dateReaders, type DateReaders, readDatedNote, UNDATED } from "./interactions";
import type { NoteRecord } from "./metadata";
import type { FollowUp, Interaction, PersonFacts, PersonView } from "./model";
import { type DatedNote, datedNote, DISCARD, FollowUpBook, interactionFor, LinkMemo, NameRefs, NONE, pathOfNote, reachedBy } from "./dated-notes";
import { PersonEntries } from "./person-entries";
import { basename, fold, LinkResolver } from "./paths";
import { isPerson, readPerson } from "./person";
import type { AscentSettings } from "./settings";

export interface IndexOptions {
	settings: AscentSettings;
	dailyNotes: DailyNoteFormat;
	/** Reads a daily note's date from its path; defaults to Ascent's own reading of `dailyNotes`. */
	dailyDate?: (path: string) => Day | null;
}

export type ChangeListener = (changedPeople: ReadonlySet<string>) => void;

/**
 * Built from note records; `upsert`, `remove` and `rename` cost what the change touches: a changed daily note
 * re-derives only the people it links to now or linked to before, and a person's new name or aliases re-resolve
 * only the dated notes whose links carry those names.
 */
export class PeopleIndex {
	readonly settings: AscentSettings;
	private readonly dates: DateReaders;
	private readonly resolver = new LinkResolver();
	private readonly entries = new PersonEntries();
	private readonly dated = new Map<string, DatedNote>();
	private readonly followUpBook = new FollowUpBook();
	private readonly tally = new GoalTally();
	/** Dated notes by the names their links use; built on the first change that needs it, not at build time. */
	private readonly keyRefs = new NameRefs(() => this.dated.values());
	/** During a full build: what each link text reaches, resolved once per text. */
	private personMemo: LinkMemo | null = null;
	private readonly listeners = new Set<ChangeListener>();
	private readonly days = new Interner();
	private readonly dayViews = new DayViews(
		(path, day) => this.person(path, day),
		() => this.personPaths(),
	);

	constructor(options: IndexOptions) {
		this.settings = options.settings;
		this.dates = dateReaders(options.settings, options.dailyNotes, options.dailyDate);
	}

	static build(records: Iterable<NoteRecord>, options: IndexOptions): PeopleIndex {
		return runAll(PeopleIndex.buildSteps([...records], options));
	}

	/**
	 * The same build, one note per step, so that a caller can stop between steps and let the app breathe (the plugin
	 * builds in slices of a few milliseconds; the whole build on a large vault takes about a second).
	 */
	static *buildSteps(records: readonly NoteRecord[], options: IndexOptions): Generator<void, PeopleIndex, void> {
		const index = new PeopleIndex(options);
		// Files and people first, so that dated notes resolve their links once, against the whole vault.
		for (const record of records) {
			index.resolver.add(record.path);
			yield;
		}
		for (const record of records) {
			if (isPerson(record, index.settings)) index.addPerson(record, DISCARD);
			yield;
		}
		// Nothing is added to the vault while the dated notes resolve, so equal link texts resolve alike.
		index.personMemo = new LinkMemo((link, from) => {
			const target = index.resolver.resolve(link, from);
			return (target === null ? undefined : index.entries.person(target)) ?? null;
		});
		try {
			for (const record of records) {
				if (!index.has(record.path)) index.addDated(record, DISCARD);
				yield;
			}
		} finally {
			index.personMemo = null;
		}
		index.entries.seal();
		let n = 0;
		for (const path of index.entries.paths()) {
			index.tallyMet(path);
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
		const oldKeys = oldPerson ? [fold(basename(path)), ...oldPerson.aliases.map(fold)] : [];
		// An edited person keeps the dated notes that mention them; only a move or removal lets go of them.
		const keepMentions = record !== null && record.path === path;
		this.detach(path, affected, keepMentions);
		if (record) {
			this.resolver.add(record.path);
			if (isPerson(record, this.settings)) this.addPerson(record, affected);
			else this.addDated(record, affected);
		} else {
			this.resolver.remove(path);
		}
		const newPerson = record ? this.facts(record.path) : undefined;
		if (keepMentions && !newPerson) this.dropMentions(path);
		const newKeys = newPerson ? [fold(basename(path)), ...newPerson.aliases.map(fold)] : [];
		// Which note a link reaches changes only when a file appears or goes, or a person's aliases change.
		if (existed && record && JSON.stringify(oldKeys) === JSON.stringify(newKeys)) return;
		const keys = new Set([fold(basename(path)), ...oldKeys, ...newKeys]);
		for (const key of keys) {
			for (const datedPath of this.keyRefs.notesUsing(key)) this.resolveDated(datedPath, affected);
		}
	}

	private dropMentions(path: string): void {
		for (const mention of this.entries.takeMentions(path)) {
			const note = this.dated.get(mention.path);
			if (note) this.setTargets(note, note.targets.filter((p) => p !== path), (note.intro?.targets ?? NONE).filter((p) => p !== path));
		}
		this.followUpBook.dropPerson(path);
	}

	private detach(path: string, affected: Set<string>, keepMentions: boolean): void {
		const person = this.entries.clearFacts(path);
		if (person) {
			this.tally.person(person, -1);
			this.resolver.setAliases(path, []);
			affected.add(path);
			if (!keepMentions) this.dropMentions(path);
		}
		const note = this.dated.get(path);
		if (note) {
			for (const target of note.targets) {
				this.entries.unfile(target, path);
				affected.add(target);
			}
			this.followUpBook.forget(note, affected);
			this.setTargets(note, NONE, NONE);
			this.tally.note(note.interaction.kind, note.interaction.date, -1);
			this.keyRefs.forget(note);
			this.dated.delete(path);
		}
	}

	private addPerson(record: NoteRecord, affected: Set<string>): void {
		const facts = readPerson(record, this.settings);
		this.entries.setFacts(record.path, facts);
		this.tally.person(facts, 1);
		this.resolver.setAliases(record.path, facts.aliases);
		affected.add(record.path);
	}

	private addDated(record: NoteRecord, affected: Set<string>): void {
		const facts = readDatedNote(record, this.settings, this.dates);
		if (!facts) return;
		facts.date = this.days.of(facts.date);
		const note = datedNote(facts);
		this.dated.set(record.path, note);
		this.tally.note(facts.kind, facts.date, 1);
		this.keyRefs.file(note);
		this.resolveDated(record.path, affected);
	}

	private resolveDated(datedPath: string, affected: Set<string>): void {
		const note = this.dated.get(datedPath);
		if (!note) return;
		if (this.personMemo) {
			this.fileDuringBuild(note, this.personMemo);
			return;
		}
		const before = note.targets;
		const introBefore = note.intro?.targets ?? NONE;
		const { now, intro } = reachedBy(note, (link) => this.reach(link, datedPath), (path) => path);
		for (const p of before) {
			// Gone, or now introduced where it was not (or the other way): its entry is filed again below.
			if (!now.includes(p) || intro.includes(p) !== introBefore.includes(p)) {
				this.entries.unfile(p, datedPath);
				affected.add(p);
			}
		}
		for (const p of now) {
			if (before.includes(p) && intro.includes(p) === introBefore.includes(p)) continue;
			this.entries.file(p, interactionFor(note, p, intro));
			affected.add(p);
		}
		this.setTargets(note, now, intro);
		// Stryker disable next-line all: speed-only; a note with no follow-ups files nothing.
		if (note.followUps.length > 0) this.resolveFollowUps(note, affected);
	}

	/**
	 * The build's shortcut: nobody was mentioned before and nobody is told, so each link goes straight to its
	 * person's list, through a memo of what each link text reaches.
	 */
	private fileDuringBuild(note: DatedNote, memo: LinkMemo): void {
		// reachedBy's rule, written out for the build's 200,000 links (no closures, no list of hits).
		const now: string[] = [];
		const self = note.interaction.path;
		const intro = note.intro === null ? NONE : reachedBy(note, (link) => memo.slot(link, self)?.path ?? null, (path) => path).intro;
		for (const link of note.links) {
			const slot = memo.slot(link, self);
			// Stryker disable next-line ConditionalExpression: defensive; a note is a person or a dated note, never both.
			if (slot === null || slot.path === self || now.includes(slot.path)) continue;
			now.push(slot.path);
			slot.mentions.push(interactionFor(note, slot.path, intro));
		}
		this.setTargets(note, now, intro);
		// Stryker disable next-line all: speed-only; a note with no follow-ups, before or now, files nothing.
		if (note.followUps.length > 0) this.resolveFollowUps(note, DISCARD);
	}

	/** Whom a dated note reaches; each person it reaches is one interaction on its day (a reach-out for a call, a message or a meeting). */
	private setTargets(note: DatedNote, now: readonly string[], intro: readonly string[]): void {
		const { kind, date } = note.interaction;
		this.tally.mentions(kind, date, now.length - note.targets.length);
		note.targets = exact(now);
		// A note without #intro lines introduces nobody.
		if (note.intro === null) return;
		// Each person introduced is value given, as an #intro log line is.
		this.tally.add("value-given", date, intro.length - note.intro.targets.length);
		note.intro.targets = exact(intro);
	}

	private resolveFollowUps(note: DatedNote, affected: Set<string>): void {
		const self = pathOfNote(note);
		const to = note.followUps.map(({ link }) => {
			const target = this.reach(link, self);
			// Stryker disable next-line ConditionalExpression,LogicalOperator: defensive; a note is a person or a dated note, never both.
			return target !== null && target !== self ? target : null;
		});
		this.followUpBook.file(note, to, affected);
	}

	/** A person's open follow-ups: their own note's tasks, then tasks elsewhere, newest dated note first. */
	followUps(path: string): FollowUp[] {
		return this.followUpBook.of(path, this.facts(path)?.followUps ?? []);
	}

	/** The person a link reaches from `from`, or null (a note that is not a person, or nothing). */
	private reach(link: string, from: string): string | null {
		if (this.personMemo) return this.personMemo.slot(link, from)?.path ?? null;
		const target = this.resolver.resolve(link, from);
		return target !== null && this.has(target) ? target : null;
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

	// Reading

	has(path: string): boolean {
		return this.entries.has(path);
	}

	facts(path: string): PersonFacts | undefined {
		return this.entries.facts(path);
	}

	personPaths(): string[] {
		return this.entries.paths();
	}

	/** Everything that mentions a person or that they logged, newest first. */
	interactions(path: string): Interaction[] {
		const entry = this.entries.person(path);
		const facts = entry?.facts;
		if (!entry || !facts) return [];
		const all = [...(facts.propertyContact ? [facts.propertyContact] : []), ...facts.logs, ...entry.mentions];
		return all.sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
	}

	private view(facts: PersonFacts, mentions: readonly Interaction[], today: Day): PersonView {
		return viewPerson(facts, mentions, this.settings, today, this.followUpBook.of(facts.path, facts.followUps));
	}

	person(path: string, today: Day): PersonView | null {
		const entry = this.entries.person(path);
		return entry?.facts ? this.view(entry.facts, entry.mentions, today) : null;
	}

	people(today: Day): PersonView[] {
		return this.dayViews.people(today);
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
	mentionsOf(path: string): readonly Interaction[] {
		return this.entries.mentionsOf(path);
	}

	/** The dates of event notes, one per note. */
	eventDays(): Day[] {
		const out: Day[] = [];
		for (const { interaction } of this.dated.values()) if (interaction.kind === "event") out.push(interaction.date);
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
		for (const note of this.dated.values()) if (note.interaction.date !== UNDATED) count++;
		return count;
	}
}
