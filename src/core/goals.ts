// Networking goals: periods, progress, pace and streaks, from the dates of what the user did.
import { addDays, type Day, dayNumber, daysBetween, ymd } from "./dates";

export type GoalKind = "new-connections" | "events" | "interactions" | "reach-outs" | "value-given" | "reconnections";
export type Period = "week" | "month" | "quarter" | "year";

export interface Goal {
	id: string;
	kind: GoalKind;
	period: Period;
	target: number;
}

export const GOAL_KINDS: GoalKind[] = ["new-connections", "events", "interactions", "reach-outs", "value-given", "reconnections"];
export const PERIODS: Period[] = ["week", "month", "quarter", "year"];

export const GOAL_LABELS: Record<GoalKind, string> = {
	"new-connections": "New connections",
	events: "Events attended",
	interactions: "Interactions",
	"reach-outs": "Reach-outs",
	"value-given": "Value given",
	reconnections: "Reconnections",
};

/** The advice users follow: four new people a month, an event a month, five touches a week. */
export const DEFAULT_GOALS: Goal[] = [
	{ id: "connections-month", kind: "new-connections", period: "month", target: 4 },
	{ id: "events-year", kind: "events", period: "year", target: 12 },
	{ id: "interactions-week", kind: "interactions", period: "week", target: 5 },
];

/**
 * Each period's first days as `periodStart` found them, by day: the sidebar's goals ask for the period of each of a
 * vault's few thousand days on every refresh (1.9 ms of a refresh on the bench's large vault, PERFORMANCE.md, session
 * 16). Bounded: let go of when it holds more days than a century has.
 */
const STARTS = new Map<Period, Map<Day, Day>>();
const MAX_DAYS = 40_000;

/** The first day of the period holding `day`. Weeks start on Monday (ISO 8601). */
export function periodStart(day: Day, period: Period): Day {
	let starts = STARTS.get(period);
	// Stryker disable next-line ConditionalExpression: speed-only; a period's days kept afresh give the same starts.
	if (starts === undefined) STARTS.set(period, (starts = new Map<Day, Day>()));
	let start = starts.get(day);
	// Stryker disable next-line ConditionalExpression: speed-only; a start found again is the same start.
	if (start === undefined) {
		// Stryker disable next-line ConditionalExpression,EqualityOperator: memory only; the same start either way.
		if (starts.size >= MAX_DAYS) starts.clear();
		start = firstDayOf(day, period);
		starts.set(day, start);
	}
	return start;
}

function firstDayOf(day: Day, period: Period): Day {
	const [y = 1970, m = 1] = day.split("-").map(Number);
	switch (period) {
		case "week": {
			// 1970-01-01 was a Thursday; Monday = 0. A day before 1970 has a negative number: its remainder is made positive.
			const weekday = (((dayNumber(day) + 3) % 7) + 7) % 7;
			return addDays(day, -weekday);
		}
		case "month":
			return ymd(y, m, 1);
		case "quarter":
			return ymd(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
		case "year":
			return ymd(y, 1, 1);
	}
}

/** The first day of the next period. */
export function nextPeriod(start: Day, period: Period): Day {
	const [y = 1970, m = 1] = start.split("-").map(Number);
	switch (period) {
		case "week":
			return addDays(start, 7);
		case "month":
			return m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1);
		case "quarter":
			return m >= 10 ? ymd(y + 1, 1, 1) : ymd(y, m + 3, 1);
		case "year":
			return ymd(y + 1, 1, 1);
	}
}

export function previousPeriod(start: Day, period: Period): Day {
	return periodStart(addDays(start, -1), period);
}

export interface GoalProgress {
	id: string;
	kind: GoalKind;
	period: Period;
	periodStart: Day;
	target: number;
	actual: number;
	/** Is the actual at least the share of the target that the elapsed part of the period calls for? */
	onPace: boolean;
	/** Consecutive periods meeting the target, up to now (the current one counts once it is met, never breaks it). */
	streak: number;
	longestStreak: number;
}

/**
 * Progress of one goal on `today`, from the days on which something counting toward it happened (one entry per
 * occurrence, or a count per day; days after today are ignored).
 */
export function goalProgress(goal: Goal, days: readonly Day[] | ReadonlyMap<Day, number>, today: Day): GoalProgress {
	// Count by day first: a vault's 200,000 interactions fall on a few thousand days, each turned into a period once.
	let perDay: ReadonlyMap<Day, number>;
	if (Array.isArray(days)) {
		const counted = new Map<Day, number>();
		for (const day of days as readonly Day[]) counted.set(day, (counted.get(day) ?? 0) + 1);
		perDay = counted;
	} else {
		perDay = days as ReadonlyMap<Day, number>;
	}
	const counts = new Map<Day, number>();
	let earliest: Day | null = null;
	for (const [day, n] of perDay) {
		if (day > today) continue;
		const start = periodStart(day, goal.period);
		counts.set(start, (counts.get(start) ?? 0) + n);
		// Stryker disable next-line EqualityOperator: the same period either way
		if (earliest === null || start < earliest) earliest = start;
	}
	const current = periodStart(today, goal.period);
	const actual = counts.get(current) ?? 0;
	const length = daysBetween(current, nextPeriod(current, goal.period));
	const elapsed = daysBetween(current, today) + 1;
	// On the last day of a period the whole target is needed; before it, less (elapsed ≤ length).
	const onPace = actual >= Math.ceil((goal.target * elapsed) / length - 1e-9);

	let streak = actual >= goal.target ? 1 : 0;
	// Stryker disable next-line ConditionalExpression: a safety bound: with a target of at least 1 the first empty period ends the loop
	for (let p = previousPeriod(current, goal.period); earliest !== null && p >= earliest; p = previousPeriod(p, goal.period)) {
		if ((counts.get(p) ?? 0) >= goal.target) streak++;
		else break;
	}
	let longest = streak;
	let run = 0;
	if (earliest !== null) {
		// Runs before the current period: the current one is in the streak already, with the run it extends.
		// Stryker disable next-line EqualityOperator: counting the current period too gives the streak again, already in `longest`
		for (let p = earliest; p < current; p = nextPeriod(p, goal.period)) {
			if ((counts.get(p) ?? 0) >= goal.target) longest = Math.max(longest, ++run);
			else run = 0;
		}
	}
	return { id: goal.id, kind: goal.kind, period: goal.period, periodStart: current, target: goal.target, actual, onPace, streak, longestStreak: longest };
}
