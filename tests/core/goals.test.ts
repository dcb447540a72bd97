import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalProgress, nextPeriod, periodStart, previousPeriod, type Goal } from "../../src/core/goals";

describe("periods", () => {
	it.each([
		["2026-11-30", "week", "2026-11-30"], // a Monday
		["2026-12-06", "week", "2026-11-30"], // Sunday ends the ISO week
		["2027-01-01", "week", "2026-12-28"], // a week across the year boundary
		["1969-12-31", "week", "1969-12-29"], // before 1970: a negative day number
		["1969-12-28", "week", "1969-12-22"], // a Sunday four days before 1970
		["1900-01-02", "week", "1900-01-01"],
		["2026-11-30", "month", "2026-11-01"],
		["2026-11-30", "quarter", "2026-10-01"],
		["2026-03-31", "quarter", "2026-01-01"],
		["2026-11-30", "year", "2026-01-01"],
	] as const)("%s in its %s starts %s", (day, period, start) => {
		expect(periodStart(day, period)).toBe(start);
	});
	it.each([
		["2026-12-28", "week", "2027-01-04", "2026-12-21"],
		["2026-12-01", "month", "2027-01-01", "2026-11-01"],
		["2026-10-01", "quarter", "2027-01-01", "2026-07-01"],
		["2026-01-01", "year", "2027-01-01", "2025-01-01"],
	] as const)("%s %s: next %s, previous %s", (start, period, next, prev) => {
		expect(nextPeriod(start, period)).toBe(next);
		expect(previousPeriod(start, period)).toBe(prev);
	});
});

describe("periods, asked again and again (periodStart keeps what it found)", () => {
	it("any day's period of each kind, asked in any order and more than once, is the calendar's", () => {
		// The calendar's answer from JavaScript's own Date, in UTC (days are dates, not instants).
		const iso = (d: Date) => d.toISOString().slice(0, 10);
		const reference = (day: string, period: "week" | "month" | "quarter" | "year") => {
			const d = new Date(`${day}T00:00:00Z`);
			const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
			if (period === "week") return iso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000));
			if (period === "month") return iso(new Date(Date.UTC(y, m, 1)));
			if (period === "quarter") return iso(new Date(Date.UTC(y, m - (m % 3), 1)));
			return iso(new Date(Date.UTC(y, 0, 1)));
		};
		const day = fc.integer({ min: 0, max: 60_000 }).map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
		const period = fc.constantFrom<"week" | "month" | "quarter" | "year">("week", "month", "quarter", "year");
		fc.assert(fc.property(fc.array(fc.tuple(day, period), { minLength: 1, maxLength: 30 }), (asks) => {
			for (const [d, p] of [...asks, ...asks.reverse()]) expect(periodStart(d, p), `${d} ${p}`).toBe(reference(d, p));
		}), { numRuns: 300 });
	});
});

const weekly: Goal = { id: "w", kind: "interactions", period: "week", target: 2 };

describe("progress, pace and streaks", () => {
	it("counts the current period and judges pace by the elapsed share", () => {
		// Thursday 2026-12-03: 4 of 7 days elapsed, so 2 × 4/7 → need 2 (rounded up).
		expect(goalProgress(weekly, ["2026-11-30"], "2026-12-03")).toMatchObject({ periodStart: "2026-11-30", actual: 1, onPace: false });
		expect(goalProgress(weekly, ["2026-11-30"], "2026-11-30")).toMatchObject({ actual: 1, onPace: true }); // Monday: need 1
		expect(goalProgress(weekly, ["2026-12-01", "2026-12-01"], "2026-12-06")).toMatchObject({ actual: 2, onPace: true });
		expect(goalProgress(weekly, ["2026-12-24"], "2026-12-06")).toMatchObject({ actual: 0 }); // future ignored
	});

	it("a streak counts consecutive met periods; the current one adds when met and never breaks it", () => {
		const days = [
			"2026-11-02", "2026-11-03", // week of 11-02: met
			"2026-11-09", "2026-11-10", // met
			"2026-11-16", // missed
			"2026-11-23", "2026-11-24", // met
		];
		expect(goalProgress(weekly, days, "2026-11-30")).toMatchObject({ streak: 1, longestStreak: 2, actual: 0 });
		expect(goalProgress(weekly, [...days, "2026-11-30", "2026-12-01"], "2026-12-01")).toMatchObject({ streak: 2, longestStreak: 2 });
	});

	it("streaks run across year boundaries", () => {
		const monthly: Goal = { id: "m", kind: "new-connections", period: "month", target: 1 };
		const days = ["2026-10-05", "2026-11-11", "2026-12-24", "2027-01-03"];
		expect(goalProgress(monthly, days, "2027-01-20")).toMatchObject({ streak: 4, longestStreak: 4, periodStart: "2027-01-01" });
		const weeklyOne: Goal = { ...weekly, target: 1 };
		expect(goalProgress(weeklyOne, ["2026-12-22", "2026-12-29", "2027-01-05"], "2027-01-06")).toMatchObject({ streak: 3 });
	});

	it("a missed period in the past breaks the streak; longest remembers", () => {
		const yearly: Goal = { id: "y", kind: "events", period: "year", target: 2 };
		const days = ["2022-03-01", "2022-04-01", "2023-05-01", "2023-06-01", "2024-01-01", "2026-02-01", "2026-03-01"];
		expect(goalProgress(yearly, days, "2026-11-30")).toMatchObject({ streak: 1, longestStreak: 2, actual: 2, onPace: true });
	});
});

