// What counts toward goals: the day someone became a connection, which log lines are reach-outs, and the counts per day.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../../src/core/dates";
import { firstMet, GOAL_COUNTS, GoalTally } from "../../src/core/goal-tally";
import { GOAL_KINDS, type GoalKind } from "../../src/core/goals";
import { listMentions, NO_MENTIONS } from "../../src/core/mentions";
import { INTERACTION_KINDS, type Interaction, type InteractionKind, type PersonFacts } from "../../src/core/model";

const at = (date: string, over: Partial<Interaction> = {}): Interaction => ({ date: date, source: "log", path: "People/Sam.md", kind: "other", ...over });
const facts = (over: Partial<PersonFacts>): PersonFacts => ({ met: null, created: null, propertyContact: null, logs: [], ctime: null, ...over } as PersonFacts);

describe("the day someone became a connection", () => {
	it.each([
		["met, before anything else", facts({ met: "2026-01-01", created: "2025-01-01", logs: [at("2024-01-01")] }), [], "2026-01-01"],
		["created, when not met", facts({ created: "2025-01-01", logs: [at("2024-01-01")] }), [], "2025-01-01"],
		["the property's contact, when it is the first", facts({ propertyContact: at("2025-05-01", { source: "property" }), logs: [at("2025-06-01")] }), [], "2025-05-01"],
		["a log line older than the property's contact", facts({ propertyContact: at("2025-05-01", { source: "property" }), logs: [at("2025-06-01"), at("2025-03-01")] }), [], "2025-03-01"],
		["a note older than both", facts({ propertyContact: at("2025-05-01", { source: "property" }), logs: [at("2025-03-01")] }), [at("2025-04-01", { source: "dated-note" }), at("2024-12-24", { source: "dated-note" })], "2024-12-24"],
		["nothing on record, and file times not allowed", facts({ ctime: Date.UTC(2025, 0, 10, 12) }), [], null],
	])("%s", (_, f, mentions, day) => {
		expect(firstMet(f, listMentions(mentions), false)).toBe(day);
	});

	it("the file's creation day only when the setting allows it, and only with nothing else", () => {
		expect(firstMet(facts({ ctime: new Date(2025, 0, 10, 12).getTime() }), NO_MENTIONS, true)).toBe("2025-01-10");
		expect(firstMet(facts({ ctime: null }), NO_MENTIONS, true)).toBeNull();
		expect(firstMet(facts({ ctime: new Date(2025, 0, 10, 12).getTime(), logs: [at("2025-06-01")] }), NO_MENTIONS, true)).toBe("2025-06-01");
	});
});

describe("a log line that is a reach-out", () => {
	const reachOut = GOAL_COUNTS["reach-outs"].log as (log: Interaction) => boolean;
	it.each([
		["#call", at("2026-11-01", { kind: "call", text: "called" }), true],
		["#meet", at("2026-11-01", { kind: "meet" }), true],
		["#message as the second kind", at("2026-11-01", { kind: "gave", kinds: ["gave", "message"] }), true],
		["#gave alone", at("2026-11-01", { kind: "gave" }), false],
		["#reached-out in the text", at("2026-11-01", { text: "#reached-out by email" }), true],
		["after a space, any case, before a full stop", at("2026-11-01", { text: "wrote #Reached-Out." }), true],
		["inside a word", at("2026-11-01", { text: "x#reached-out" }), false],
		["a longer tag", at("2026-11-01", { text: "#reached-outs" }), false],
		["a nested tag", at("2026-11-01", { text: "#reached-out/email" }), false],
		["a tag that goes on with a dash", at("2026-11-01", { text: "#reached-out-twice" }), false],
		["no text", at("2026-11-01"), false],
	])("%s", (_, log, yes) => {
		expect(reachOut(log)).toBe(yes);
	});
});

