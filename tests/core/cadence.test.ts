import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/cadence";

describe("parseCadence", () => {
	it.each([
		[30, 30], ["30", 30], ["10d", 10], ["10 days", 10], ["2w", 14], ["3m", 90], ["1y", 365],
		["weekly", 7], ["biweekly", 14], ["fortnightly", 14], ["monthly", 30], ["quarterly", 91], ["yearly", 365],
		["every 3 weeks", 21], ["every week", 7], ["every other week", 14], ["Every 2 Months", 60],
		["P2W", 14], ["P1M", 30], ["P10D", 10], ["P1Y", 365],
	])("%j → %i days", (input, days) => {
		expect(parseCadence(input)).toEqual({ ok: true, value: { days } });
	});

	it.each(["none", "never", "false", false, "NONE"])("%j means not tracked", (input) => {
		expect(parseCadence(input)).toEqual({ ok: true, value: { days: null } });
	});

	it.each(["sometimes", "", "0", -3, "3 fortnights", ["weekly"], { every: 3 }, "P", 99999])("rejects %j", (input) => {
		expect(parseCadence(input).ok).toBe(false);
	});
});

// Every unit and name, the limits, and the exact words of each refusal (issue 19).
describe("parseCadence: every spelling, every limit", () => {
	it.each([
		["1d", 1], ["1 day", 1], ["3 days", 3], ["1wk", 7], ["2 wks", 14], ["1 week", 7], ["2 weeks", 14],
		["1mo", 30], ["2 mos", 60], ["1 month", 30], ["6 months", 180], ["1q", 91], ["1 quarter", 91], ["2 quarters", 182],
		["1yr", 365], ["2 yrs", 730], ["1 year", 365], ["2 years", 730], ["1.5w", 11], ["2.5", 3], ["2.25", 2], ["10.75 days", 11], ["10D", 10],
		["daily", 1], ["bi-weekly", 14], ["bimonthly", 61], ["bi-monthly", 61], ["half-yearly", 182], ["semiannually", 182],
		["annually", 365], ["annual", 365], ["  Monthly  ", 30],
		["every day", 1], ["every 10 days", 10], ["every other month", 60], ["every quarter", 91], ["every 2 years", 730], ["every other day", 2],
		["P1Y2M", 425], ["P1W3D", 10], ["P0Y0M1D", 1], ["p3w", 21], [3660, 3660], ["10y", 3650], [0.5, 1],
	])("%j → %i days", (input, days) => {
		expect(parseCadence(input)).toEqual({ ok: true, value: { days } });
	});

	it.each(["off", "no", "Never", "FALSE"])("%j means not tracked", (input) => {
		expect(parseCadence(input)).toEqual({ ok: true, value: { days: null } });
	});

	it.each([
		[0, "0 must be more than zero days"],
		["0", "\"0\" must be more than zero days"],
		["0w", "\"0w\" must be more than zero days"],
		["P0D", "\"P0D\" must be more than zero days"],
		[-3, "-3 must be more than zero days"],
		[3661, "3661 is longer than ten years"],
		[0.3, "0.3 is less than a day"],
		["0.4d", "\"0.4d\" is less than a day"],
		["11y", "\"11y\" is longer than ten years"],
		["every 600 weeks", "\"every 600 weeks\" is longer than ten years"],
		[Number.NaN, "null must be more than zero days"],
		["", "is empty"],
		["   ", "is empty"],
		["P", "\"P\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		["3 fortnights", "\"3 fortnights\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		["every fortnight", "\"every fortnight\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		["P2X", "\"P2X\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		["w2", "\"w2\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		[true, "true is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		[null, "null is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		[undefined, "undefined is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
		[["weekly"], "[\"weekly\"] is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
	])("%j: %s", (input, message) => {
		expect(parseCadence(input)).toEqual({ ok: false, message });
	});
});