// Rows that pin each rule where it alone decides (issue 19), with answers worked out by hand.
describe("goal rules at their edges", () => {
	it.each([
		// Every quarter, from each of its months (Q1 to Q4), and the quarter after each.
		["2026-01-15", "2026-01-01", "2026-04-01"], ["2026-02-28", "2026-01-01", "2026-04-01"], ["2026-04-01", "2026-04-01", "2026-07-01"],
		["2026-06-30", "2026-04-01", "2026-07-01"], ["2026-07-01", "2026-07-01", "2026-10-01"], ["2026-09-30", "2026-07-01", "2026-10-01"],
		["2026-10-01", "2026-10-01", "2027-01-01"], ["2026-12-31", "2026-10-01", "2027-01-01"],
	] as const)("%s is in the quarter starting %s; the next starts %s", (day, start, next) => {
		expect(periodStart(day, "quarter")).toBe(start);
		expect(nextPeriod(start, "quarter")).toBe(next);
	});

	it.each([
		["2026-01-31", "month", "2026-02-01"], ["2026-11-01", "month", "2026-12-01"], ["2026-12-31", "month", "2027-01-01"],
		["2026-12-31", "year", "2027-01-01"], ["2026-12-27", "week", "2026-12-28"],
	] as const)("the period of %s (%s) ends the day before %s", (day, period, next) => {
		expect(nextPeriod(periodStart(day, period), period)).toBe(next);
		expect(periodStart(next, period)).toBe(next);
	});

	it("only days up to today count: a later day in the same week is ignored, today is counted", () => {
		// Wednesday 2026-12-02: Monday and today count; Friday of the same week does not, yet.
		expect(goalProgress(weekly, ["2026-11-30", "2026-12-02", "2026-12-04"], "2026-12-02").actual).toBe(2);
		expect(goalProgress(weekly, new Map([["2026-12-02", 3], ["2026-12-03", 5]]), "2026-12-02").actual).toBe(3);
	});

	it("pace: the share of the target the elapsed days call for, rounded up; a met target is always on pace", () => {
		const monthly: Goal = { id: "m", kind: "interactions", period: "month", target: 10 };
		// November has 30 days. On the 15th: 10 × 15/30 = 5 needed; on the 16th: 5.33 → 6.
		expect(goalProgress(monthly, Array(5).fill("2026-11-01"), "2026-11-15").onPace).toBe(true);
		expect(goalProgress(monthly, Array(4).fill("2026-11-01"), "2026-11-15").onPace).toBe(false);
		expect(goalProgress(monthly, Array(5).fill("2026-11-01"), "2026-11-16").onPace).toBe(false);
		expect(goalProgress(monthly, Array(6).fill("2026-11-01"), "2026-11-16").onPace).toBe(true);
		// The last day needs the whole target.
		expect(goalProgress(monthly, Array(9).fill("2026-11-01"), "2026-11-30").onPace).toBe(false);
		expect(goalProgress(monthly, Array(10).fill("2026-11-01"), "2026-11-30")).toMatchObject({ onPace: true, streak: 1 });
	});

	it("days in any order: the streak and the longest run reach back to the earliest period", () => {
		const monthlyOne: Goal = { id: "m", kind: "events", period: "month", target: 1 };
		expect(goalProgress(monthlyOne, ["2026-03-10", "2026-01-10", "2026-02-10"], "2026-03-15")).toMatchObject({ streak: 3, longestStreak: 3 });
		expect(goalProgress(monthlyOne, new Map([["2026-02-10", 1], ["2026-01-10", 1]]), "2026-03-15")).toMatchObject({ streak: 2, longestStreak: 2 });
	});

	it("a streak is met periods back from the last; an empty period in between ends it; longest counts runs, not periods met", () => {
		const monthlyOne: Goal = { id: "m", kind: "events", period: "month", target: 1 };
		// Met: Jan, Feb, Mar, then May, Jun; today is in July, not met yet.
		const days = ["2026-01-10", "2026-02-10", "2026-03-10", "2026-05-10", "2026-06-10"];
		expect(goalProgress(monthlyOne, days, "2026-07-15")).toMatchObject({ actual: 0, streak: 2, longestStreak: 3 });
		// Nothing before: no streak, no longest.
		expect(goalProgress(monthlyOne, [], "2026-07-15")).toMatchObject({ actual: 0, streak: 0, longestStreak: 0, onPace: false });
		// Only the current month met: a streak of one.
		expect(goalProgress(monthlyOne, ["2026-07-01"], "2026-07-15")).toMatchObject({ streak: 1, longestStreak: 1 });
		// Under the target in a past month breaks it, even with something in it.
		const monthlyTwo: Goal = { ...monthlyOne, target: 2 };
		expect(goalProgress(monthlyTwo, ["2026-05-01", "2026-05-02", "2026-06-01", "2026-07-01", "2026-07-02"], "2026-07-15")).toMatchObject({ streak: 1, longestStreak: 1 });
	});
});
