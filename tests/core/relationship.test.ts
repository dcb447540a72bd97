import fc from "fast-check";
import { networkHealth } from "../../src/core/health-trend";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates";
import type { Interaction } from "../../src/core/model";
import { listMentions } from "../../src/core/mentions";
import { drift, health } from "../../src/core/relationship";
import type { PeopleIndex } from "../../src/core/people-index";
import { buildIndex, readExampleVault } from "../helpers";

const on = (...days: string[]): Interaction[] => days.map((date) => ({ date, source: "log", path: "p", kind: "other" }));
const every = (from: string, step: number, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i * step));

describe("health", () => {
	it.each([
		["2026-11-30", 30, 100],
		["2026-10-31", 30, 50], // due today
		["2026-10-01", 30, 25],
		[null, 30, 0],
	] as const)("last %s, every %i days → %i", (last, cadence, value) => {
		expect(health(last, cadence, "2026-11-30")).toBeCloseTo(value, 5);
	});
	it("is undefined for untracked people", () => {
		expect(health("2026-11-30", null, "2026-11-30")).toBeNull();
	});
});

describe("drift", () => {
	it("daily contacts after a quiet weekend: not drifting", () => {
		const weekdays = every("2026-10-05", 1, 54).filter((d) => ![5, 6].includes((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7));
		expect(drift(on(...weekdays.filter((d) => d <= "2026-11-27")), "2026-11-30").kind).toBe("none");
	});
	it("a burst of daily contact in one week is not a rhythm", () => {
		expect(drift(on(...every("2026-09-01", 1, 6)), "2026-11-30")).toMatchObject({ kind: "no-rhythm", silenceDays: 85 });
	});
	it("a weekly rhythm silent for five weeks is drifting", () => {
		expect(drift(on(...every("2026-06-01", 7, 16)), "2026-10-20")).toMatchObject({ kind: "drifting", rhythmDays: 7 });
	});
	it("a rhythm that stopped months ago has lapsed, not drifted", () => {
		expect(drift(on(...every("2026-01-05", 7, 10)), "2026-11-30")).toMatchObject({ kind: "lapsed" });
	});
	it("within the rhythm: none; a single long holiday does not move the median", () => {
		expect(drift(on(...every("2026-08-01", 14, 8)), "2026-11-25").kind).toBe("none");
		expect(drift(on("2026-06-01", "2026-06-15", "2026-06-29", "2026-09-20", "2026-10-04", "2026-10-18"), "2026-11-20")).toMatchObject({ kind: "drifting", rhythmDays: 14, silenceDays: 33 });
	});
});

/** The reference for the trend: each week's mean of every person's own view's health on that week's day (`weeks`, ending `today`). */
function viewMeans(index: PeopleIndex, today: string, weeks: number): (number | null)[] {
	return Array.from({ length: weeks }, (_, w) => {
		const at = addDays(today, -7 * (weeks - 1 - w));
		const values = index.personPaths().map((p) => index.person(p, at)?.health).filter((h): h is number => typeof h === "number");
		return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
	});
}

describe("network health over time", () => {
	it("each week's figure is the mean health of every person's own view on that day", () => {
		const index = buildIndex(readExampleVault());
		const { trend } = networkHealth(index, "2026-11-30", 6);
		expect(trend).toEqual(viewMeans(index, "2026-11-30", 6));
		expect(trend.filter((v) => v !== null).length).toBe(6);
	});

	it("so for more people than the trend first makes room for (1,500)", () => {
		const notes: Record<string, string> = {};
		for (let i = 0; i < 1500; i++) {
			const last = addDays("2026-11-30", -((i * 37) % 200));
			notes[`People/P${i}.md`] = `---\n${i % 5 === 0 ? "paused: true\n" : ""}cadence: ${7 + (i % 4) * 23}\nlast-contact: ${last}\n---\n`;
		}
		const index = buildIndex(notes);
		const { trend } = networkHealth(index, "2026-11-30");
		expect(trend).toEqual(viewMeans(index, "2026-11-30", trend.length));
		expect(new Set(trend).size).toBeGreaterThan(6);
	});

	it("so for any contact histories: contacts on a week's very day, after today, before every week, several a week", () => {
		const TODAY = "2026-11-30";
		// Days around the trend's twelve weeks: on a week's day, a day either side, long before, after today.
		const day = fc.oneof(fc.integer({ min: -100, max: 12 }).map((d) => addDays(TODAY, d)), fc.integer({ min: 0, max: 11 }).chain((w) => fc.constantFrom(-1, 0, 1).map((d) => addDays(TODAY, -7 * w + d))));
		const person = fc.record({
			cadence: fc.constantFrom("", "cadence: 7\n", "cadence: 30\n", "tier: inner-circle\n", "paused: true\ncadence: 7\n"),
			last: fc.option(day, { nil: undefined }),
			logs: fc.array(day, { maxLength: 4 }),
			daily: fc.array(day, { maxLength: 4 }),
		});
		fc.assert(fc.property(fc.array(person, { minLength: 1, maxLength: 4 }), (people) => {
			const notes: Record<string, string> = {};
			people.forEach((p, i) => {
				const front = `${p.cadence}${p.last ? `last-contact: ${p.last}\n` : ""}`;
				notes[`People/P${i}.md`] = `---\n${front}---\n\n## Interactions\n\n${p.logs.map((d) => `- ${d} call #call`).join("\n")}\n`;
				for (const d of p.daily) notes[`Daily/${d}.md`] = `${notes[`Daily/${d}.md`] ?? ""}met [[P${i}]]\n`;
			});
			const index = buildIndex(notes);
			const { trend, value } = networkHealth(index, TODAY);
			const expected = viewMeans(index, TODAY, trend.length);
			expect(trend).toEqual(expected);
			expect(value).toBe(expected.at(-1));
		}), { numRuns: 300 });
	});
});

// The drift rules as a table, each answer worked out by hand from the rule, with rhythms where 2× and +7 days differ.
describe("drift at its thresholds", () => {
	const TODAY = "2026-11-30";
	/** `count` contact days `step` apart, the last one `silence` days before today. */
	const rhythm = (step: number, count: number, silence: number) => every(addDays(TODAY, -silence - step * (count - 1)), step, count);
	it.each([
		// every 3 days: drifting after max(2×3, 3+7) = 10 silent days; the +7 rule decides.
		[3, 12, 10, "none"], [3, 12, 11, "drifting"],
		// every 20 days: drifting after max(40, 27) = 40; the 2× rule decides. Lapsed after max(4×20, 90) = 90.
		[20, 6, 40, "none"], [20, 6, 41, "drifting"], [20, 6, 90, "drifting"], [20, 6, 91, "lapsed"],
		// every 30 days: lapsed after max(120, 90) = 120; the 4× rule decides.
		[30, 5, 60, "none"], [30, 5, 61, "drifting"], [30, 5, 120, "drifting"], [30, 5, 121, "lapsed"],
	] as const)("every %i days (%i contacts), silent %i days: %s", (step, count, silence, kind) => {
		expect(drift(on(...rhythm(step, count, silence)), TODAY)).toEqual({ kind, rhythmDays: step, silenceDays: silence });
	});

	it("a contact every day of the year, and every day twice (more days than drift first makes room for): a daily rhythm, not silent", () => {
		const days = every(addDays(TODAY, -364), 1, 365);
		expect(drift(on(...days, ...days), TODAY)).toEqual({ kind: "none", rhythmDays: 1, silenceDays: 0 });
		// The same days as mentions (after 5,000 of the first day: more than any drift before made room for), or split
		// between log lines and mentions.
		expect(drift([], TODAY, listMentions(on(...Array<string>(5000).fill(days[0] as string), ...days)))).toEqual({ kind: "none", rhythmDays: 1, silenceDays: 0 });
		expect(drift(on(...days.slice(0, 100)), TODAY, listMentions(on(...days.slice(100), ...days)))).toEqual({ kind: "none", rhythmDays: 1, silenceDays: 0 });
		expect(drift(on(...rhythm(2, 3, 0)), TODAY)).toEqual({ kind: "no-rhythm", rhythmDays: null, silenceDays: 0 });
	});

	it("a rhythm needs 4 contact days spread over 28 days: 3 days, or 27 days of spread, are not one", () => {
		expect(drift(on(...every("2026-10-01", 10, 4)), TODAY)).toEqual({ kind: "drifting", rhythmDays: 10, silenceDays: 30 });
		expect(drift(on(...every("2026-10-01", 14, 3)), TODAY)).toEqual({ kind: "no-rhythm", rhythmDays: null, silenceDays: 32 });
		// 4 days spanning exactly 28 days, then 27.
		expect(drift(on("2026-11-01", "2026-11-10", "2026-11-20", "2026-11-29"), TODAY)).toMatchObject({ kind: "none", rhythmDays: 9 });
		expect(drift(on("2026-11-02", "2026-11-10", "2026-11-20", "2026-11-29"), TODAY).kind).toBe("no-rhythm");
	});

	it("the rhythm is the median gap; with an even number of gaps, the mean of the middle two", () => {
		// gaps 7, 7, 21, 21 → (7 + 21) / 2 = 14
		expect(drift(on("2026-09-01", "2026-09-08", "2026-09-15", "2026-10-06", "2026-10-27"), TODAY)).toEqual({ kind: "drifting", rhythmDays: 14, silenceDays: 34 });
		// gaps 5, 6, 30 → 6
		expect(drift(on("2026-10-01", "2026-10-06", "2026-10-12", "2026-11-11"), TODAY)).toEqual({ kind: "drifting", rhythmDays: 6, silenceDays: 19 });
	});

	it("days in any order, one day from two sources, a day in the future and one older than a year do not change the answer", () => {
		const days = rhythm(20, 6, 41);
		const expected = { kind: "drifting", rhythmDays: 20, silenceDays: 41 };
		expect(drift(on(...[...days].reverse()), TODAY)).toEqual(expected);
		const twice = [...on(...days), ...days.map((date): Interaction => ({ date, source: "dated-note", path: `Daily/${date}.md`, kind: "mention" }))];
		expect(drift(twice, TODAY)).toEqual(expected);
		expect(drift(on(...days, "2026-12-05"), TODAY)).toEqual(expected);
		// 366 days ago is outside the year; 365 days ago is inside it (it would make the first gap 365 − 141 = 224 days).
		expect(drift(on(...days, addDays(TODAY, -366)), TODAY)).toEqual(expected);
		expect(drift(on(...days, addDays(TODAY, -365)), TODAY)).toEqual({ kind: "drifting", rhythmDays: 20, silenceDays: 41 });
		expect(drift(on(...days.slice(1), addDays(TODAY, -365)), TODAY)).toEqual({ kind: "drifting", rhythmDays: 20, silenceDays: 41 });
	});

	it("the year's window to the day: a fourth contact day 365 days ago makes a rhythm, one 366 days ago does not; today counts", () => {
		const recent = [addDays(TODAY, -100), addDays(TODAY, -80), addDays(TODAY, -60)];
		expect(drift(on(addDays(TODAY, -365), ...recent), TODAY)).toEqual({ kind: "drifting", rhythmDays: 20, silenceDays: 60 });
		expect(drift(on(addDays(TODAY, -366), ...recent), TODAY)).toEqual({ kind: "no-rhythm", rhythmDays: null, silenceDays: 60 });
		expect(drift(on(...every(addDays(TODAY, -60), 20, 4)), TODAY)).toEqual({ kind: "none", rhythmDays: 20, silenceDays: 0 });
	});

	it("no contact at all: no rhythm and no silence", () => {
		expect(drift([], TODAY)).toEqual({ kind: "no-rhythm", rhythmDays: null, silenceDays: null });
	});

	it("health: 100 on the day, 50 at the cadence, 25 at twice; a contact dated after today counts as today; no cadence, no health", () => {
		expect(health("2026-11-20", 10, TODAY)).toBeCloseTo(50, 6);
		expect(health("2026-11-10", 10, TODAY)).toBeCloseTo(25, 6);
		expect(health("2026-12-10", 10, TODAY)).toBe(100);
		expect(health("2026-11-30", 0, TODAY)).toBeNull();
		expect(health("2026-11-30", -5, TODAY)).toBeNull();
	});
});

describe("drift from a person's log lines and their mentions, in two lists", () => {
	it("is the drift of the two joined, however the days are split between them (the window's edges included)", () => {
		const today = "2026-11-30";
		// Days around the window's two edges (a year back, today) and anywhere in it, before it and after today.
		const offset = fc.oneof(fc.constantFrom(-366, -365, -364, -1, 0, 1), fc.integer({ min: -500, max: 30 }));
		const day = offset.map((n) => ({ date: addDays(today, n), source: "log" as const, path: "p", kind: "other" as const }));
		fc.assert(fc.property(fc.array(fc.tuple(day, fc.boolean()), { maxLength: 40 }), (days) => {
			const all: Interaction[] = days.map(([i]) => i);
			const logs = days.filter(([, own]) => own).map(([i]) => i);
			const mentions = days.filter(([, own]) => !own).map(([i]) => i);
			expect(drift(logs, today, listMentions(mentions))).toEqual(drift(all, today));
			expect(drift(mentions, today, listMentions(logs))).toEqual(drift(all, today));
		}), { numRuns: 400 });
	});
});

