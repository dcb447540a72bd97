// Reconnect: dormant ties worth waking. People out of touch for a year or more (a setting) who once had a rhythm
// (two or more days of contact, a tier, or a give-and-ask history), ranked by how close they once were and how long
// it has been. Dormant ties give advice as valuable as current ones, and more novel, the more so when they were once
// close (Levin, Walter & Murnighan 2011). Computed when shown, from the index's own lists; the sidebar, which shows
// it after every change, works out again only the ties of the people a change touched (TieMemo).
import { addDays, type Day, dayNumber, daysBetween } from "./dates";
import { hasKind, type Interaction, type PersonFacts, type PersonView } from "./model";
import { medianGap, sortDistinct } from "./relationship";

/** What the ranking reads of one person. */
export interface TieHistory {
	view: PersonView;
	facts: PersonFacts;
	/** Everything that mentions them or that they logged (the property's date too), in any order. */
	interactions: readonly Interaction[];
}

export interface DormantTie {
	path: string;
	/** Days of contact ever, events shared, and the gave/asked lines ever. */
	contactDays: number;
	events: number;
	exchanges: number;
	/** The median gap between contact days while in touch (null with fewer than two). */
	rhythmDays: number | null;
	/** Days since the last contact. */
	silentDays: number;
	/** How close the tie once was (higher: closer). */
	closeness: number;
	score: number;
}

/** How a dormant tie is weighed: each a named number, so the ranking can be read and tested. */
export const RECONNECT_WEIGHTS = {
	/** Per doubling of contact days. */
	contact: 1,
	/** A rhythm of a month or closer counts fully; slower ones less. */
	rhythm: 2,
	event: 0.5,
	exchange: 0.5,
	/** Having had a tier at all. */
	tier: 1,
};

/** What the view alone says: tracked, not paused, and silent at least `afterDays` (the history decides the rest). */
export function mayBeDormant(view: PersonView, today: Day, afterDays: number): boolean {
	return silentSince(view, lastDayDormant(today, afterDays));
}

/** The last day of contact that leaves someone silent `afterDays` or more on `today`. */
export function lastDayDormant(today: Day, afterDays: number): Day {
	return addDays(today, -afterDays);
}

/**
 * `mayBeDormant` with its day worked out once (`lastDayDormant`): the sidebar asks it of everyone on every refresh,
 * and ISO days compare as text where a count of days between parses both.
 */
export function silentSince(view: PersonView, lastDay: Day): boolean {
	return view.status !== "paused" && view.status !== "untracked" && view.lastContact !== null && view.lastContact.date <= lastDay;
}

/** A dormant tie, or null when the person is not one on `today` (`afterDays`: how long out of touch it takes). */
export function dormantTie(history: TieHistory, today: Day, afterDays: number): DormantTie | null {
	const { view, facts, interactions } = history;
	if (!mayBeDormant(view, today, afterDays) || !view.lastContact) return null;
	const silentDays = daysBetween(view.lastContact.date, today);
	const days = contactDays(interactions, today, true);
	// Stryker disable next-line EqualityOperator: a give or an ask logged today is contact today: no dormant tie either way.
	const exchanges = facts.logs.filter((l) => l.date <= today && (hasKind(l, "gave") || hasKind(l, "asked"))).length;
	if (days.length < 2 && facts.tier === null && exchanges === 0) return null;
	const rhythmDays = medianGap(days);
	const w = RECONNECT_WEIGHTS;
	const closeness = w.contact * Math.log2(1 + days.length)
		+ (rhythmDays === null ? 0 : w.rhythm * Math.min(1, 30 / Math.max(rhythmDays, 1)))
		+ w.event * view.events.length + w.exchange * exchanges + (facts.tier === null ? 0 : w.tier);
	// Longer silences rank higher, a little: a tie lapsed five years is not five times the one lapsed one year.
	const score = closeness * (1 + Math.log2(silentDays / afterDays));
	return { path: view.path, contactDays: days.length, events: view.events.length, exchanges, rhythmDays, silentDays, closeness, score };
}

/**
 * Dormant ties kept with the view each was worked out from. A person's view of a day is the same object until a change
 * touches them (core/day-views.ts: a new view whenever their facts, mentions or tasks change), so the sidebar, which
 * asks for the Reconnect list after every change, works out the ties of the people a change touched and no others.
 * The span of silence (`afterDays`) is kept with each: a new setting works them out again.
 */
export class TieMemo {
	private readonly ties = new WeakMap<PersonView, { afterDays: number; tie: DormantTie | null }>();

	/** The tie of `view`'s person on its day: as kept for that view and span, or as `work` finds it (then kept). */
	tie(view: PersonView, afterDays: number, work: () => DormantTie | null): DormantTie | null {
		const kept = this.ties.get(view);
		if (kept !== undefined && kept.afterDays === afterDays) return kept.tie;
		const tie = work();
		this.ties.set(view, { afterDays, tie });
		return tie;
	}
}

/** The Reconnect list's order: closest and longest-lapsed first (a stable sort keeps equal scores in the order the index hands people over). */
export function byScore(a: DormantTie, b: DormantTie): number {
	return b.score - a.score;
}

/**
 * The days of contact that were reconnections: the contact before each was at least `afterDays` earlier. `interactions`
 * in any order; the property's date is no contact, and nothing after `today` counts. The goals card asks this of
 * everyone on every refresh when a reconnections goal is set: days are compared as day numbers, once each.
 */
export function reconnectionDays(interactions: readonly Interaction[], afterDays: number, today: Day): Day[] {
	const out: Day[] = [];
	let previous = Number.NaN;
	for (const day of contactDays(interactions, today, false)) {
		const number = dayNumber(day);
		if (number - previous >= afterDays) out.push(day);
		previous = number;
	}
	return out;
}

/** The days of contact up to `today`, each once, oldest first; the property's date only `withProperty`. */
function contactDays(interactions: readonly Interaction[], today: Day, withProperty: boolean): Day[] {
	// Stryker disable next-line ArrayDeclaration: an entry that is no day sorts after every day (digits before letters) and has no day number.
	const days: Day[] = [];
	for (const i of interactions) if (i.date <= today && (withProperty || i.source !== "property")) days.push(i.date);
	sortDistinct(days);
	return days;
}
