// Calendar days ("YYYY-MM-DD" strings) and the many ways a note may spell one.

/** A calendar day, always written `YYYY-MM-DD`; compares correctly as a string. */
export type Day = string;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
	// Stryker disable next-line all: speed-only: padStart below gives the same text
	if (width === 2 && n >= 0 && n < 100) return n < 10 ? `0${n}` : `${n}`;
	return String(n).padStart(width, "0");
}

export function isValidYmd(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (month < 1 || month > 12 || day < 1) return false;
	// Date.UTC takes years 0–99 as 1900–1999: those few keep its answer (0000-02-29 is no day there).
	// Stryker disable next-line EqualityOperator: the year 100 itself: Date reads it as 100, and gives the arithmetic's answer.
	if (year < 100) return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function ymd(year: number, month: number, day: number): Day {
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 for a calendar day (no time zone is involved). */
export function dayNumber(day: Day): number {
	// The hot path of every ranking: digits read in place for the usual `YYYY-MM-DD`, no split, no Date.
	// Stryker disable all: speed-only: the general path below gives the same number for every day (tests/core/dates.test.ts
	// holds both to Date for every day from 1600 to 2400)
	if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
		const y = digits(day, 0, 4);
		const m = digits(day, 5, 7);
		const d = digits(day, 8, 10);
		if (y >= 0 && m >= 0 && d >= 0) return daysFromCivil(y, m, d);
	}
	// Stryker restore all
	const [y, m, d] = day.split("-").map(Number);
	// setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
	const date = new Date(0);
	date.setUTCFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
	return Math.round(date.getTime() / DAY_MS);
}

// Stryker disable all: speed-only: the fast path's digits; any wrong answer falls back to the general path or is held by
// the every-day test
function digits(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}
// Stryker restore all

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil); m 1–12. */
function daysFromCivil(year: number, m: number, d: number): number {
	const y = m <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/**
 * The last day string made for each of 4,096 day numbers (one slot per number modulo 4,096: eleven years in a row
 * never collide). Everyone's due date and next birthday are made on every new day; on the bench's large vault these
 * held 13,000 strings of their own in the views (0.4 MB), now mostly one each (about 130 KB at most, for good).
 */
const DAY_SLOTS = 4096;
const slotNumbers = new Float64Array(DAY_SLOTS).fill(NaN);
const slotDays: Day[] = new Array<Day>(DAY_SLOTS).fill("");

export function fromDayNumber(n: number): Day {
	// Stryker disable all: speed-only: a slot holds the string this function made for the same number
	const slot = n & (DAY_SLOTS - 1);
	if (slotNumbers[slot] === n) return slotDays[slot] as Day;
	const day = civilDay(n);
	slotNumbers[slot] = n;
	slotDays[slot] = day;
	// Stryker restore all
	return day;
}

function civilDay(n: number): Day {
	// The inverse of daysFromCivil (civil_from_days).
	// Stryker disable all: speed-only: Date gives the same day (the fallback below); the every-day test holds both
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	if (y < 0 || y > 9999) {
		// Stryker restore all
		const date = new Date(n * DAY_MS);
		return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
	}
	return ymd(y, m, d);
}

export function addDays(day: Day, days: number): Day {
	return fromDayNumber(dayNumber(day) + days);
}

/** `b - a` in days. */
export function daysBetween(a: Day, b: Day): number {
	return dayNumber(b) - dayNumber(a);
}

/** The calendar day it is now where the user is (the runtime's local time zone). */
export function localDay(now: Date): Day {
	return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A YAML Date at exactly UTC midnight came from a bare `2026-11-20`: keep that calendar day, whatever the time
 * zone (reading it in local time would make it the 19th west of Greenwich). Any other instant is read in local time.
 */
export function dayFromDate(date: Date): Day | null {
	if (Number.isNaN(date.getTime())) return null;
	if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) {
		return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
	}
	return localDay(date);
}

const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const WIKI = /^\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]$/;

const ZERO = 48;
const digit = (text: string, at: number): number => {
	// Stryker disable next-line ArithmeticOperator: speed-only; no character is a digit then, and the general rule reads the day.
	const c = text.charCodeAt(at) - ZERO;
	// Stryker disable next-line EqualityOperator: speed-only; a digit refused here sends the day to the general rule.
	return c >= 0 && c <= 9 ? c : NaN;
};

