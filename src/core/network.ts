// The network as a whole: problems across people, goal progress (from the index's running counts), the Reconnect
// list and introductions (its health over time: health-trend.ts).
import { futureProblems } from "./attention";
import type { Day } from "./dates";
import type { PersonView, Problem } from "./model";
import { basename } from "./paths";
import { goalProgress, type GoalProgress } from "./goals";
import type { GoalKind } from "./goals";
import { mentionList, type Mentions } from "./mentions";
import type { Interaction, PersonFacts } from "./model";
import type { AscentSettings } from "./settings";
import { byScore, type DormantTie, dormantTie, lastDayDormant, reconnectionDays, silentSince, type TieMemo } from "./reconnect";
import { type IntroductionSuggestion, suggestedIntroductions } from "./introductions";

/**
 * What the network-wide views read from the index, and nothing more: the index passes itself (it satisfies this),
 * and nothing here imports the index back.
 */
export interface IndexReader {
	readonly settings: AscentSettings;
	readonly datedNoteCount: number;
	allFacts(): Iterable<PersonFacts>;
	mentionsOf(path: string): Mentions;
	personPaths(): string[];
	goalCounts(kind: GoalKind): ReadonlyMap<Day, number>;
	resolve(link: string, from: string): string | null;
	peopleSharingAName(): string[][];
	people(today: Day): PersonView[];
	facts(path: string): PersonFacts | undefined;
	contacts(path: string): Interaction[];
}

export interface IndexStats {
	people: number;
	datedNotes: number;
	interactions: number;
	problems: number;
}

/** Counts for the settings tab's status box. */
export function indexStats(index: IndexReader, today: Day): IndexStats {
	let interactions = 0;
	for (const facts of index.allFacts()) {
		interactions += facts.logs.length + (facts.propertyContact ? 1 : 0) + index.mentionsOf(facts.path).length;
	}
	return { people: index.personPaths().length, datedNotes: index.datedNoteCount, interactions, problems: problems(index, today).length };
}

export function goals(index: IndexReader, today: Day): GoalProgress[] {
	if (!index.settings.goalsEnabled) return [];
	let reconnections: ReadonlyMap<Day, number> | null = null;
	const counts = (kind: GoalKind) => (kind === "reconnections" ? (reconnections ??= reconnectionCounts(index, today)) : index.goalCounts(kind));
	return index.settings.goals.map((goal) => goalProgress(goal, counts(goal.kind), today));
}

/** Contacts, per day, with someone who was on the Reconnect list that day (out of touch for the setting's span). */
export function reconnectionCounts(index: IndexReader, today: Day): Map<Day, number> {
	const out = new Map<Day, number>();
	for (const facts of index.allFacts()) {
		if (facts.paused) continue;
		// Their log lines and mentions, unsorted (reconnectionDays sorts the days; the property's date is no contact):
		// `interactions` sorts everything by date and path, 45 of the 75 ms this took for everyone on the bench's large
		// vault (PERFORMANCE.md, session 15).
		const contacts = mentionList(index.mentionsOf(facts.path));
		contacts.push(...facts.logs);
		for (const day of reconnectionDays(contacts, index.settings.reconnectAfterDays, today)) out.set(day, (out.get(day) ?? 0) + 1);
	}
	return out;
}

/** Suggested introductions on `today` (core/introductions.ts), computed when shown. */
export function introductions(index: IndexReader, today: Day): IntroductionSuggestion[] {
	const people: { view: PersonView; facts: PersonFacts }[] = [];
	for (const view of index.people(today)) {
		const facts = index.facts(view.path);
		if (facts) people.push({ view, facts });
	}
	return suggestedIntroductions(people);
}

/** The Reconnect list on `today`, ranked (core/reconnect.ts). */
export function reconnect(index: IndexReader, today: Day, memo?: TieMemo): DormantTie[] {
	return reconnectPeople(index, today, memo).map((p) => p.tie);
}

/**
 * The Reconnect list on `today` with each person's view, ranked. `memo`: ties worked out before, kept with the views
 * they came from (the sidebar asks after every change: only the people a change touched are looked at again).
 * `views`: everyone's views on `today` in the index's order, when the caller has them in hand.
 */
