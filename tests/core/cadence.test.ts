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
