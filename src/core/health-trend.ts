// The network's health: the mean of everyone's health today, and its trend over the past weeks.
import { cadenceFor } from "./attention";
import { type Day, dayNumber } from "./dates";
import type { Mentions } from "./mentions";
import type { PersonFacts, PersonView } from "./model";
import { healthAfter } from "./relationship";
import type { AscentSettings } from "./settings";
import { runAll } from "./steps";

/** What the trend reads of the index. */
export interface TrendReader {
	readonly settings: AscentSettings;
	allFacts(): Iterable<PersonFacts>;
	facts(path: string): PersonFacts | undefined;
	mentionsOf(path: string): Mentions;
	people(today: Day): PersonView[];
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
export function networkHealth(index: TrendReader, today: Day, weeks = TREND_WEEKS): NetworkHealth {
	return runAll(networkHealthSteps(index, today, weeks));
}

export interface NetworkHealth {
	value: number | null;
	trend: (number | null)[];
}

/** The same, one person per step. */
export function* networkHealthSteps(index: TrendReader, today: Day, weeks = TREND_WEEKS): Generator<void, NetworkHealth, void> {
	const book = new TrendBook(weeks);
	yield* book.fill(index, today);
	return book.current(index.people(today));
}

/** A week's latest contact when there is none (below every day number). */
const NO_CONTACT = -Infinity;

/** Room for this many people's weeks at first; doubled as more come. */
const FIRST_ROWS = 1024;

/**
 * The trend kept between calls: each person's health at the end of each week (NaN where they count for none), so
 * that after a change only the people it touched are worked out again (`changed`), and the weeks summed in the
 * index's order, as when every person is worked out: the same numbers. The sidebar asks on every refresh; before,
 * the past weeks were worked out once a day and an edit to a past week's note left them behind until the next day.
 */
export class TrendBook {
	private state: { index: TrendReader; today: Day; dayNumbers: number[]; at: Map<string, number>; rows: Float64Array; sums: Sums | null } | null = null;
	/** Each week's latest contact as a day number (NO_CONTACT: none), reused from person to person. */
	private readonly latest: Float64Array;

	constructor(private readonly weeks = TREND_WEEKS) {
		this.latest = new Float64Array(weeks);
	}

	/** Everyone's weeks for `today`, one person per step. */
	*fill(index: TrendReader, today: Day): Generator<void, void, void> {
		const { weeks } = this;
		// Each week's day, and each person's contacts below, as day numbers: 120,000 health values on the bench's large
		// vault read two dates each otherwise (PERFORMANCE.md, session 15), and a mention's day is read from the book of
		// mentions, not from its note (session 20).
		const todayNumber = dayNumber(today);
		const dayNumbers = Array.from({ length: weeks }, (_, i) => todayNumber - 7 * (weeks - 1 - i));
		const at = new Map<string, number>();
		// Filled in place, its room doubled as people come, and summed person by person: summing the 120,000 numbers of
		// the bench's large vault in one step after the last person took 8-14 ms the first time (the code not yet
		// compiled), the trend's longest slice in the plugin's start.
		// Stryker disable next-line ArithmeticOperator: speed-only; less room at first is doubled sooner.
		let rows = new Float64Array(FIRST_ROWS * weeks);
		const sums = emptySums(weeks);
		for (const facts of index.allFacts()) {
			const offset = at.size * weeks;
			// Stryker disable next-line EqualityOperator: speed-only; room made a row early holds the same rows.
			if (offset + weeks > rows.length) {
				const more = new Float64Array(rows.length * 2);
				more.set(rows);
				rows = more;
			}
			at.set(facts.path, at.size);
			this.weeksOf(index, facts, dayNumbers, rows, offset);
			addRow(sums, rows, offset, weeks);
			yield;
		}
		this.state = { index, today, dayNumbers, at, rows: rows.slice(0, at.size * weeks), sums };
	}

	/**
	 * The trend on `today` with today's point from `views` (today's views of everyone): after `changed` (the people
	 * changed since the last call; null when anyone may have) on the index and day of the last call, only they are
	 * worked out again; someone new or gone, another index or day: everyone.
	 */
	trend(index: TrendReader, today: Day, changed: Iterable<string> | null, views: Iterable<PersonView>): NetworkHealth {
		const state = this.state;
		let fresh = changed === null || state === null || state.index !== index || state.today !== today;
		if (!fresh && state !== null && changed !== null) {
			for (const path of changed) {
				const at = state.at.get(path);
				const facts = index.facts(path);
				if (at === undefined || facts === undefined) {
					fresh = true;
					break;
				}
				this.weeksOf(index, facts, state.dayNumbers, state.rows, at * this.weeks);
				// Summed again when asked for, in the same order.
				state.sums = null;
			}
		}
		if (fresh) runAll(this.fill(index, today));
		return this.current(views);
	}

