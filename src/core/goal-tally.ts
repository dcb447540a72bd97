// How many things counting toward each kind of goal happened on each day, kept as notes change: goals read these
// counts instead of walking every person's interactions on every refresh (200,000 of them on a large vault).
import { type Day, dayNumber, localDay } from "./dates";
import type { GoalKind } from "./goals";
import type { Mentions } from "./mentions";
import { type Interaction, type InteractionKind, isGiving, type PersonFacts } from "./model";

/** A call, a message or a meeting is a reach-out. */
export function isReachOut(kind: InteractionKind): boolean {
	return kind === "call" || kind === "message" || kind === "meet";
}

/**
 * The day someone became a connection: their `met` date, else a `created` property, else the first contact on
 * record (property, log line or dated note); the file's creation time only when the setting allows it (a cloned
 * or synced vault gives every file today's date).
 */
export function firstMet(facts: PersonFacts, mentions: Mentions, fileTime: boolean): Day | null {
	if (facts.met !== null) return facts.met;
	if (facts.created !== null) return facts.created;
	let first: Day | null = facts.propertyContact?.date ?? null;
	for (const log of facts.logs) if (first === null || log.date < first) first = log.date;
	// The mentions by day number: only the first one's note is read.
	let earliest = first === null ? Infinity : dayNumber(first);
	let at = -1;
	for (let n = 0; n < mentions.length; n++) {
		const day = mentions.day(n);
		// Stryker disable next-line EqualityOperator: a mention on the earliest day so far gives that day's string all the same.
		if (day < earliest) {
			earliest = day;
			at = n;
		}
	}
	if (at !== -1) return mentions.at(at).date;
	if (first !== null) return first;
	return fileTime && facts.ctime !== null ? localDay(new Date(facts.ctime)) : null;
}

/**
 * What counts toward each kind of goal, in one table: a log line (`log`), each person a dated note reaches
 * (`mention`, by the note's kind), a dated note itself (`note`, once however many it reaches). New connections are
 * the one kind with a rule of their own (`firstMet`, kept by the index as contact moves); reconnections are counted
 * when goals are shown (core/reconnect.ts), since they depend on each person's whole history. Adding a kind of goal is
 * one entry here, its id in GoalKind and its label in GOAL_LABELS.
 */
export const GOAL_COUNTS: Record<Exclude<GoalKind, "new-connections" | "reconnections">, {
	log?: (log: Interaction) => boolean;
	mention?: (kind: InteractionKind) => boolean;
	note?: (kind: InteractionKind) => boolean;
}> = {
	events: { note: (kind) => kind === "event" },
	interactions: { log: () => true, mention: () => true },
	"reach-outs": {
		log: (log) => (log.kinds ?? [log.kind]).some(isReachOut) || /(^|\s)#reached-out(?![\w\-/])/i.test(log.text ?? ""),
		mention: isReachOut,
	},
	"value-given": { log: (log) => isGiving(log) },
};

const COUNTED = Object.entries(GOAL_COUNTS) as [Exclude<GoalKind, "new-connections" | "reconnections">, (typeof GOAL_COUNTS)[keyof typeof GOAL_COUNTS]][];

export class GoalTally {
	private readonly counts = new Map<GoalKind, Map<Day, number>>();

	add(kind: GoalKind, day: Day, n: number): void {
		// Stryker disable next-line ConditionalExpression: speed-only; adding nothing leaves every count as it was.
		if (n === 0) return;
		let map = this.counts.get(kind);
		if (!map) this.counts.set(kind, (map = new Map<Day, number>()));
		const total = (map.get(day) ?? 0) + n;
		if (total === 0) map.delete(day);
		else map.set(day, total);
	}

	/** A person's own part (`sign` −1 takes it back): their log lines. First meetings: `firstMet`. */
	person(facts: PersonFacts, sign: 1 | -1): void {
		for (const log of facts.logs) {
			for (const [kind, counts] of COUNTED) if (counts.log?.(log)) this.add(kind, log.date, sign);
		}
	}

	/** A dated note of `kind` on `day` now reaches `delta` more people (negative: fewer). */
	mentions(kind: InteractionKind, day: Day, delta: number): void {
		// Stryker disable next-line ConditionalExpression: speed-only, as in add().
		if (delta === 0) return;
		for (const [goal, counts] of COUNTED) if (counts.mention?.(kind)) this.add(goal, day, delta);
	}

	/** A dated note of `kind` on `day` comes (`sign` 1) or goes (−1). */
	note(kind: InteractionKind, day: Day, sign: 1 | -1): void {
		for (const [goal, counts] of COUNTED) if (counts.note?.(kind)) this.add(goal, day, sign);
	}

	/** Occurrences per day. */
	perDay(kind: GoalKind): ReadonlyMap<Day, number> {
		return this.counts.get(kind) ?? new Map<Day, number>();
	}

	/** One entry per occurrence, in no particular order. */
	days(kind: GoalKind): Day[] {
		const out: Day[] = [];
		for (const [day, n] of this.perDay(kind)) for (let i = 0; i < n; i++) out.push(day);
		return out;
	}
}
