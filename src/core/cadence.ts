// How often to be in touch: every spelling of a cadence becomes a number of days, or "not tracked".
import type { Parsed } from "./dates";

/** `days` is null for an explicit "not tracked" (`none`, `never`, `false`). */
export type Cadence = { days: number | null };

const UNIT_DAYS: Record<string, number> = {
	d: 1, day: 1, days: 1,
	w: 7, wk: 7, wks: 7, week: 7, weeks: 7,
	m: 30, mo: 30, mos: 30, month: 30, months: 30,
	q: 91, quarter: 91, quarters: 91,
	y: 365, yr: 365, yrs: 365, year: 365, years: 365,
};

const NAMED: Record<string, number | null> = {
	daily: 1, weekly: 7, biweekly: 14, fortnightly: 14, "bi-weekly": 14,
	monthly: 30, bimonthly: 61, "bi-monthly": 61, quarterly: 91, "half-yearly": 182, semiannually: 182,
	yearly: 365, annually: 365, annual: 365,
	none: null, never: null, false: null, off: null, no: null,
};

const ISO = /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/;
const AMOUNT = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/;
const EVERY = /^every\s+(?:(\d+|other)\s+)?([a-z]+)$/;

function fromDays(days: number, raw: unknown): Parsed<Cadence> {
	if (!Number.isFinite(days) || days <= 0) return { ok: false, message: `${JSON.stringify(raw)} must be more than zero days` };
	if (days > 3660) return { ok: false, message: `${JSON.stringify(raw)} is longer than ten years` };
	// Whole days: 1.5w is 11 days; under half a day is no cadence at all.
	if (Math.round(days) < 1) return { ok: false, message: `${JSON.stringify(raw)} is less than a day` };
	return { ok: true, value: { days: Math.round(days) } };
}

/** Parses a cadence as written in a note or in settings. Never throws. */
export function parseCadence(raw: unknown): Parsed<Cadence> {
	if (raw === false) return { ok: true, value: { days: null } };
	if (typeof raw === "number") return fromDays(raw, raw);
	if (typeof raw !== "string") {
		return { ok: false, message: `${JSON.stringify(raw) ?? String(raw)} is not a cadence; write e.g. 30, 2w, monthly or "every 3 weeks"` };
	}
	const text = raw.trim().toLowerCase();
	if (text === "") return { ok: false, message: "is empty" };
	if (text in NAMED) {
		const days = NAMED[text];
		return days === null || days === undefined ? { ok: true, value: { days: null } } : fromDays(days, raw);
	}
	if (/^\d+(?:\.\d+)?$/.test(text)) return fromDays(Number(text), raw);
	const amount = AMOUNT.exec(text);
	if (amount) {
		// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
		const unit = UNIT_DAYS[amount[2] ?? ""];
		if (unit !== undefined) return fromDays(Number(amount[1]) * unit, raw);
	}
	const iso = ISO.exec(text);
	if (iso && text !== "p") {
		const [y, m, w, d] = [iso[1], iso[2], iso[3], iso[4]].map((v) => Number(v ?? 0));
		return fromDays((y ?? 0) * 365 + (m ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0), raw);
	}
	const every = EVERY.exec(text);
	if (every) {
		// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
		const unit = UNIT_DAYS[every[2] ?? ""];
		const count = every[1] === "other" ? 2 : Number(every[1] ?? 1);
		if (unit !== undefined) return fromDays(count * unit, raw);
	}
	return { ok: false, message: `"${raw}" is not a cadence; write e.g. 30, 2w, monthly or "every 3 weeks"` };
}
