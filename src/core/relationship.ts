// Relationship health (how fresh a contact is, against the person's own cadence) and drift (a silence well beyond
// the person's own rhythm).
import { type Day, dayNumber, daysBetween } from "./dates";
import { type Mentions, NO_MENTIONS } from "./mentions";
import type { Interaction } from "./model";

/** 100 on the day of contact, 50 on the due date, halving with every further cadence. */
export function health(lastContact: Day | null, cadenceDays: number | null, today: Day): number | null {
	return healthAfter(lastContact === null ? null : daysBetween(lastContact, today), cadenceDays);
}

/** The same from the days since the last contact (null: never contacted), for a caller that counts days itself. */
export function healthAfter(daysSince: number | null, cadenceDays: number | null): number | null {
	if (cadenceDays === null || cadenceDays <= 0) return null;
	if (daysSince === null) return 0;
	return 100 * 2 ** (-Math.max(0, daysSince) / cadenceDays);
}

/**
 * Drift, with constants chosen so that the edge cases below behave as a person would expect:
 * - A rhythm needs at least 4 days of contact spread over at least 28 days in the past year: a burst of daily
 *   contact in one week is not a rhythm.
 * - The rhythm is the median gap between those days (robust to one long holiday).
 * - Drifting: the current silence exceeds both twice the rhythm and the rhythm plus 7 days (daily contacts after a
 *   quiet weekend are not drifting: 3 days is less than 1 + 7).
 * - Lapsed, not drifting: a silence beyond four rhythms and beyond 90 days means the rhythm stopped long ago; that is
 *   the attention list's business (overdue), not an early warning.
 */
export const DRIFT = { minDays: 4, minSpanDays: 28, windowDays: 365, factor: 2, extraDays: 7, lapsedFactor: 4, lapsedMinDays: 90 };

export type Drift = { kind: "none" | "drifting" | "lapsed" | "no-rhythm"; rhythmDays: number | null; silenceDays: number | null };

/**
 * The days of a drift, as day numbers, reused from person to person: a new day's views work out everyone's drift, and
 * a list of their own for each, with a copy of their log lines and mentions joined, was 8 MB of a build's allocations
 * on the bench's large vault (PERFORMANCE.md, session 16). Made larger for a person with more contacts than it holds.
 */
let DAYS = new Int32Array(256);
/** The gaps between them, reused the same way. */
const GAPS: number[] = [];

const ascending = (a: number, b: number) => a - b;

/** Drift from a person's interactions: their log lines, and the dated notes that mention them (`more`), in any order. */
export function drift(interactions: readonly Interaction[], today: Day, more: Mentions = NO_MENTIONS): Drift {
	const end = dayNumber(today);
	const from = end - DRIFT.windowDays;
	// The distinct contact days of the window, sorted: in one typed array reused from person to person, sorted as
	// numbers by the engine (no comparison called back for each pair, no copy made to sort: a sort of a list with a
	// comparison made one for each of 10,000 people, 8 MB a new day's views on the bench's large vault; session 20).
	// Stryker disable next-line ConditionalExpression,EqualityOperator: memory-only; an array made larger sooner, or each time, holds the same days.
	if (DAYS.length < interactions.length + more.length) DAYS = new Int32Array(2 * (interactions.length + more.length));
	const days = DAYS;
	let count = 0;
	for (const i of interactions) {
		const day = dayNumber(i.date);
		if (day <= end && day >= from) days[count++] = day;
	}
	for (let n = 0; n < more.length; n++) {
		const day = more.day(n);
		if (day <= end && day >= from) days[count++] = day;
	}
	days.subarray(0, count).sort();
	const kept = distinct(days, count);
	// Both undefined with no days: then there are fewer than `minDays`, and neither is read but to say so.
	const first = days[0] as number;
	const last = days[kept - 1] as number;
	if (kept < DRIFT.minDays || last - first < DRIFT.minSpanDays) {
		return { kind: "no-rhythm", rhythmDays: null, silenceDays: kept === 0 ? null : end - last };
	}
	// Four days or more here: there are gaps.
	const gaps = GAPS;
	gaps.length = 0;
	for (let k = 1; k < kept; k++) gaps.push((days[k] as number) - (days[k - 1] as number));
	const rhythm = median(gaps);
	const silence = end - last;
	if (silence > Math.max(DRIFT.lapsedFactor * rhythm, DRIFT.lapsedMinDays)) return { kind: "lapsed", rhythmDays: rhythm, silenceDays: silence };
	if (silence > Math.max(DRIFT.factor * rhythm, rhythm + DRIFT.extraDays)) return { kind: "drifting", rhythmDays: rhythm, silenceDays: silence };
	return { kind: "none", rhythmDays: rhythm, silenceDays: silence };
}

/** Sorts `days` (ISO days sort as text) and keeps each once, in place. */
export function sortDistinct(days: Day[]): void {
	days.sort();
	days.length = distinct(days, days.length);
}

/** Keeps each of the first `count` sorted `days` once, at the start, in place; how many are kept. */
function distinct<T>(days: { [i: number]: T }, count: number): number {
	let kept = 0;
	// Stryker disable next-line ConditionalExpression: speed-only: days[-1] is undefined, never equal to a day
	for (let k = 0; k < count; k++) if (kept === 0 || days[kept - 1] !== days[k]) days[kept++] = days[k] as T;
	return kept;
}

/**
 * The rhythm of contact: the median gap in days between consecutive `days` (sorted, each once), each day read as a
 * number once; null with fewer than two. `gaps` is filled with the gaps (a caller that runs for everyone passes a
 * list it reuses).
 */
export function medianGap(days: readonly Day[], gaps: number[] = []): number | null {
	gaps.length = 0;
	if (days.length < 2) return null;
	let previous = dayNumber(days[0] as Day);
	for (let k = 1; k < days.length; k++) {
		const day = dayNumber(days[k] as Day);
		gaps.push(day - previous);
		previous = day;
	}
	return median(gaps);
}

/** The median of `values` (one or more), sorted in place. */
function median(values: number[]): number {
	values.sort(ascending);
	const mid = values.length >> 1;
	return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}
