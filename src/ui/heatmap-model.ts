// The contact calendar's grid: weeks × weekdays for the last year, or months × years, with a level per cell.
import { addDays, type Day } from "../core/dates";
import { periodStart } from "../core/goals";
import { HEAT_STEPS } from "../core/constants";

export interface Cell {
	day: Day;
	/** For months: the month ("2026-11"). */
	label: string;
	count: number;
	/** 0 = none (drawn hollow), 1–4 = more and more contact. */
	level: 0 | 1 | 2 | 3 | 4;
	future: boolean;
}

/** The shade of a cell: 0 without contact, then one step past each of `steps` (HEAT_STEPS: days and months differ). */
function level(count: number, steps: readonly number[]): Cell["level"] {
	if (count === 0) return 0;
	let n = 1;
	for (const step of steps) if (count > step) n++;
	return Math.min(n, 4) as Cell["level"];
}

function counts(days: readonly Day[], key: (d: Day) => string): Map<string, number> {
	const out = new Map<string, number>();
	for (const d of days) out.set(key(d), (out.get(key(d)) ?? 0) + 1);
	return out;
}

/** Columns of weeks (Monday first), `weeks` of them ending with the current week. */
export function weekGrid(days: readonly Day[], today: Day, weeks = 53): Cell[][] {
	const byDay = counts(days, (d) => d);
	const start = periodStart(addDays(today, -7 * (weeks - 1)), "week");
	return Array.from({ length: weeks }, (_, w) => Array.from({ length: 7 }, (_, d) => {
		const day = addDays(start, w * 7 + d);
		const count = day > today ? 0 : byDay.get(day) ?? 0;
		return { day, label: day, count, level: level(count, HEAT_STEPS.day), future: day > today };
	}));
}

/** Rows of years (oldest first, at most `years`), twelve months each. */
export function monthGrid(days: readonly Day[], today: Day, years = 5): Cell[][] {
	const byMonth = counts(days.filter((d) => d <= today), (d) => d.slice(0, 7));
	const last = Number(today.slice(0, 4));
	const firstSeen = days.length ? Math.min(...days.filter((d) => d <= today).map((d) => Number(d.slice(0, 4)))) : last;
	const first = Math.max(last - years + 1, Number.isFinite(firstSeen) ? firstSeen : last);
	const rows: Cell[][] = [];
	for (let y = first; y <= last; y++) {
		rows.push(Array.from({ length: 12 }, (_, m) => {
			const label = `${y}-${String(m + 1).padStart(2, "0")}`;
			const count = byMonth.get(label) ?? 0;
			return { day: `${label}-01`, label, count, level: level(count, HEAT_STEPS.month), future: `${label}-01` > today };
		}));
	}
	return rows;
}

export function cellLabel(cell: Cell): string {
	const n = cell.count === 1 ? "1 interaction" : `${cell.count} interactions`;
	return `${cell.label}: ${cell.future ? "ahead" : n}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** For each week column, the month it starts (its short name) or "" when the month is the previous column's. */
export function monthLabels(grid: readonly Cell[][]): string[] {
	let previous = "";
	return grid.map((column) => {
		const month = column[0]?.day.slice(0, 7) ?? "";
		const label = month !== previous ? (MONTHS[Number(month.slice(5, 7)) - 1] ?? "") : "";
		previous = month;
		return label;
	});
}

/** Weekday labels beside the rows (Monday first); every other one, as calendars do to save room. */
export const WEEKDAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", "Sun"];

/** The years beside the month rows. */
export function yearLabels(grid: readonly Cell[][]): string[] {
	return grid.map((row) => row[0]?.label.slice(0, 4) ?? "");
}
