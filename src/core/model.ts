// The people model: what Ascent knows about a person, an interaction, and a problem it found.
import type { Day } from "./dates";

export type InteractionSource = "property" | "dated-note" | "log";

export const INTERACTION_KINDS = ["call", "meet", "message", "event", "gave", "asked", "intro", "other"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number] | "mention";

export interface Interaction {
	date: Day;
	source: InteractionSource;
	/** The note it came from (the dated note, or the person's own note). */
	path: string;
	kind: InteractionKind;
	/** For log lines: every kind tag on the line (`#gave #message`), in order; `kind` is the first. */
	kinds?: InteractionKind[];
	/** For log lines: the text after the date. */
	text?: string;
	/** For log lines: the 0-based line in the person's note. */
	line?: number;
}

/** Whether an interaction is of `kind`: any of a log line's kind tags, or a dated note's one kind. */
export function hasKind(i: Interaction, kind: InteractionKind): boolean {
	return i.kinds ? i.kinds.includes(kind) : i.kind === kind;
}

/** Value given: a line tagged #gave, or an introduction (#intro), which gives to both people it introduces. */
export function isGiving(i: Interaction): boolean {
	return hasKind(i, "gave") || hasKind(i, "intro");
}

export interface Problem {
	path: string;
	field: string;
	value: string;
	message: string;
}

/** An open task about a person: in their own note, or a task elsewhere that links them. */
export interface FollowUp {
	path: string;
	/** 0-based line of the task. */
	line: number;
	/** The task's text when Ascent has the note's text (always for the person's own note). */
	text: string | null;
}

export type Status = "overdue" | "due-soon" | "ok" | "never-contacted" | "snoozed" | "paused" | "untracked";

/** What the person's own note says, read once per change of that note. */
export interface PersonFacts {
	path: string;
	name: string;
	aliases: string[];
	tags: string[];
	/** undefined: not set; null: explicitly not tracked (`none`). */
	cadenceDays: number | null | undefined;
	tier: string | null;
	tierCadenceDays: number | null;
	goals: string[];
	/** What they can help with, and what they are looking for (short topics or tags), for suggested introductions. */
	offers: string[];
	needs: string[];
	/** Where they are: the text, or the name of the place note it links to (`[[Berlin]]` → Berlin). */
	location: string | null;
	met: Day | null;
	/** A `created` property: first met when `met` is missing. */
	created: Day | null;
	/** An explicit next contact date (`next-contact`): the due date, whatever the cadence. */
	nextContact: Day | null;
	birthday: string | null;
	birthYear: number | null;
	snoozeUntil: Day | null;
	paused: boolean;
	propertyContact: Interaction | null;
	logs: Interaction[];
	/** Open tasks in the person's own note. */
	followUps: FollowUp[];
	problems: Problem[];
	ctime: number | null;
}

/** A person as shown to the user on a given day. */
export interface PersonView {
	path: string;
	name: string;
	aliases: string[];
	status: Status;
	lastContact: Interaction | null;
	cadenceDays: number | null;
	/** Where the cadence came from: the person's note, their tier, or the default (after a first contact). */
	cadenceFrom: "person" | "tier" | "default" | null;
	due: Day | null;
	/** Days past due (negative: days left). Null without a due date. */
	daysOverdue: number | null;
	/** The explicit next contact date, when the note sets one (it is then the due date). */
	nextContact: Day | null;
	tier: string | null;
	goals: string[];
	/** Where they are (the location field; a link as its note's name). */
	location: string | null;
	birthday: string | null;
	nextBirthday: Day | null;
	snoozeUntil: Day | null;
	/** Dated notes that mention the person (used to rank untracked people for triage). */
	mentionCount: number;
	/** 100 right after contact, 50 on the due date (null when untracked). */
	health: number | null;
	drift: "none" | "drifting" | "lapsed" | "no-rhythm";
	/** The usual gap between contacts (median, days) when there is a rhythm; null otherwise. */
	rhythmDays: number | null;
	/** Give and ask over the last year (log lines tagged #gave / #asked). */
	gave: number;
	asked: number;
	/** Event notes that list or mention the person, oldest first. */
	events: { path: string; date: Day }[];
	/** Open follow-ups: tasks in their note, then tasks elsewhere that link them (newest note first). */
	followUps: FollowUp[];
	/** The open follow-up due soonest (core/task-due.ts), and how late it is today (negative: days left). */
	followUpDue: { due: Day; text: string; daysLate: number } | null;
}
