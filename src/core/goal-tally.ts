// How many things counting toward each kind of goal happened on each day, kept as notes change: goals read these
// counts instead of walking every person's interactions on every refresh (200,000 of them on a large vault).
import { type Day, dayNumber, localDay } from "./dates";
import { GOAL_KINDS, type GoalKind } from "./goals";
import type { Mentions } from "./mentions";
import { INTERACTION_KINDS, type Interaction, type InteractionKind, isGiving, type PersonFacts } from "./model";

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
 * one entry here, its id in GoalKind and GOAL_KINDS (the tally's columns) and its label in GOAL_LABELS.
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

type Counted = Exclude<GoalKind, "new-connections" | "reconnections">;
const COUNTED = Object.entries(GOAL_COUNTS) as [Counted, (typeof GOAL_COUNTS)[Counted]][];

/** The tally's columns: one per kind of goal. */
const COLUMN = new Map<GoalKind, number>(GOAL_KINDS.map((kind, i) => [kind, i]));
const WIDTH = GOAL_KINDS.length;

/** The columns a dated note of each kind adds to, once (`note`) and per person it reaches (`mention`): GOAL_COUNTS read once. */
function columnsBy(rule: "note" | "mention"): Map<InteractionKind, readonly number[]> {
	const out = new Map<InteractionKind, readonly number[]>();
	for (const kind of [...INTERACTION_KINDS, "mention"] as InteractionKind[]) {
		out.set(kind, COUNTED.filter(([, counts]) => counts[rule]?.(kind)).map(([goal]) => COLUMN.get(goal) as number));
	}
	return out;
}
const NOTE_COLUMNS = columnsBy("note");
const MENTION_COLUMNS = columnsBy("mention");
const NO_COLUMNS: readonly number[] = [];

/**
 * How many things counting toward each kind of goal happened on each day: one row per day and a column per kind, in
 * one typed array, so that a note, a log line or a first meeting is one lookup of its day (a map per kind was looked
 * up and set again for each kind it counts toward; PERFORMANCE.md, session 20).
 */
export class GoalTally {
	/** Each day's row. */
	private readonly rows = new Map<Day, number>();
	// Stryker disable next-line ArrayDeclaration: a row no note adds to holds no counts, and perDay leaves it out.
	private readonly dayOfRow: Day[] = [];
	private counts = new Int32Array(WIDTH * 256);
	/** The last day's row: a build adds the notes of one day one after another. */
	private lastDay: Day | null = null;
	private lastRow = 0;

	private row(day: Day): number {
		// Stryker disable next-line ConditionalExpression: speed-only; the day looked up again has the same row.
		if (day === this.lastDay) return this.lastRow;
		let row = this.rows.get(day);
		if (row === undefined) {
			row = this.dayOfRow.length;
			this.dayOfRow.push(day);
			this.rows.set(day, row);
			// Stryker disable next-line EqualityOperator: memory-only; room made one row early holds the same rows.
			if ((row + 1) * WIDTH > this.counts.length) {
				const larger = new Int32Array(this.counts.length * 2);
				larger.set(this.counts);
				this.counts = larger;
			}
		}
		this.lastDay = day;
		this.lastRow = row;
		return row;
	}

	add(kind: GoalKind, day: Day, n: number): void {
		// Stryker disable next-line ConditionalExpression: speed-only; adding nothing leaves every count as it was.
		if (n === 0) return;
		const at = this.row(day) * WIDTH + (COLUMN.get(kind) as number);
		this.counts[at] = (this.counts[at] as number) + n;
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
		this.addTo(MENTION_COLUMNS.get(kind) ?? NO_COLUMNS, day, delta);
	}

	/** A dated note of `kind` on `day` comes (`sign` 1) or goes (−1). */
	note(kind: InteractionKind, day: Day, sign: 1 | -1): void {
		this.addTo(NOTE_COLUMNS.get(kind) ?? NO_COLUMNS, day, sign);
	}

	private addTo(columns: readonly number[], day: Day, n: number): void {
		// Stryker disable next-line ConditionalExpression: speed-only; a row no column is added to holds no counts (perDay leaves it out).
		if (columns.length === 0) return;
		const base = this.row(day) * WIDTH;
		for (const column of columns) this.counts[base + column] = (this.counts[base + column] as number) + n;
	}

	/** Occurrences per day (days with none left out). */
	perDay(kind: GoalKind): ReadonlyMap<Day, number> {
		const out = new Map<Day, number>();
		const column = COLUMN.get(kind) as number;
		for (let row = 0; row < this.dayOfRow.length; row++) {
			const n = this.counts[row * WIDTH + column] as number;
			if (n !== 0) out.set(this.dayOfRow[row] as Day, n);
		}
		return out;
	}

	/** One entry per occurrence, in no particular order. */
	days(kind: GoalKind): Day[] {
		const out: Day[] = [];
		for (const [day, n] of this.perDay(kind)) for (let i = 0; i < n; i++) out.push(day);
		return out;
	}
}
