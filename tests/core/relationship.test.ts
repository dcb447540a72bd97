import { networkHealth } from "../../src/core/network";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates";
import type { Interaction } from "../../src/core/model";
import { drift, health } from "../../src/core/relationship";
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

describe("network health over time", () => {
	it("each week's figure is the mean health of every person's own view on that day", () => {
		const index = buildIndex(readExampleVault());
		const { trend } = networkHealth(index, "2026-11-30", 6);
		const expected = [5, 4, 3, 2, 1, 0].map((weeksAgo) => {
			const day = addDays("2026-11-30", -7 * weeksAgo);
			const values = index.personPaths().map((p) => index.person(p, day)?.health).filter((h): h is number => typeof h === "number");
			return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
		});
		expect(trend).toEqual(expected);
		expect(trend.filter((v) => v !== null).length).toBe(6);
	});
});
