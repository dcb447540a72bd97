import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayFromDate, dayNumber, daysBetween, fromDayNumber, isValidYmd, nextBirthday, parseBirthday, parseDay } from "../../src/core/dates";

describe("parseDay accepts every spelling a note uses", () => {
	it.each([
		["2026-11-20", "2026-11-20"],
		["2026-1-5", "2026-01-05"],
		["  2026-11-20 ", "2026-11-20"],
		["[[2026-11-20]]", "2026-11-20"],
		["[[2026-11-20|Friday]]", "2026-11-20"],
		["2026-11-20T09:30", "2026-11-20"],
		["2026-11-20T09:30:00", "2026-11-20"],
		["2026-11-20 23:59", "2026-11-20"],
	])("%s → %s", (input, expected) => {
		expect(parseDay(input)).toEqual({ ok: true, value: expected });
	});

	it("keeps the calendar day of a YAML date (UTC midnight), whatever the time zone", () => {
		expect(parseDay(new Date(Date.UTC(2026, 10, 20)))).toEqual({ ok: true, value: "2026-11-20" });
		expect(dayFromDate(new Date(Date.UTC(2026, 0, 1)))).toBe("2026-01-01");
	});

	it("reads an instant with an offset as the local calendar day", () => {
		const instant = new Date("2026-11-20T12:00:00Z");
		const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, "0")}-${String(instant.getDate()).padStart(2, "0")}`;
		expect(parseDay("2026-11-20T12:00:00Z")).toEqual({ ok: true, value: local });
	});

	it.each([
		["2026-13-45", /not a real calendar date/],
		["2026-02-30", /not a real calendar date/],
		["next tuesday", /not a date/],
		["", /empty/],
		[20261120, /is a number/],
		[["2026-11-20"], /is a list/],
		[{ a: 1 }, /not a date/],
		[null, /not a date/],
	])("rejects %j with a message", (input, message) => {
		const result = parseDay(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});

describe("day arithmetic", () => {
	it("crosses months, years and leap days", () => {
		expect(addDays("2026-12-25", 10)).toBe("2027-01-04");
		expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
		expect(daysBetween("2026-11-01", "2026-11-30")).toBe(29);
		expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across a DST change in Europe
	});
});

describe("day numbers agree with the calendar of Date", () => {
	it("every day from 1600 to 2400 round-trips and matches Date.UTC (leap years, centuries, 400-year rule)", () => {
		const start = Date.UTC(1600, 0, 1) / 86_400_000;
		const end = Date.UTC(2400, 11, 31) / 86_400_000;
		const mismatches: string[] = [];
		for (let n = start; n <= end; n++) {
			const date = new Date(n * 86_400_000);
			const day = date.toISOString().slice(0, 10);
			if (fromDayNumber(n) !== day || dayNumber(day) !== n) mismatches.push(day);
		}
		expect(mismatches).toEqual([]);
		expect(dayNumber("2026-11-30")).toBe(20_787);
		expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
		expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
	});
});

describe("birthdays", () => {
	it.each([
		["12-03", "12-03", null],
		["--12-03", "12-03", null],
		["1991-12-03", "12-03", 1991],
		["2-9", "02-09", null],
	])("%s → %s", (input, monthDay, year) => {
		expect(parseBirthday(input)).toEqual({ ok: true, value: { monthDay, year } });
	});
	it("rejects an impossible day", () => {
		expect(parseBirthday("02-30").ok).toBe(false);
	});
	it("finds the next occurrence, this year or next, and keeps 29 February on the 28th", () => {
		expect(nextBirthday("12-03", "2026-11-30")).toBe("2026-12-03");
		expect(nextBirthday("11-30", "2026-11-30")).toBe("2026-11-30");
		expect(nextBirthday("01-02", "2026-11-30")).toBe("2027-01-02");
		expect(nextBirthday("02-29", "2027-01-10")).toBe("2027-02-28");
	});
});

// Every accepted spelling and the near misses that must be refused, with the exact words a user reads (issue 19).
describe("dates: spellings and near misses", () => {
	it.each([
		["[[2026-11-20#Evening]]", "2026-11-20"], ["[[ 2026-11-20 ]]", "2026-11-20"], ["2026-11-20T09:30:00.250", "2026-11-20"],
		["2026-11-20 00:00", "2026-11-20"], ["2026-11-20t09:30", "2026-11-20"], ["2028-02-29", "2028-02-29"], ["0999-01-01", "0999-01-01"],
	])("%s → %s", (input, expected) => {
		expect(parseDay(input)).toEqual({ ok: true, value: expected });
	});

	it.each([
		["2026-02-30", "\"2026-02-30\" is not a real calendar date"],
		["2027-02-29", "\"2027-02-29\" is not a real calendar date"],
		["2026-00-10", "\"2026-00-10\" is not a real calendar date"],
		["2026-11-00", "\"2026-11-00\" is not a real calendar date"],
		["2026-11-20T24:00", "\"2026-11-20T24:00\" is not a real date and time"],
		["2026-11-20T23:60", "\"2026-11-20T23:60\" is not a real date and time"],
		["2026-02-30T10:00", "\"2026-02-30T10:00\" is not a real date and time"],
		["2026-11-20T9:30", "\"2026-11-20T9:30\" is not a date; write it as YYYY-MM-DD"],
		["20261120", "\"20261120\" is not a date; write it as YYYY-MM-DD"],
		["2026/11/20", "\"2026/11/20\" is not a date; write it as YYYY-MM-DD"],
		["26-11-20", "\"26-11-20\" is not a date; write it as YYYY-MM-DD"],
		["2026-11-20 is when", "\"2026-11-20 is when\" is not a date; write it as YYYY-MM-DD"],
		["   ", "is empty"],
		[20261120, "is a number (20261120), not a date; write it as YYYY-MM-DD"],
		[["2026-11-20"], "is a list; expected a single date (YYYY-MM-DD)"],
		[{ a: 1 }, "is {\"a\":1}, not a date; write it as YYYY-MM-DD"],
		[null, "is null, not a date; write it as YYYY-MM-DD"],
		[true, "is true, not a date; write it as YYYY-MM-DD"],
		[new Date(Number.NaN), "is not a valid date"],
	])("%j: %s", (input, message) => {
		expect(parseDay(input)).toEqual({ ok: false, message });
	});

	it.each([
		["--2-29", "02-29", null], ["1992-02-29", "02-29", 1992], ["[[1991-12-03]]", "12-03", 1991], [" 12-03 ", "12-03", null],
	])("birthday %j → %s", (input, monthDay, year) => {
		expect(parseBirthday(input)).toEqual({ ok: true, value: { monthDay, year } });
	});

	it.each([
		["13-01", "\"13-01\" is not a real day of the year"], ["00-10", "\"00-10\" is not a real day of the year"], ["04-31", "\"04-31\" is not a real day of the year"],
		["soon", "\"soon\" is not a date; write it as MM-DD or YYYY-MM-DD"], [1203, "is a number (1203), not a date; write it as MM-DD or YYYY-MM-DD"],
	])("birthday %j: %s", (input, message) => {
		expect(parseBirthday(input)).toEqual({ ok: false, message });
	});

	it("day numbers: the first day is 0, the day before −1; a day spelt without padding; years past 9999", () => {
		expect([dayNumber("1970-01-01"), dayNumber("1969-12-31"), dayNumber("2000-03-01"), dayNumber("2026-1-5")]).toEqual([0, -1, 11017, 20458]);
		expect([fromDayNumber(0), fromDayNumber(-1), fromDayNumber(2_932_896), fromDayNumber(2_932_897)]).toEqual(["1970-01-01", "1969-12-31", "9999-12-31", "10000-01-01"]);
		expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
		expect(daysBetween("2026-11-30", "2026-11-01")).toBe(-29);
	});

	it("the general path (a day spelt without padding) gives the fast path's number for every day from 1600 to 2400, and for years before 100", () => {
		const wrong: string[] = [];
		for (let n = dayNumber("1600-01-01"); n <= dayNumber("2400-12-31"); n++) {
			const day = fromDayNumber(n);
			const [y, m, d] = day.split("-");
			if (dayNumber(`${y}-${Number(m)}-${Number(d)}`) !== n) wrong.push(day);
		}
		expect(wrong).toEqual([]);
		expect([dayNumber("0050-1-1"), dayNumber("0050-01-01"), fromDayNumber(dayNumber("0050-01-01"))]).toEqual([-701265, -701265, "0050-01-01"]);
	});

	it("isValidYmd counts a month's days by arithmetic as Date does, years 100–9999 (leap centuries too) and 0–99 by Date", () => {
		fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
			const byDate = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
			expect(isValidYmd(y, m, d)).toBe(byDate);
		}), { numRuns: 20_000 });
		expect([isValidYmd(1900, 2, 29), isValidYmd(2000, 2, 29), isValidYmd(2100, 2, 29), isValidYmd(2024, 2, 29), isValidYmd(2026, 4, 31)]).toEqual([false, true, false, true, false]);
		// Years 0–99 as Date reads them (1900–1999): 0000-02-29 is no day, 0004-02-29 is; from 100 on, the calendar's own rule.
		expect([isValidYmd(0, 2, 29), isValidYmd(4, 2, 29), isValidYmd(99, 2, 29), isValidYmd(100, 2, 29), isValidYmd(400, 2, 29)]).toEqual([false, true, false, false, true]);
	});

	it("nextBirthday gives the day its month-day next falls on, today included, as the calendar's strings say", () => {
		// The rule as first written: days as text, compared as text.
		const asText = (monthDay: string, today: string): string => {
			const [m, d] = monthDay.split("-").map(Number) as [number, number];
			const on = (y: number) => `${String(y).padStart(4, "0")}-${monthDay.slice(0, 2)}-${String(isValidYmd(y, m, d) ? d : d - 1).padStart(2, "0")}`;
			const year = Number(today.slice(0, 4));
			return on(year) >= today ? on(year) : on(year + 1);
		};
		const monthDay = fc.date({ min: new Date("2000-01-01"), max: new Date("2000-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(5, 10));
		const today = fc.date({ min: new Date("1600-01-01"), max: new Date("2400-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		fc.assert(fc.property(monthDay, today, (md, day) => {
			expect(nextBirthday(md, day), `${md} from ${day}`).toBe(asText(md, day));
		}), { numRuns: 5000 });
	});

	it("parseDay reads YYYY-MM-DD by character as its pattern reads it: texts of that shape with any characters", () => {
		// The rule before the fast path: the pattern, the calendar, and the day written back.
		const byPattern = (text: string): string | null => {
			const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
			if (!m) return null;
			const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
			return isValidYmd(y, mo, d) ? `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
		};
		const char = fc.constantFrom(..."0123456789-/ x٣");
		fc.assert(fc.property(fc.array(char, { minLength: 10, maxLength: 10 }).map((cs) => cs.join("")), fc.date({ min: new Date("0100-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }), fc.integer({ min: 0, max: 9 }), char, (text, date, at, other) => {
			const real = date.toISOString().slice(0, 10);
			// A real day with one character changed (`202/-11-05`, `2026-1x-05`): the near misses a fast path may take.
			const near = `${real.slice(0, at)}${other}${real.slice(at + 1)}`;
			for (const t of [text, real, `${real.slice(0, 8)}3${real.slice(9)}`, near]) {
				const parsed = parseDay(t);
				const expected = byPattern(t);
				// Ten characters without brackets or a time: the pattern is the only rule that can read them.
				expect(parsed, t).toEqual(expected === null ? expect.objectContaining({ ok: false }) : { ok: true, value: expected });
			}
		}), { numRuns: 5000 });
	});

	it("isValidYmd refuses parts that are not whole numbers", () => {
		expect([isValidYmd(2026, 2.5, 10), isValidYmd(2026.5, 1, 1), isValidYmd(2026, 1, 1.5), isValidYmd(2026, 2, 10)]).toEqual([false, false, false, true]);
	});

	it("an instant with an offset, a space before the time, or an offset that cannot be; a birthday with words after it", () => {
		expect(parseDay("2026-11-20 10:00:00Z")).toEqual({ ok: true, value: localDayOf(new Date("2026-11-20T10:00:00Z")) });
		expect(parseDay("2026-11-20T10:00+99:99")).toEqual({ ok: false, message: "\"2026-11-20T10:00+99:99\" is not a real date and time" });
		expect(parseBirthday("12-03 or so").ok).toBe(false);
		expect(nextBirthday("02-29", "2026-03-01")).toBe("2027-02-28");
		expect(nextBirthday("02-29", "2027-03-01")).toBe("2028-02-29");
	});

	// Switching TZ takes effect in a process of its own (vitest's forks), not in a worker thread (Stryker's runner); there
	// tests/core/time-zones.test.ts, which starts fresh processes, holds the same rule.
	it.runIf(tzSwitches())("in another time zone (switched in this process): a YAML date keeps its day, an instant is on its local day", () => {
		const before = process.env.TZ;
		try {
			process.env.TZ = "America/Los_Angeles";
			expect(parseDay(new Date(Date.UTC(2026, 10, 20)))).toEqual({ ok: true, value: "2026-11-20" });
			expect(dayFromDate(new Date(Date.UTC(2026, 10, 20, 2, 0)))).toBe("2026-11-19");
			expect([1, 0, 0, 0].map((h, i) => dayFromDate(new Date(Date.UTC(2026, 10, 20, h, i === 1 ? 1 : 0, i === 2 ? 1 : 0, i === 3 ? 1 : 0))))).toEqual(["2026-11-19", "2026-11-19", "2026-11-19", "2026-11-19"]);
			expect(parseDay("2026-11-20T02:00:00Z")).toEqual({ ok: true, value: "2026-11-19" });
			expect(parseDay("2026-11-20 02:00Z")).toEqual({ ok: true, value: "2026-11-19" });
			process.env.TZ = "Asia/Tokyo";
			expect(parseDay("2026-11-20T23:30:00-08:00")).toEqual({ ok: true, value: "2026-11-21" });
			expect(parseDay(new Date(Date.UTC(2026, 10, 20)))).toEqual({ ok: true, value: "2026-11-20" });
		} finally {
			if (before === undefined) delete process.env.TZ;
			else process.env.TZ = before;
		}
	});

	it("an instant that is not UTC midnight is read on its local day", () => {
		const instant = new Date(2026, 10, 20, 23, 30);
		expect(dayFromDate(instant)).toBe("2026-11-20");
		expect(dayFromDate(new Date(Date.UTC(2026, 10, 20, 0, 0, 1)))).toBe(localDayOf(new Date(Date.UTC(2026, 10, 20, 0, 0, 1))));
		// Only all four parts at zero make a bare date: an hour, a minute, a second or a millisecond past UTC midnight
		// is an instant (west of Greenwich, the day before; tests/core/time-zones.test.ts runs this there too).
		for (const instant of [Date.UTC(2026, 10, 20, 5), Date.UTC(2026, 10, 20, 0, 30), Date.UTC(2026, 10, 20, 0, 0, 30), Date.UTC(2026, 10, 20, 0, 0, 0, 500)]) {
			expect(dayFromDate(new Date(instant))).toBe(localDayOf(new Date(instant)));
		}
	});
});

function tzSwitches(): boolean {
	const before = process.env.TZ;
	process.env.TZ = "Asia/Tokyo";
	const tokyo = new Date(0).getHours();
	if (before === undefined) delete process.env.TZ;
	else process.env.TZ = before;
	return tokyo === 9 && new Date(0).getHours() !== 9;
}

function localDayOf(date: Date): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