export function reconnectPeople(index: IndexReader, today: Day, memo?: TieMemo, views: Iterable<PersonView> = index.people(today)): { tie: DormantTie; view: PersonView }[] {
	const afterDays = index.settings.reconnectAfterDays;
	const out: { tie: DormantTie; view: PersonView }[] = [];
	const lastDay = lastDayDormant(today, afterDays);
	for (const view of views) {
		// Most people were in touch within the span: their histories are never gathered.
		// Stryker disable next-line ConditionalExpression: speed-only; dormantTie asks the same first.
		if (!silentSince(view, lastDay)) continue;
		const work = (): DormantTie | null => {
			const facts = index.facts(view.path);
			// Their contacts in no order: dormantTie sorts the days it needs.
			return facts ? dormantTie({ view, facts, interactions: index.contacts(view.path) }, today, afterDays) : null;
		};
		const tie = memo ? memo.tie(view, afterDays, work) : work();
		if (tie) out.push({ tie, view });
	}
	return out.sort((a, b) => byScore(a.tie, b.tie));
}

/** Every person's problems on `today`, and people who share a name (links reach only one of them). */
export function problems(index: IndexReader, today: Day): Problem[] {
	const out: Problem[] = [];
	// Runs on every refresh of the sidebar: one pass over people, no work per name.
	for (const facts of index.allFacts()) personProblems(facts, today, out);
	return sorted(out.concat(sharedNames(index)));
}

/**
 * The same list, kept between calls (the sidebar asks on every refresh, a keystroke in a daily note included): after
 * a change only the people it touched are looked at again (`changed`; null when anyone may have changed), not every
 * person's log lines (1.9 ms of each keystroke on the bench's large vault, PERFORMANCE.md session 17).
 */
export class ProblemBook {
	private index: IndexReader | null = null;
	private day: Day | null = null;
	/** The people who have problems, each with theirs. */
	private readonly byPath = new Map<string, Problem[]>();
	/** The last list handed out, and the problems of shared names in it. */
	private last: { list: Problem[]; shared: Problem[] } | null = null;

	problems(index: IndexReader, today: Day, changed: Iterable<string> | null): Problem[] {
		let moved = false;
		if (changed === null || index !== this.index || today !== this.day) {
			this.index = index;
			this.day = today;
			this.byPath.clear();
			for (const facts of index.allFacts()) this.note(facts.path, facts, today);
			moved = true;
		} else {
			for (const path of changed) moved = this.note(path, index.facts(path), today) || moved;
		}
		const shared = sharedNames(index);
		// Nobody's problems moved (a keystroke that mentions someone): the list as it was, not sorted again.
		if (!moved && this.last !== null && sameProblems(this.last.shared, shared)) return this.last.list;
		const out: Problem[] = [];
		for (const list of this.byPath.values()) out.push(...list);
		const list = sorted(out.concat(shared));
		this.last = { list, shared };
		return list;
	}

	/** Files the person's problems; whether they differ from those filed before. */
	private note(path: string, facts: PersonFacts | undefined, today: Day): boolean {
		const list: Problem[] = [];
		if (facts) personProblems(facts, today, list);
		const before = this.byPath.get(path) ?? [];
		// Stryker disable next-line ConditionalExpression,EqualityOperator: memory-only; an empty list filed adds no problem.
		if (list.length > 0) this.byPath.set(path, list);
		else this.byPath.delete(path);
		return !sameProblems(before, list);
	}
}

/** A person's problems on `today`: their note's, then contact recorded in the future. */
function personProblems(facts: PersonFacts, today: Day, into: Problem[]): void {
	for (const problem of facts.problems) into.push(problem);
	for (const problem of futureProblems(facts, today)) into.push(problem);
}

/** Whether two lists hold the same problems, in the same order (a person's problems are made afresh on each change). */
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
	return a.length === b.length && a.every((p, i) => JSON.stringify(p) === JSON.stringify(b[i]));
}

/** People whose notes share a name, but for the one links to it reach. */
function sharedNames(index: IndexReader): Problem[] {
	const out: Problem[] = [];
	// Names compare as links resolve them (NFC, any case): two notes that one link cannot tell apart are flagged.
	for (const paths of index.peopleSharingAName()) {
		// Stryker disable next-line StringLiteral: a group holds two paths or more; a link from a note at the vault's root or from a path without a folder resolves alike.
		const winner = index.resolve(basename(paths[0] ?? ""), "");
		// Stryker disable next-line StringLiteral: defensive; a name several people share always reaches one of them.
		const shown = winner ?? "?";
		for (const path of paths) {
			if (path === winner) continue;
			out.push({
				path, field: "name", value: basename(path),
				message: `another person note has the same name (${shown}); links to this name reach that note (save from notes in this one's own folder), so link this one by its path`,
			});
		}
	}
	return out;
}

/** By path (the locale's order, then the text's: two paths it reads as one keep one order however the list was made), then field. */
function sorted(list: Problem[]): Problem[] {
	// Stryker disable next-line ConditionalExpression: V8's sort asks only whether a comparison is below zero, so 0 and 1 place alike.
	return list.sort((a, b) => a.path.localeCompare(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.field.localeCompare(b.field));
}
