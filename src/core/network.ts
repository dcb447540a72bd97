// The network as a whole: problems across people, goal progress (from the index's running counts), and network
// health over time.
import { cadenceFor, futureProblems } from "./attention";
import { healthAfter } from "./relationship";
import { runAll } from "./steps";
import { addDays, type Day, dayNumber } from "./dates";
import type { PersonView, Problem } from "./model";
import { basename } from "./paths";
import { goalProgress, type GoalProgress } from "./goals";
import type { GoalKind } from "./goals";
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
	mentionsOf(path: string): readonly Interaction[];
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
		const contacts = [...facts.logs, ...index.mentionsOf(facts.path)];
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
 */
export function reconnectPeople(index: IndexReader, today: Day, memo?: TieMemo): { tie: DormantTie; view: PersonView }[] {
	const afterDays = index.settings.reconnectAfterDays;
	const out: { tie: DormantTie; view: PersonView }[] = [];
	const lastDay = lastDayDormant(today, afterDays);
	for (const view of index.people(today)) {
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

/** How many weeks the network health trend looks back, today's point included. */
export const TREND_WEEKS = 12;

/**
 * The network's health on the day the views are for: the mean of everyone's health (people who are tracked and not
 * paused), to one decimal; null when nobody is tracked. The one definition of "health now", for every surface.
 */
export function healthNow(views: Iterable<PersonView>): number | null {
	let sum = 0;
	let count = 0;
	for (const view of views) {
		if (view.health === null) continue;
		sum += view.health;
		count++;
	}
	return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

/** A trend of past weeks (its last point is replaced) with today's value from the views. */
export function withToday(trend: readonly (number | null)[], views: Iterable<PersonView>): NetworkHealth {
	const value = healthNow(views);
	return { value, trend: [...trend.slice(0, -1), value] };
}

/**
 * Mean health over tracked people today, and at the end of each of the previous `weeks` - 1 weeks (oldest first):
 * the same health as each person's view on that day, from their contact days sorted once rather than a view per week.
 */
export function networkHealth(index: IndexReader, today: Day, weeks = TREND_WEEKS): NetworkHealth {
	return runAll(networkHealthSteps(index, today, weeks));
}

export interface NetworkHealth {
	value: number | null;
	trend: (number | null)[];
}

/** The same, one person per step. */
export function* networkHealthSteps(index: IndexReader, today: Day, weeks = TREND_WEEKS): Generator<void, NetworkHealth, void> {
	const days = Array.from({ length: weeks }, (_, i) => addDays(today, -7 * (weeks - 1 - i)));
	// Each week's day, and each person's latest contact below, as day numbers: 120,000 health values on the bench's
	// large vault read two dates each otherwise (PERFORMANCE.md, session 15).
	const dayNumbers = days.map(dayNumber);
	// Stryker disable next-line ArrayDeclaration: an empty list reads as zeros below (`?? 0`).
	const sums = new Array<number>(weeks).fill(0);
	// Stryker disable next-line ArrayDeclaration: as above.
	const counts = new Array<number>(weeks).fill(0);
	// Each week's latest contact, reused from person to person.
	const latest = new Array<Day | null>(weeks);
	for (const facts of index.allFacts()) {
		if (facts.paused) continue;
		latest.fill(null);
		for (const log of facts.logs) noteContact(latest, days, log.date);
		if (facts.propertyContact) noteContact(latest, days, facts.propertyContact.date);
		for (const mention of index.mentionsOf(facts.path)) noteContact(latest, days, mention.date);
		const never = cadenceFor(facts, false, index.settings);
		const contacted = cadenceFor(facts, true, index.settings);
		let lastDay: Day | null = null;
		let lastNumber = 0;
		// Stryker disable next-line EqualityOperator: a week past the trend's end adds to sums nothing reads.
		for (let w = 0; w < weeks; w++) {
			// A contact filed under this week is after the week before's day; without one, that week's latest holds.
			const last = (latest[w] as Day | null) ?? (w === 0 ? null : (latest[w - 1] as Day | null));
			latest[w] = last;
			// Stryker disable next-line ConditionalExpression: speed-only; the same day read again is the same number.
			if (last !== null && last !== lastDay) {
				lastDay = last;
				lastNumber = dayNumber(last);
			}
			const value = last === null ? healthAfter(null, never) : healthAfter((dayNumbers[w] as number) - lastNumber, contacted);
			if (value === null) continue;
			sums[w] = (sums[w] ?? 0) + value;
			counts[w] = (counts[w] ?? 0) + 1;
		}
		yield;
	}
	const trend = days.map((_, w) => (counts[w] ? Math.round(((sums[w] ?? 0) / (counts[w] ?? 1)) * 10) / 10 : null));
	// Today's point is "health now", from today's views (the same number the sidebar shows as the edits come).
	return withToday(trend, index.people(today));
}

/**
 * Files one contact day under the first of the weeks' `days` (ascending) that is not before it, where it is the latest
 * so far; a day after every week's is no week's. The walk in networkHealthSteps then carries each latest forward:
 * the latest contact on or before each week's day, without sorting anyone's days.
 */
function noteContact(latest: (Day | null)[], days: readonly Day[], date: Day): void {
	let lo = 0;
	// Most contacts are older than the first week's day (a trend of 12 weeks, contact over years): one comparison.
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; the search below files them under the first week too.
	let hi = date <= (days[0] as Day) ? 0 : days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((days[mid] as Day) < date) lo = mid + 1;
		else hi = mid;
	}
	// Stryker disable next-line ConditionalExpression: a day filed past the last week is read by no week.
	if (lo === days.length) return;
	const held = latest[lo] as Day | null;
	// Stryker disable next-line EqualityOperator: a day equal to the one held changes nothing.
	if (held === null || held < date) latest[lo] = date;
}

/** Every person's problems on `today`, and people who share a name (links reach only one of them). */
export function problems(index: IndexReader, today: Day): Problem[] {
	const out: Problem[] = [];
	// Runs on every refresh of the sidebar: one pass over people, no work per name.
	for (const facts of index.allFacts()) {
		for (const problem of facts.problems) out.push(problem);
		for (const problem of futureProblems(facts, today)) out.push(problem);
	}
	// Names compare as links resolve them (NFC, any case): two notes that one link cannot tell apart are flagged.
	for (const paths of index.peopleSharingAName()) {
		const winner = index.resolve(basename(paths[0] ?? ""), "");
		for (const path of paths) {
			if (path === winner) continue;
			out.push({
				path, field: "name", value: basename(path),
				message: `another person note has the same name (${winner ?? "?"}); links to this name reach that note (save from notes in this one's own folder), so link this one by its path`,
			});
		}
	}
	return out.sort((a, b) => a.path.localeCompare(b.path) || a.field.localeCompare(b.field));
}