/** Whether `text` is a real calendar day written exactly YYYY-MM-DD (as ymd() writes it). */
function canonicalDay(text: string): boolean {
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	// A wrong sum is no whole number (the general rule reads the day), or a year as leap as the right one.
	// Stryker disable next-line ArithmeticOperator: as the line above says.
	const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
	// Stryker disable next-line ArithmeticOperator: as above.
	const m = digit(text, 5) * 10 + digit(text, 6);
	// Stryker disable next-line ArithmeticOperator: as above.
	const d = digit(text, 8) * 10 + digit(text, 9);
	// NaN (a character that is no digit) fails every comparison in isValidYmd.
	return isValidYmd(y, m, d);
}

/** A value that is not text, as a refusal shows it. */
function describe(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

/**
 * Reads a date as notes write it: `2026-11-20`, an ISO date-time, `[[2026-11-20]]`, or a YAML Date. Never throws.
 */
export function parseDay(value: unknown): Parsed<Day> {
	if (value instanceof Date) {
		const day = dayFromDate(value);
		return day ? { ok: true, value: day } : { ok: false, message: "is not a valid date" };
	}
	if (typeof value !== "string") {
		if (typeof value === "number") return { ok: false, message: `is a number (${value}), not a date; write it as YYYY-MM-DD` };
		if (Array.isArray(value)) return { ok: false, message: "is a list; expected a single date (YYYY-MM-DD)" };
		return { ok: false, message: `is ${describe(value)}, not a date; write it as YYYY-MM-DD` };
	}
	let text = value.trim();
	// Most dates are written YYYY-MM-DD: read by character, without a regular expression or a new string (a build
	// reads tens of thousands of them). Anything else, or a day that does not exist, takes the rules below.
	// Stryker disable next-line ConditionalExpression: speed-only; the rules below read a canonical day the same.
	if (canonicalDay(text)) return { ok: true, value: text };
	const wiki = WIKI.exec(text);
	// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
	if (wiki) text = (wiki[1] ?? "").trim();
	const plain = YMD.exec(text);
	if (plain) {
		const [y, m, d] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
		if (!isValidYmd(y, m, d)) return { ok: false, message: `"${value}" is not a real calendar date` };
		return { ok: true, value: ymd(y, m, d) };
	}
	const iso = ISO_DATETIME.exec(text);
	if (iso) {
		const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		if (!isValidYmd(y, m, d) || Number(iso[4]) > 23 || Number(iso[5]) > 59) {
			return { ok: false, message: `"${value}" is not a real date and time` };
		}
		// Without an offset the day is as written (a local time read in local time is on that day anyway).
		// Stryker disable next-line ConditionalExpression: the general path gives the same day, only slower
		if (!iso[7]) return { ok: true, value: ymd(y, m, d) };
		const instant = new Date(text.replace(" ", "T"));
		const day = Number.isNaN(instant.getTime()) ? null : localDay(instant);
		return day ? { ok: true, value: day } : { ok: false, message: `"${value}" is not a real date and time` };
	}
	if (text === "") return { ok: false, message: "is empty" };
	return { ok: false, message: `"${value}" is not a date; write it as YYYY-MM-DD` };
}

/** A birthday: `MM-DD`, `--MM-DD` (vCard), or a full date. Returns `MM-DD` and the year when given. */
export function parseBirthday(value: unknown): Parsed<{ monthDay: string; year: number | null }> {
	if (typeof value === "string") {
		const md = /^(?:--)?(\d{1,2})-(\d{1,2})$/.exec(value.trim());
		if (md) {
			const [m, d] = [Number(md[1]), Number(md[2])];
			if (!isValidYmd(2000, m, d)) return { ok: false, message: `"${value}" is not a real day of the year` };
			return { ok: true, value: { monthDay: `${pad(m)}-${pad(d)}`, year: null } };
		}
	}
	const full = parseDay(value);
	if (!full.ok) return { ok: false, message: `${full.message.replace("write it as YYYY-MM-DD", "write it as MM-DD or YYYY-MM-DD")}` };
	return { ok: true, value: { monthDay: full.value.slice(5), year: Number(full.value.slice(0, 4)) } };
}

/** The next date (today included) on which a `MM-DD` birthday falls; 29 February is kept on the 28th in other years. */
export function nextBirthday(monthDay: string, today: Day): Day {
	const [m = 1, d = 1] = monthDay.split("-").map(Number);
	// As day numbers, and the day's string from fromDayNumber's slots: everyone's next birthday is made on every new
	// day, and people born on the same day share one string (a view keeps it for the day).
	const on = (y: number) => daysFromCivil(y, m, isValidYmd(y, m, d) ? d : d - 1);
	const year = Number(today.slice(0, 4));
	const thisYear = on(year);
	return fromDayNumber(thisYear >= dayNumber(today) ? thisYear : on(year + 1));
}