describe("the tally's counts per day, as notes come and go", () => {
	// The rule as the tally first kept it: a map per kind of goal, a day's entry gone when its count comes back to 0.
	class ByMaps {
		readonly counts = new Map<GoalKind, Map<string, number>>();
		add(kind: GoalKind, day: string, n: number): void {
			const map = this.counts.get(kind) ?? new Map<string, number>();
			this.counts.set(kind, map);
			const total = (map.get(day) ?? 0) + n;
			if (total === 0) map.delete(day);
			else map.set(day, total);
		}
		mentions(kind: InteractionKind, day: string, n: number): void {
			for (const [goal, counts] of Object.entries(GOAL_COUNTS)) if (counts.mention?.(kind)) this.add(goal as GoalKind, day, n);
		}
		note(kind: InteractionKind, day: string, n: number): void {
			for (const [goal, counts] of Object.entries(GOAL_COUNTS)) if (counts.note?.(kind)) this.add(goal as GoalKind, day, n);
		}
	}
	const sorted = (map: ReadonlyMap<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

	it("a note or a mention adds to the kinds of goal its kind counts toward, on its day; taken back, it leaves no day", () => {
		const tally = new GoalTally();
		tally.note("event", "2026-11-02", 1);
		tally.mentions("call", "2026-11-02", 3);
		tally.mentions("mention", "2026-11-03", 2);
		expect(Object.fromEntries(GOAL_KINDS.map((kind) => [kind, sorted(tally.perDay(kind))]))).toEqual({
			"new-connections": [], events: [["2026-11-02", 1]], interactions: [["2026-11-02", 3], ["2026-11-03", 2]],
			"reach-outs": [["2026-11-02", 3]], "value-given": [], reconnections: [],
		});
		tally.mentions("call", "2026-11-02", -3);
		expect(sorted(tally.perDay("interactions"))).toEqual([["2026-11-03", 2]]);
		expect(tally.days("interactions")).toEqual(["2026-11-03", "2026-11-03"]);
	});

	it("as many days as its first room holds (256), and one more: each day once, none without a count", () => {
		for (const days of [256, 257]) {
			const tally = new GoalTally();
			for (let n = 0; n < days; n++) tally.add("interactions", fromDayNumber(20_000 + n), 2);
			const perDay = tally.perDay("interactions");
			expect([perDay.size, [...perDay.values()].every((n) => n === 2), perDay.has(fromDayNumber(20_000 + days - 1))]).toEqual([days, true, true]);
			expect(tally.perDay("events").size).toBe(0);
		}
	});

	it("holds the same counts as a map per kind, whatever comes and goes on however many days", () => {
		const kinds: InteractionKind[] = [...INTERACTION_KINDS, "mention"];
		const step = fc.record({
			op: fc.constantFrom("add", "note", "mentions"),
			goal: fc.constantFrom(...GOAL_KINDS),
			kind: fc.constantFrom(...kinds),
			// A few days, so that one day comes several times in a row; or any of 2,000 (more than the tally's first room, 256 rows).
			day: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: 2000 }), weight: 4 }).map((n) => fromDayNumber(20_000 + n)),
			n: fc.integer({ min: -3, max: 3 }),
		});
		fc.assert(fc.property(fc.array(step, { maxLength: 800, size: "max" }), (steps) => {
			const tally = new GoalTally();
			const reference = new ByMaps();
			for (const s of steps) {
				if (s.op === "add") {
					tally.add(s.goal, s.day, s.n);
					reference.add(s.goal, s.day, s.n);
				} else {
					const sign = s.n < 0 ? -1 : 1;
					tally[s.op](s.kind, s.day, sign);
					reference[s.op](s.kind, s.day, sign);
				}
			}
			// The first count that differs, if any (a short message: a diff of hundreds of days is slow to print).
			let differs: unknown = null;
			for (const kind of GOAL_KINDS) {
				const want = reference.counts.get(kind) ?? new Map<string, number>();
				const got = tally.perDay(kind);
				for (const day of new Set([...want.keys(), ...got.keys()])) if (differs === null && got.get(day) !== want.get(day)) differs = { kind, day, got: got.get(day), want: want.get(day) };
				const days = tally.days(kind);
				const count = [...want.values()].reduce((a, n) => a + Math.max(0, n), 0);
				if (differs === null && days.length !== count) differs = { kind, days: days.length, want: count };
			}
			expect(differs).toBeNull();
		}), { numRuns: 200 });
	});
});