	/** The weeks as last filled, summed over everyone in the order they were filed, with today's point from `views`. */
	current(views: Iterable<PersonView>): NetworkHealth {
		const { weeks } = this;
		const state = this.state;
		let sums = state?.sums ?? null;
		// Stryker disable next-line ConditionalExpression: speed-only; the rows summed again in the same order are the same sums.
		if (sums === null) {
			sums = emptySums(weeks);
			const rows = state?.rows ?? new Float64Array(0);
			for (let at = 0; at < rows.length; at += weeks) addRow(sums, rows, at, weeks);
			if (state) state.sums = sums;
		}
		const { total, count } = sums;
		const trend = Array.from(total, (sum, w) => (count[w] ? Math.round((sum / (count[w] ?? 1)) * 10) / 10 : null));
		// Today's point is "health now", from today's views (the same number the sidebar shows as the edits come).
		return withToday(trend, views);
	}

	/** A person's health at the end of each week into `rows` from `offset` (NaN: paused, or not tracked that week). */
	private weeksOf(index: TrendReader, facts: PersonFacts, dayNumbers: readonly number[], rows: Float64Array, offset: number): void {
		const { weeks, latest } = this;
		if (facts.paused) {
			for (let w = 0; w < weeks; w++) rows[offset + w] = NaN;
			return;
		}
		latest.fill(NO_CONTACT);
		for (const log of facts.logs) noteContact(latest, dayNumbers, dayNumber(log.date));
		if (facts.propertyContact) noteContact(latest, dayNumbers, dayNumber(facts.propertyContact.date));
		const mentions = index.mentionsOf(facts.path);
		for (let n = 0; n < mentions.length; n++) noteContact(latest, dayNumbers, mentions.day(n));
		const never = cadenceFor(facts, false, index.settings);
		const contacted = cadenceFor(facts, true, index.settings);
		for (let w = 0; w < weeks; w++) {
			// A contact filed under this week is after the week before's day; without one, that week's latest holds.
			const last = latest[w] !== NO_CONTACT || w === 0 ? (latest[w] as number) : (latest[w - 1] as number);
			latest[w] = last;
			const value = last === NO_CONTACT ? healthAfter(null, never) : healthAfter((dayNumbers[w] as number) - last, contacted);
			rows[offset + w] = value ?? NaN;
		}
	}
}

/** Each week's sum of health and how many people it counts. */
interface Sums {
	total: Float64Array;
	count: Int32Array;
}

function emptySums(weeks: number): Sums {
	return { total: new Float64Array(weeks), count: new Int32Array(weeks) };
}

/** Adds one person's weeks (from `offset` in `rows`; NaN: no health that week) to `sums`. */
function addRow(sums: Sums, rows: Float64Array, offset: number, weeks: number): void {
	// Stryker disable next-line EqualityOperator: a week past the end is no place in the typed arrays of sums and counts (a write there is dropped).
	for (let w = 0; w < weeks; w++) {
		const value = rows[offset + w] as number;
		if (Number.isNaN(value)) continue;
		sums.total[w] = (sums.total[w] as number) + value;
		sums.count[w] = (sums.count[w] as number) + 1;
	}
}

/**
 * Files one contact day under the first of the weeks' `days` (ascending) that is not before it, where it is the latest
 * so far; a day after every week's is no week's. The walk in networkHealthSteps then carries each latest forward:
 * the latest contact on or before each week's day, without sorting anyone's days.
 */
function noteContact(latest: Float64Array, days: readonly number[], day: number): void {
	let lo = 0;
	// Most contacts are older than the first week's day (a trend of 12 weeks, contact over years): one comparison.
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; the search below files them under the first week too.
	let hi = day <= (days[0] as number) ? 0 : days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((days[mid] as number) < day) lo = mid + 1;
		else hi = mid;
	}
	// Stryker disable next-line ConditionalExpression: a day filed past the last week is read by no week.
	if (lo === days.length) return;
	// Stryker disable next-line EqualityOperator: a day equal to the one held changes nothing.
	if ((latest[lo] as number) < day) latest[lo] = day;
}

