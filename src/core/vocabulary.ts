// One vocabulary for every surface: the names of the lists and what they hold, the words and tone of a status, where
// a contact was read from, and spans of time written in one unit per line. The CLI report, the sidebar, the
// ```ascent``` block, the status bar and the person card all take their words from here.
import { UPCOMING_DAYS } from "./constants";
import { type Day, daysBetween } from "./dates";
import type { Interaction, PersonView, Status } from "./model";
import { followUpLate } from "./attention";

/** The lists, by the name every surface gives them, and what each holds (said where a list is explained). */
export const LISTS = {
	attention: { name: "Needs attention", short: "Attention", holds: "overdue or a follow-up due, then never contacted, then due soon; most overdue for their cadence first" },
	upcoming: { name: "Upcoming", short: "Upcoming", holds: `due, or with a follow-up due, in the next ${UPCOMING_DAYS} days, soonest first` },
	everyone: { name: "Everyone", short: "All", holds: "everyone, by name" },
	birthdays: { name: "Birthdays", short: "Birthdays", holds: "birthdays, soonest first" },
	drifting: { name: "Drifting", short: "Drifting", holds: "silent well beyond their usual rhythm" },
	reconnect: { name: "Reconnect", short: "Reconnect", holds: "once in touch, silent a year or more; the closest ties and longest silences first" },
	triage: { name: "Triage", short: "Triage", holds: "people with no cadence, tier or contact yet, most mentioned first" },
	problems: { name: "Problems", short: "Problems", holds: "properties Ascent could not read" },
} as const;

/** How a status is written: plainly ("Overdue 3 weeks"), or gently ("Reconnect · it's been 3 months"). */
export type Wording = "plain" | "gentle";

export const STATUS_NAMES: Record<Status, string> = {
	overdue: "Overdue", "due-soon": "Due soon", ok: "Up to date", "never-contacted": "Never contacted",
	snoozed: "Snoozed", paused: "Paused", untracked: "Untracked",
};

/** The order statuses are counted in, in every summary. */
export const STATUS_ORDER: readonly Status[] = ["overdue", "never-contacted", "due-soon", "ok", "snoozed", "paused", "untracked"];

/**
 * The tone of a status, for colour and its second cue: `lapsed` is overdue by more than a whole cadence (or silent
 * far past their rhythm), `overdue`, `soon` (due soon), `new` (never contacted), `calm` for everyone else.
 */
export type Tone = "lapsed" | "overdue" | "soon" | "new" | "calm";

export function toneOf(p: PersonView): Tone {
	if (p.status !== "overdue" && followUpLate(p)) return "overdue";
	switch (p.status) {
		case "overdue":
			return p.drift === "lapsed" || (p.cadenceDays !== null && (p.daysOverdue ?? 0) >= p.cadenceDays) ? "lapsed" : "overdue";
		case "due-soon":
			return "soon";
		case "never-contacted":
			return "new";
		default:
			return "calm";
	}
}

/** A glyph for each tone: the cue that is not colour (shapes differ, so they read in any theme and in greyscale). */
export const TONE_MARK: Record<Tone, string> = { lapsed: "▲", overdue: "●", soon: "◐", new: "○", calm: "·" };

export type Unit = "day" | "week" | "month" | "year";
const UNIT_DAYS: Record<Unit, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** The unit a span is best said in: days under two weeks, weeks under two months, months under two years. */
export function unitFor(days: number): Unit {
	const n = Math.abs(days);
	return n < 14 ? "day" : n < 60 ? "week" : n < 730 ? "month" : "year";
}

