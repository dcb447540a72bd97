// The in-memory index of people and the dated notes that mention them, kept current note by note.
import { viewPerson } from "./attention";
import { DayViews } from "./day-views";
import { dailyNoteMatcher, type DailyNoteFormat } from "./dailynotes";
import type { Day } from "./dates";
import type { GoalKind, GoalProgress } from "./goals";
import { goalDays, goals, networkHealth, problems } from "./network";
import { type DatedNoteFacts, readDatedNote } from "./interactions";
import type { NoteRecord } from "./metadata";
import type { FollowUp, Interaction, PersonFacts, PersonView, Problem } from "./model";
import { basename, linkKey, LinkResolver } from "./paths";
import { isPerson, readPerson } from "./person";
import type { AscentSettings } from "./settings";

export interface IndexOptions {
	settings: AscentSettings;
	dailyNotes: DailyNoteFormat;
	/** Reads a daily note's date from its path; defaults to Ascent's own reading of `dailyNotes`. */
	dailyDate?: (path: string) => Day | null;
}

export interface IndexStats {
	people: number;
	datedNotes: number;
	interactions: number;
	problems: number;
}

export type ChangeListener = (changedPeople: ReadonlySet<string>) => void;

/** A build tells nobody what changed (everything did): adding to this set costs nothing. */
class Discard extends Set<string> {
	override add(): this {
		return this;
	}
}
const DISCARD = new Discard();
const NONE: ReadonlySet<string> = new Set<string>();

