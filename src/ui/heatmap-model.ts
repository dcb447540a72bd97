// The contact calendar's grid: weeks × weekdays for the last year, or months × years, with a level per cell.
import { addDays, type Day } from "../core/dates";
import { periodStart } from "../core/goals";

export interface Cell {
	day: Day;
	/** For months: the month ("2026-11"). */
	label: string;
	count: number;
	/** 0 = none (drawn hollow), 1–4 = more and more contact. */
	level: 0 | 1 | 2 | 3 | 4;
	future: boolean;
}

function level(count: number): Cell["level"] {
	return count === 0 ? 0 : count === 1 ? 1 : count === 2 ? 2 : count <= 4 ? 3 : 4;
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
		return { day, label: day, count, level: level(count), future: day > today };
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
			return { day: `${label}-01`, label, count, level: (count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4), future: `${label}-01` > today };
		}));
	}
	return rows;
}

export function cellLabel(cell: Cell): string {
	const n = cell.count === 1 ? "1 interaction" : `${cell.count} interactions`;
	return `${cell.label}: ${cell.future ? "ahead" : n}`;
}
