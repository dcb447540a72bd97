// Recognises daily notes by folder and moment-style filename format ("YYYY/MM/YYYY-MM-DD").
import { type Day, isValidYmd, ymd } from "./dates";
import { isInFolder } from "./paths";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|mo|tu|we|th|fr|sa|su)";

type Slot = "year" | "year2" | "month" | "monthName" | "day";

/** Each token of a moment format: its pattern, and what its capture holds (null: the pattern captures nothing). */
const TOKENS: [string, string, Slot | null][] = [
	["YYYY", "(\\d{4})", "year"],
	["YY", "(\\d{2})", "year2"],
	["MMMM", "([a-z]+)", "monthName"],
	["MMM", "([a-z]{3})", "monthName"],
	["MM", "(\\d{2})", "month"],
	["M", "(\\d{1,2})", "month"],
	["DDDD", "\\d{3}", null],
	["Do", "(\\d{1,2})(?:st|nd|rd|th)", "day"],
	["DD", "(\\d{2})", "day"],
	["D", "(\\d{1,2})", "day"],
	["dddd", WEEKDAYS, null],
	["ddd", WEEKDAYS, null],
	["dd", WEEKDAYS, null],
	["gggg", "\\d{4}", null],
	["ww", "\\d{2}", null],
	["Q", "\\d", null],
];

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export interface DailyNoteFormat {
	folder: string;
	format: string;
}

/**
 * Builds a function that reads the date from a daily note's path, or returns null for any other note. A format
 * without a folder in it also finds notes filed in subfolders of the daily folder (`Journal/2026/11/2026-11-30.md`
 * for `YYYY-MM-DD` in `Journal`), as the daily-notes library of the Calendar plugin does; with no folder, anywhere.
 */
export function dailyNoteMatcher({ folder, format }: DailyNoteFormat): (path: string) => Day | null {
	const read = formatReader(format, false);
	if (read === null) return () => null;
	const base = folder.replace(/^\/+|\/+$/g, "");
	const nested = !format.includes("/");
	return (path: string) => {
		if (!path.toLowerCase().endsWith(".md") || !isInFolder(path, base)) return null;
		const rel = (base === "" ? path : path.slice(base.length + 1)).slice(0, -3);
		const day = read(rel);
		if (day !== null || !nested) return day;
		const slash = rel.lastIndexOf("/");
		// Stryker disable next-line ConditionalExpression,UnaryOperator: speed-only; without a slash the name was just read.
		return slash === -1 ? null : read(rel.slice(slash + 1));
	};
}

const ISO_START = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const COMPACT_START = /^(\d{4})(\d{2})(\d{2})(?!\d)/;

/**
 * The day a file name starts with, wherever the note lives, as Dataview's `file.day` reads it: `2023-09-12 Meeting
 * with Ann`, `2026-11-30`, `20260301 MoM`, or a name that starts with the daily-notes format (`30.11.2026 Standup`
 * for `DD.MM.YYYY`). Null for any other name.
 */
export function fileNameDayReader(format: string): (path: string) => Day | null {
	const prefix = format.includes("/") ? null : formatReader(format, true);
	return (path: string) => {
		if (!path.toLowerCase().endsWith(".md")) return null;
		const name = path.slice(path.lastIndexOf("/") + 1, -3);
		const first = name.charCodeAt(0);
		// Stryker disable next-line all: speed-only; without a digit first and without the daily format, nothing below matches.
		if (!(first >= 48 && first <= 57) && prefix === null) return null;
		const match = ISO_START.exec(name) ?? COMPACT_START.exec(name);
		if (match) {
			const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
			if (isValidYmd(y, m, d)) return ymd(y, m, d);
		}
		return prefix === null ? null : prefix(name);
	};
}

/** Reads a date from text written in a moment-style format (all of it, or only its start when `prefix`). */
function formatReader(format: string, prefix: boolean): ((text: string) => Day | null) | null {
	const slots: Slot[] = [];
	let pattern = "";
	let i = 0;
	const fmt = format.trim() === "" ? "YYYY-MM-DD" : format.trim();
	// Stryker disable next-line EqualityOperator: one step past the end adds an empty literal.
	while (i < fmt.length) {
		if (fmt[i] === "[") {
			const end = fmt.indexOf("]", i);
			const literal = end === -1 ? fmt.slice(i + 1) : fmt.slice(i + 1, end);
			pattern += escapeRegex(literal);
			i = end === -1 ? fmt.length : end + 1;
			continue;
		}
		const token = TOKENS.find(([t]) => fmt.startsWith(t, i));
		if (token) {
			pattern += token[1];
			// Only a token that captures has a slot: a weekday before the date (`dddd, MMMM D`) must not shift the others.
			if (token[2] !== null) slots.push(token[2]);
			i += token[0].length;
		} else {
			pattern += escapeRegex(fmt[i] ?? "");
			i += 1;
		}
	}
	if (!slots.includes("day")) return null;
	// As a prefix, the date must end where a word ends: `2026-11-30 Standup`, not `2026-11-301`.
	const regex = new RegExp(`^${pattern}${prefix ? "(?![\\p{L}\\p{N}])" : "$"}`, "iu");
	return (text: string) => {
		const match = regex.exec(text);
		if (!match) return null;
		let year = NaN;
		let month = NaN;
		let day = NaN;
		slots.forEach((slot, k) => {
			const value = match[k + 1] ?? "";
			if (slot === "year") year = Number(value);
			else if (slot === "year2") year = 2000 + Number(value);
			else if (slot === "month") month = Number(value);
			else if (slot === "monthName") month = MONTHS.findIndex((m) => m.startsWith(value.toLowerCase())) + 1;
			else if (slot === "day") day = Number(value);
		});
		return isValidYmd(year, month, day) ? ymd(year, month, day) : null;
	};
}

interface DailyNotesConfig {
	folder?: unknown;
	format?: unknown;
}

/**
 * Which daily notes to read: Ascent's own settings win, then Periodic Notes (when its daily notes are on), then the
 * Daily notes core plugin, then Obsidian's defaults (vault root, YYYY-MM-DD).
 */
export function chooseDailyNotes(
	own: { folder: string; format: string },
	core: DailyNotesConfig | undefined,
	periodic: { daily?: DailyNotesConfig & { enabled?: unknown } } | undefined,
): DailyNoteFormat {
	const source = periodic?.daily?.enabled === true ? periodic.daily : core;
	const folder = own.folder || (typeof source?.folder === "string" ? source.folder : "");
	const format = own.format || (typeof source?.format === "string" ? source.format : "");
	return { folder, format: format || "YYYY-MM-DD" };
}
