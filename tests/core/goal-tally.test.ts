// What counts toward goals, worked by hand: the day someone became a connection, and which log lines are reach-outs.
import { describe, expect, it } from "vitest";
import { firstMet, GOAL_COUNTS } from "../../src/core/goal-tally";
import { listMentions, NO_MENTIONS } from "../../src/core/mentions";
import type { Interaction, PersonFacts } from "../../src/core/model";

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