function sameList(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Built from note records; `upsert`, `remove` and `rename` cost what the change touches: a changed daily note
 * re-derives only the people it links to now or linked to before, and a person's new name or aliases re-resolve
 * only the dated notes whose links carry those names.
 */
export class PeopleIndex {
	readonly settings: AscentSettings;
	private readonly dailyDate: (path: string) => Day | null;
	private readonly resolver = new LinkResolver();
	private readonly persons = new Map<string, PersonFacts>();
	private readonly dated = new Map<string, DatedNoteFacts>();
	private readonly datedTargets = new Map<string, Set<string>>();
	private readonly mentions = new Map<string, Map<string, Interaction>>();
	/** Open tasks in dated notes that link a person: person → dated note → tasks; and the reverse. */
	private readonly followUpsOf = new Map<string, Map<string, FollowUp[]>>();
	/** Arrays, not Sets: one per dated note with open tasks (most of them), usually holding one or two people. */
	private readonly followUpTargets = new Map<string, string[]>();
	/** One interaction per dated note, shared by everyone it mentions. */
	private readonly datedInteraction = new Map<string, Interaction>();
	/** Dated notes by the names their links use; built on the first change that needs it, not at build time. */
	private keyRefsMap: Map<string, Set<string>> | null = null;
	/** During a full build: link text → resolved path, for links that do not depend on where they are written. */
	private memo: Map<string, string | null> | null = null;
	private readonly listeners = new Set<ChangeListener>();
	private readonly dayViews = new DayViews(
		(path, day) => {
			const facts = this.persons.get(path);
			return facts ? this.view(facts, day) : null;
		},
		() => this.persons.keys(),
	);

	constructor(options: IndexOptions) {
		this.settings = options.settings;
		this.dailyDate = options.dailyDate ?? dailyNoteMatcher(options.dailyNotes);
	}

	static build(records: Iterable<NoteRecord>, options: IndexOptions): PeopleIndex {
		const index = new PeopleIndex(options);
		const all = [...records];
		// Files and people first, so that dated notes resolve their links once, against the whole vault.
		for (const record of all) {
			index.resolver.add(record.path);
			if (isPerson(record, index.settings)) index.addPerson(record, DISCARD);
		}
		// Nothing is added to the vault while the dated notes resolve, so equal link texts resolve alike.
		index.memo = new Map();
		for (const record of all) {
			if (!index.persons.has(record.path)) index.addDated(record, DISCARD);
		}
		index.memo = null;
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
		const oldPerson = this.persons.get(path);
		const oldKeys = oldPerson ? [basename(path).toLowerCase(), ...oldPerson.aliases.map((a) => a.toLowerCase())] : [];
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
		const newPerson = record ? this.persons.get(record.path) : undefined;
		if (keepMentions && !newPerson) this.dropMentions(path);
		const newKeys = newPerson ? [basename(path).toLowerCase(), ...newPerson.aliases.map((a) => a.toLowerCase())] : [];
		// Which note a link reaches changes only when a file appears or goes, or a person's aliases change.
		if (existed && record && sameList(oldKeys, newKeys)) return;
		const keys = new Set([basename(path).toLowerCase(), ...oldKeys, ...newKeys]);
		for (const key of keys) {
			for (const datedPath of this.keyRefs.get(key) ?? []) this.resolveDated(datedPath, affected);
		}
	}

	private get keyRefs(): Map<string, Set<string>> {
		if (!this.keyRefsMap) {
			this.keyRefsMap = new Map();
			for (const facts of this.dated.values()) this.fileKeys(facts);
		}
		return this.keyRefsMap;
	}

	private fileKeys(facts: DatedNoteFacts): void {
		const refsMap = this.keyRefsMap;
		if (!refsMap) return;
		for (const link of [...facts.links, ...facts.followUps.map((f) => f.link)]) {
			const key = linkKey(link);
			let refs = refsMap.get(key);
			if (!refs) refsMap.set(key, (refs = new Set()));
			refs.add(facts.path);
		}
	}

	private dropMentions(path: string): void {
		for (const datedPath of this.mentions.get(path)?.keys() ?? []) this.datedTargets.get(datedPath)?.delete(path);
		this.mentions.delete(path);
		for (const datedPath of this.followUpsOf.get(path)?.keys() ?? []) {
			const targets = this.followUpTargets.get(datedPath);
			if (targets) this.followUpTargets.set(datedPath, targets.filter((p) => p !== path));
		}
		this.followUpsOf.delete(path);
	}

	private detach(path: string, affected: Set<string>, keepMentions: boolean): void {
		const person = this.persons.get(path);
		if (person) {
			this.persons.delete(path);
			this.resolver.setAliases(path, []);
			affected.add(path);
			if (!keepMentions) this.dropMentions(path);
		}
		const dated = this.dated.get(path);
		if (dated) {
			for (const target of this.datedTargets.get(path) ?? []) {
				this.mentions.get(target)?.delete(path);
				affected.add(target);
			}
			for (const target of this.followUpTargets.get(path) ?? []) {
				this.followUpsOf.get(target)?.delete(path);
				affected.add(target);
			}
			this.followUpTargets.delete(path);
			const refsMap = this.keyRefsMap;
			if (refsMap) {
				for (const link of [...dated.links, ...dated.followUps.map((f) => f.link)]) {
					const key = linkKey(link);
					const refs = refsMap.get(key);
					refs?.delete(path);
					if (refs?.size === 0) refsMap.delete(key);
				}
			}
			this.dated.delete(path);
			this.datedTargets.delete(path);
			this.datedInteraction.delete(path);
		}
	}

	private addPerson(record: NoteRecord, affected: Set<string>): void {
		const facts = readPerson(record, this.settings);
		this.persons.set(record.path, facts);
		this.resolver.setAliases(record.path, facts.aliases);
		if (!this.mentions.has(record.path)) this.mentions.set(record.path, new Map());
		affected.add(record.path);
	}

	private addDated(record: NoteRecord, affected: Set<string>): void {
		const facts = readDatedNote(record, this.settings, this.dailyDate);
		if (!facts) return;
		this.dated.set(record.path, facts);
		this.datedInteraction.set(record.path, { date: facts.date, source: "dated-note", path: record.path, kind: facts.kind });
		this.fileKeys(facts);
		this.resolveDated(record.path, affected);
	}

	private resolveDated(datedPath: string, affected: Set<string>): void {
		const facts = this.dated.get(datedPath);
		if (!facts) return;
		const before = this.datedTargets.get(datedPath) ?? NONE;
		const now = new Set<string>();
		for (const link of facts.links) {
			const target = this.resolveLink(link, datedPath);
			if (target !== null && target !== datedPath && this.persons.has(target)) now.add(target);
		}
		for (const p of before) {
			if (!now.has(p)) {
				this.mentions.get(p)?.delete(datedPath);
				affected.add(p);
			}
		}
		const interaction = this.datedInteraction.get(datedPath);
		for (const p of now) {
			let map = this.mentions.get(p);
			if (!map) this.mentions.set(p, (map = new Map<string, Interaction>()));
			if (!map.has(datedPath)) affected.add(p);
			if (interaction) map.set(datedPath, interaction);
		}
		this.datedTargets.set(datedPath, now);
		if (facts.followUps.length > 0 || this.followUpTargets.has(datedPath)) this.resolveFollowUps(facts, affected);
	}

	private resolveFollowUps(facts: DatedNoteFacts, affected: Set<string>): void {
		for (const p of this.followUpTargets.get(facts.path) ?? []) {
			this.followUpsOf.get(p)?.delete(facts.path);
			affected.add(p);
		}
		const byPerson = new Map<string, FollowUp[]>();
		for (const { link, task } of facts.followUps) {
			const target = this.resolveLink(link, facts.path);
			if (target === null || target === facts.path || !this.persons.has(target)) continue;
			const list = byPerson.get(target) ?? [];
			if (!list.some((t) => t.line === task.line)) list.push(task);
			byPerson.set(target, list);
		}
		for (const [p, tasks] of byPerson) {
			let map = this.followUpsOf.get(p);
			if (!map) this.followUpsOf.set(p, (map = new Map<string, FollowUp[]>()));
			map.set(facts.path, tasks);
			affected.add(p);
		}
		if (byPerson.size > 0) this.followUpTargets.set(facts.path, [...byPerson.keys()]);
		else this.followUpTargets.delete(facts.path);
	}

	/** A person's open follow-ups: their own note's tasks, then tasks elsewhere, newest dated note first. */
	followUps(path: string): FollowUp[] {
		const own = this.persons.get(path)?.followUps ?? [];
		if (!this.followUpsOf.get(path)?.size) return own;
		const elsewhere = [...(this.followUpsOf.get(path) ?? [])]
			.sort(([a], [b]) => (this.dated.get(b)?.date ?? "").localeCompare(this.dated.get(a)?.date ?? "") || a.localeCompare(b))
			.flatMap(([, tasks]) => tasks);
		return [...own, ...elsewhere];
	}

	private resolveLink(link: string, from: string): string | null {
		if (!this.memo || link.includes("/")) return this.resolver.resolve(link, from);
		let target = this.memo.get(link);
		if (target === undefined) this.memo.set(link, (target = this.resolver.resolve(link, from)));
		return target;
	}

	private emit(affected: Set<string>): void {
		if (affected.size === 0) return;
		this.dayViews.touch(affected);
		for (const listener of this.listeners) listener(affected);
	}

	// Reading

	has(path: string): boolean {
		return this.persons.has(path);
	}

	facts(path: string): PersonFacts | undefined {
		return this.persons.get(path);
	}

	personPaths(): string[] {
		return [...this.persons.keys()];
	}

	/** Everything that mentions a person or that they logged, newest first. */
	interactions(path: string): Interaction[] {
		const facts = this.persons.get(path);
		if (!facts) return [];
		const all = [...(facts.propertyContact ? [facts.propertyContact] : []), ...facts.logs, ...(this.mentions.get(path)?.values() ?? [])];
		return all.sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
	}

	private view(facts: PersonFacts, today: Day): PersonView {
		const mentions = this.mentions.get(facts.path);
		return { ...viewPerson(facts, mentions?.values() ?? [], this.settings, today, mentions?.size ?? 0), followUps: this.followUps(facts.path) };
	}

	person(path: string, today: Day): PersonView | null {
		const facts = this.persons.get(path);
		return facts ? this.view(facts, today) : null;
	}

	people(today: Day): PersonView[] {
		return this.dayViews.people(today);
	}

	/** Who needs attention on `today`, ranked. */
	attention(today: Day): PersonView[] {
		return this.dayViews.needsAttention(today);
	}

	/** Which note a link reaches from `from` (Obsidian's rules; aliases of people included). */
	resolve(link: string, from: string): string | null {
		return this.resolver.resolve(link, from);
	}

	problems(today: Day): Problem[] {
		return problems(this, today);
	}


	/** Every person's facts (read-only). */
	allFacts(): IterableIterator<PersonFacts> {
		return this.persons.values();
	}

	/** The dated-note interactions that mention a person. */
	mentionsOf(path: string): Iterable<Interaction> {
		return this.mentions.get(path)?.values() ?? [];
	}

	/** The dates of event notes, one per note. */
	eventDays(): Day[] {
		const out: Day[] = [];
		for (const facts of this.dated.values()) if (facts.kind === "event") out.push(facts.date);
		return out;
	}

	/** A person's view on a day, from the day's cache when it is current. */
	viewOn(facts: PersonFacts, day: Day): PersonView {
		return this.dayViews.cached(facts.path, day) ?? this.view(facts, day);
	}

	goalDays(kind: GoalKind): Day[] {
		return goalDays(this, kind);
	}

	goals(today: Day): GoalProgress[] {
		return goals(this, today);
	}

	networkHealth(today: Day, weeks = 12): { value: number | null; trend: (number | null)[] } {
		return networkHealth(this, today, weeks);
	}

	stats(today: Day): IndexStats {
		let interactions = 0;
		for (const [path, facts] of this.persons) {
			interactions += facts.logs.length + (facts.propertyContact ? 1 : 0) + (this.mentions.get(path)?.size ?? 0);
		}
		return { people: this.persons.size, datedNotes: this.dated.size, interactions, problems: this.problems(today).length };
	}
}