/** A span in a given unit: "3 weeks", "1 month"; "under a month" where it rounds to nothing. */
export function spanIn(days: number, unit: Unit): string {
	const n = Math.round(Math.abs(days) / UNIT_DAYS[unit]);
	if (n === 0) return days === 0 && unit === "day" ? "0 days" : `under a ${unit}`;
	return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "today", "1 day", "12 days", "3 weeks", "5 months", "2 years". */
export function humanSpan(days: number): string {
	return days === 0 ? "today" : spanIn(days, unitFor(days));
}

/** The unit for every span of one line: the largest span decides, so no line says "23 months · 2 years". */
export function lineUnit(...spans: (number | null | undefined)[]): Unit {
	let largest = 0;
	for (const s of spans) if (s !== null && s !== undefined) largest = Math.max(largest, Math.abs(s));
	return unitFor(largest);
}

/** "today", "yesterday", "3 weeks ago"; in `unit` when the line has one. */
export function agoIn(date: Day, today: Day, unit?: Unit): string {
	const days = daysBetween(date, today);
	if (days === 0) return "today";
	if (days === 1 && (unit === undefined || unit === "day")) return "yesterday";
	return `${spanIn(days, unit ?? unitFor(days))} ago`;
}

/** Where a last contact was read from, said the same way everywhere. */
export function sourceWords(i: Interaction): string {
	if (i.source === "property") return "from the property";
	if (i.source === "log") return "from the log";
	const name = i.path.slice(i.path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	return /^\d{4}-?\d{2}-?\d{2}$/.test(name) ? "from a daily note" : i.kind === "event" ? "from an event note" : "from a note";
}

/** The spans a person's line shows: how late (or early), and how long since the last contact. */
function lineSpans(p: PersonView, today: Day): { unit: Unit; since: number | null } {
	const since = p.lastContact ? daysBetween(p.lastContact.date, today) : null;
	// Only a status that says how late or early shares its unit with the last contact ("Next by <date>" says none).
	const shown = p.status === "overdue" || p.status === "due-soon" ? p.daysOverdue : null;
	return { unit: lineUnit(shown, since), since };
}

/** A status in words, as a badge says it: "Overdue 3 weeks", "Due in 4 days", "Reconnect · it's been 3 months". */
export function statusWords(p: PersonView, today: Day, wording: Wording = "plain"): string {
	const { unit, since } = lineSpans(p, today);
	// A follow-up that is due is the reason, unless the person is overdue or new anyway.
	if (followUpLate(p) && p.status !== "overdue" && p.status !== "never-contacted") {
		const late = p.followUpDue?.daysLate ?? 0;
		return late === 0 ? "Follow-up due today" : `Follow-up ${spanIn(late, unitFor(late))} late`;
	}
	switch (p.status) {
		case "overdue":
			if (wording === "gentle") return since === null ? "Reconnect" : `Reconnect · it's been ${spanIn(since, unit)}`;
			return `Overdue ${spanIn(p.daysOverdue ?? 0, unit)}`;
		case "due-soon":
			if (p.daysOverdue === 0) return wording === "gentle" ? "Good day to reach out" : "Due today";
			return wording === "gentle" ? `Reach out within ${spanIn(-(p.daysOverdue ?? 0), unit)}` : `Due in ${spanIn(-(p.daysOverdue ?? 0), unit)}`;
		case "never-contacted":
			return wording === "gentle" ? "Say hello" : "Never contacted";
		case "snoozed":
			return `Snoozed until ${p.snoozeUntil ?? ""}`;
		case "ok":
			return p.due ? `Next by ${p.due}` : "Up to date";
		default:
			return STATUS_NAMES[p.status];
	}
}

/** What a due follow-up asks: "follow-up due: send the deck". */
export function followUpWords(p: PersonView): string | null {
	if (!followUpLate(p) || !p.followUpDue) return null;
	return `follow-up due: ${taskWords(p.followUpDue.text)}`;
}

/** A task's words without its date markers (`📅 2026-12-01`, `[due:: 2026-12-01]`), as a list shows them beside the date. */
export function taskWords(text: string): string {
	return text.replace(/\s*(📅|⏳|🛫)\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu, "").replace(/\s*[[(]\s*due\s*::[^\])]*[\])]/gi, "").trim();
}

/** When a follow-up is due: "due today", "due in 3 days", "3 days late". */
export function dueWords(due: Day, today: Day): string {
	const days = daysBetween(today, due);
	return days === 0 ? "due today" : days > 0 ? `due in ${humanSpan(days)}` : `${humanSpan(-days)} late`;
}

/** When the last contact was: "2 weeks ago", in the unit of the status beside it. */
export function lastContactWords(p: PersonView, today: Day): string {
	if (!p.lastContact) return "no contact yet";
	return agoIn(p.lastContact.date, today, lineSpans(p, today).unit);
}

/** How often a person is due, and where that came from: "every 30 days (close)", "every 90 days (default)". */
export function cadenceWords(p: PersonView): string | null {
	if (p.cadenceDays === null) return null;
	const from = p.cadenceFrom === "tier" ? ` (${p.tier ?? "tier"})` : p.cadenceFrom === "default" ? " (default)" : "";
	return `every ${p.cadenceDays} days${from}`;
}

/** Why a drifting person is listed: "usually every 2 weeks, silent 7 weeks". */
export function driftWords(p: PersonView, today: Day): string | null {
	if (p.rhythmDays === null || !p.lastContact) return null;
	const silence = daysBetween(p.lastContact.date, today);
	const unit = lineUnit(p.rhythmDays, silence);
	return `usually every ${spanIn(p.rhythmDays, unit).replace(/^1 /, "")}, silent ${spanIn(silence, unit)}`;
}

/** "25 people: 9 overdue, 2 never contacted, …" in STATUS_ORDER, statuses nobody has left out. */
export function statusSummary(people: readonly PersonView[]): string {
	const counts = new Map<Status, number>();
	for (const p of people) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
	const parts = STATUS_ORDER.filter((s) => counts.has(s)).map((s) => `${counts.get(s) ?? 0} ${STATUS_NAMES[s].toLowerCase()}`);
	return `${people.length} ${people.length === 1 ? "person" : "people"}: ${parts.join(", ")}`;
}

/** The status bar: the same count, under the same name, as the sidebar's first tab. */
export function statusBarWords(count: number): string {
	return count === 0 ? "" : `${count} need${count === 1 ? "s" : ""} attention`;
}
