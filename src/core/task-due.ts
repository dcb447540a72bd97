// When a follow-up is due, in the forms people write it: the Tasks plugin's `📅 2026-12-01` (due; else `⏳`
// scheduled, else `🛫` start), Dataview's `[due:: 2026-12-01]`, or a plain date at the very end of the task.
// Dates inside inline code, and dates in the middle of the words, are not due dates.
import { blankCodeSpans } from "./code-spans";
import { type Day, parseDay } from "./dates";
import type { FollowUp } from "./model";

const DATE = "(\\d{4}-\\d{2}-\\d{2})";
/** Compiled once: the Tasks plugin's due, scheduled and start dates, in that order of preference. */
const TASKS_DATES = ["📅", "⏳", "🛫"].map((emoji) => new RegExp(`${emoji}\\uFE0F?\\s*${DATE}`, "u"));
const DATAVIEW_DUE = new RegExp(`[[(]\\s*due\\s*::\\s*${DATE}\\s*[\\])]`, "i");
const DATE_AT_END = new RegExp(`(?:^|\\s)${DATE}(?:\\s+\\^[\\w-]+)?\\s*$`);

function valid(text: string | undefined): Day | null {
	// Stryker disable next-line ConditionalExpression: every caller passes a group that always matched; TypeScript cannot know it.
	if (text === undefined) return null;
	const parsed = parseDay(text);
	return parsed.ok ? parsed.value : null;
}

/** The due date a task's words carry, or null. */
export function taskDue(words: string): Day | null {
	// Most tasks carry no date: nothing to look for without one (speed-only; the patterns below all need a date).
	// Stryker disable next-line ConditionalExpression,Regex: speed-only.
	if (!/\d{4}-\d{2}-\d{2}/.test(words)) return null;
	const text = blankCodeSpans(words);
	for (const pattern of TASKS_DATES) {
		const match = pattern.exec(text);
		if (match) return valid(match[1]);
	}
	const field = DATAVIEW_DUE.exec(text);
	if (field) return valid(field[1]);
	// A date that ends the task (a block id may follow it).
	const end = DATE_AT_END.exec(text);
	return end ? valid(end[1]) : null;
}

export interface DueFollowUp {
	due: Day;
	/** The task's words. */
	text: string;
	path: string;
	line: number;
}

/** The open follow-up due soonest, among those whose words are known and carry a date. */
export function earliestDue(followUps: readonly FollowUp[]): DueFollowUp | null {
	let best: DueFollowUp | null = null;
	for (const f of followUps) {
		if (f.text === null) continue;
		const due = taskDue(f.text);
		if (due !== null && (best === null || due < best.due)) best = { due, text: f.text, path: f.path, line: f.line };
	}
	return best;
}
