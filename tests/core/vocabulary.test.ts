// One vocabulary: spans in one unit per line, status words (plain and gentle), tones, sources, summaries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/dates";
import type { Interaction } from "../../src/core/model";
import { describePerson } from "../../src/core/report";
import { agoIn, cadenceWords, dueWords, lastContactWords, driftWords, humanSpan, lineUnit, sourceWords, spanIn, statusBarWords, statusSummary, statusWords, taskWords, toneOf, unitFor } from "../../src/core/vocabulary";
import { personView } from "../ui/person-view";

const TODAY = "2026-11-30";
const contact = (daysAgo: number, over: Partial<Interaction> = {}): Interaction =>
	({ date: addDays(TODAY, -daysAgo), source: "dated-note", path: `Journal/${addDays(TODAY, -daysAgo)}.md`, kind: "mention", ...over });

describe("spans", () => {
	it.each([
		[0, "day"], [13, "day"], [14, "week"], [59, "week"], [60, "month"], [729, "month"], [730, "year"], [-20, "week"],
	] as const)("%i days are said in %ss", (days, unit) => {
		expect(unitFor(days)).toBe(unit);
	});

	it.each([
		[1, "day", "1 day"], [7, "week", "1 week"], [3, "month", "under a month"], [45, "month", "1 month"], [800, "year", "2 years"], [0, "day", "0 days"],
	] as const)("%i days in %ss: %s", (days, unit, words) => {
		expect(spanIn(days, unit)).toBe(words);
	});

	it("a status that says no span (Next by <date>) leaves the last contact its own unit", () => {
		const p = personView({ status: "ok", daysOverdue: -16, due: "2026-12-16", lastContact: contact(2) });
		expect(lastContactWords(p, TODAY)).toBe("2 days ago");
		expect(lastContactWords({ ...p, status: "due-soon", daysOverdue: -16 }, TODAY)).toBe("under a week ago");
	});

	it("humanSpan and agoIn keep their everyday words", () => {
		expect([humanSpan(0), humanSpan(1), humanSpan(12), humanSpan(21), humanSpan(150), humanSpan(1000)]).toEqual(["today", "1 day", "12 days", "3 weeks", "5 months", "3 years"]);
		expect([agoIn(TODAY, TODAY), agoIn("2026-11-29", TODAY), agoIn("2026-11-29", TODAY, "week")]).toEqual(["today", "yesterday", "under a week ago"]);
	});

	it("a person's line says every span in one unit, whatever the two spans are (property)", () => {
		fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (overdue, cadence) => {
			const since = overdue + cadence;
			const p = personView({ status: "overdue", daysOverdue: overdue, cadenceDays: cadence || null, lastContact: contact(since) });
			const line = describePerson(p, TODAY);
			const units = new Set([...line.matchAll(/\b(day|week|month|year)s?\b(?! \()/g)].map((m) => m[1]));
			// "every N days" is the cadence's own unit; the spans (overdue, ago) share one.
			const spans = line.replace(/every \d+ days.*$/, "");
			const spanUnits = new Set([...spans.matchAll(/\b(day|week|month|year)s?\b/g)].map((m) => m[1]));
			expect(spanUnits.size, line).toBe(1);
			expect(spanUnits.has(lineUnit(overdue, since)), line).toBe(true);
			return units.size >= 1;
		}));
	});
});

describe("status words and tones", () => {
	const overdue = personView({ status: "overdue", daysOverdue: 19, cadenceDays: 30, lastContact: contact(49) });
	it.each([
		[overdue, "plain", "Overdue 3 weeks"],
		[overdue, "gentle", "Reconnect · it's been 7 weeks"],
		[personView({ status: "overdue", daysOverdue: 5, nextContact: "2026-11-25", lastContact: null }), "gentle", "Reconnect"],
		[personView({ status: "due-soon", daysOverdue: 0 }), "plain", "Due today"],
		[personView({ status: "due-soon", daysOverdue: 0 }), "gentle", "Good day to reach out"],
		[personView({ status: "due-soon", daysOverdue: -4 }), "plain", "Due in 4 days"],
		[personView({ status: "due-soon", daysOverdue: -4 }), "gentle", "Reach out within 4 days"],
		[personView({ status: "never-contacted" }), "plain", "Never contacted"],
		[personView({ status: "never-contacted" }), "gentle", "Say hello"],
		[personView({ status: "snoozed", snoozeUntil: "2026-12-15" }), "plain", "Snoozed until 2026-12-15"],
		[personView({ status: "ok", due: "2027-01-10" }), "plain", "Next by 2027-01-10"],
		[personView({ status: "untracked" }), "gentle", "Untracked"],
	] as const)("%#: %s says %s", (p, wording, words) => {
		expect(statusWords(p, TODAY, wording)).toBe(words);
	});

	it.each([
		[personView({ status: "overdue", daysOverdue: 30, cadenceDays: 30 }), "lapsed"],
		[personView({ status: "overdue", daysOverdue: 3, drift: "lapsed" }), "lapsed"],
		[personView({ status: "overdue", daysOverdue: 29, cadenceDays: 30 }), "overdue"],
		[personView({ status: "due-soon" }), "soon"],
		[personView({ status: "never-contacted" }), "new"],
		[personView({ status: "ok" }), "calm"],
		[personView({ status: "snoozed" }), "calm"],
	] as const)("%#: tone %s", (p, tone) => {
		expect(toneOf(p)).toBe(tone);
	});
});

describe("sources, cadence, drift and counts", () => {
	it.each([
		[contact(3), "from a daily note"],
		[contact(3, { path: "Meetings/2026-11-27 Standup.md" }), "from a note"],
		[contact(3, { path: "Events/DevConf.md", kind: "event" }), "from an event note"],
		[contact(3, { source: "property", path: "People/A.md" }), "from the property"],
		[contact(3, { source: "log", path: "People/A.md" }), "from the log"],
	])("%#: %s", (i, words) => {
		expect(sourceWords(i)).toBe(words);
	});

	it("a fallback cadence says (default), a tier's names the tier", () => {
		expect(cadenceWords(personView({ cadenceDays: 90, cadenceFrom: "default" }))).toBe("every 90 days (default)");
		expect(cadenceWords(personView({ cadenceDays: 30, cadenceFrom: "tier", tier: "close" }))).toBe("every 30 days (close)");
		expect(cadenceWords(personView({ cadenceDays: 21, cadenceFrom: "person" }))).toBe("every 21 days");
		expect(cadenceWords(personView({ cadenceDays: null, cadenceFrom: null }))).toBeNull();
	});

	it("drifting people are listed with their reason, in one unit", () => {
		expect(driftWords(personView({ rhythmDays: 14, lastContact: contact(49) }), TODAY)).toBe("usually every 2 weeks, silent 7 weeks");
		expect(driftWords(personView({ rhythmDays: 7, lastContact: contact(28) }), TODAY)).toBe("usually every week, silent 4 weeks");
		expect(driftWords(personView({ rhythmDays: null, lastContact: contact(28) }), TODAY)).toBeNull();
	});

	it("the summary counts statuses in one fixed order, in words; the status bar uses the list's name", () => {
		const people = [personView({ status: "ok" }), personView({ status: "untracked" }), personView({ status: "overdue" }), personView({ status: "never-contacted" }), personView({ status: "overdue" })];
		expect(statusSummary(people)).toBe("5 people: 2 overdue, 1 never contacted, 1 up to date, 1 untracked");
		expect(statusSummary([personView({ status: "ok" })])).toBe("1 person: 1 up to date");
		expect([statusBarWords(0), statusBarWords(1), statusBarWords(15)]).toEqual(["", "1 needs attention", "15 need attention"]);
	});
});

describe("the card's address", () => {
	it("encodes every character that could end the Markdown link or the query", async () => {
		const { cardUri } = await import("../../src/core/report");
		expect(cardUri("People/Sam (work) & co?.md")).toBe("obsidian://ascent?person=People%2FSam%20%28work%29%20%26%20co%3F.md");
	});
});

describe("words, one rule a row", () => {
	it.each([
		[0, "day", "0 days"], [0, "week", "under a week"], [2, "week", "under a week"], [0.4, "day", "under a day"], [4, "week", "1 week"], [-14, "week", "2 weeks"],
	] as const)("spanIn(%s, %s) → %s", (days, unit, words) => {
		expect(spanIn(days, unit)).toBe(words);
	});

	it.each([
		[addDays(TODAY, -1), undefined, "yesterday"], [addDays(TODAY, -1), "day", "yesterday"], [addDays(TODAY, -1), "week", "under a week ago"], [TODAY, "week", "today"],
	] as const)("agoIn(%s, %s) → %s", (date, unit, words) => {
		expect(agoIn(date, TODAY, unit)).toBe(words);
	});

	it.each([
		["Journal/2026-11-02.md", "mention", "from a daily note"], ["Journal/20261102.md", "mention", "from a daily note"], ["Journal/2026-1102.md", "mention", "from a daily note"],
		["Meetings/Sync 2026-11-02.md", "mention", "from a note"], ["Events/Launch.md", "event", "from an event note"], ["Events/2026-11-02.md", "event", "from a daily note"],
		["Notes/Idea.md", "call", "from a note"],
	] as const)("%s (%s) → %s", (path, kind, words) => {
		expect(sourceWords({ date: "2026-11-02", source: "dated-note", path, kind })).toBe(words);
	});

	it.each([
		["send the deck 📅 2026-12-02", "send the deck"], ["send the deck📅️2026-12-02", "send the deck"], ["ask ⏳ 2026-12-02 about it", "ask about it"],
		["start 🛫2026-12-02", "start"], ["call [due:: 2026-12-02]", "call"], ["call ( Due :: 2026-12-02 ) soon", "call soon"], ["call [due::2026-12-02]", "call"],
		["plain words", "plain words"],
	])("taskWords(%j) → %j", (text, words) => {
		expect(taskWords(text)).toBe(words);
	});

	it.each([[TODAY, "due today"], [addDays(TODAY, 2), "due in 2 days"], [addDays(TODAY, -3), "3 days late"], [addDays(TODAY, -21), "3 weeks late"]])("dueWords(%s) → %s", (due, words) => {
		expect(dueWords(due, TODAY)).toBe(words);
	});

	it("a due-soon line shares its unit with the last contact; an ok one keeps the contact's own", () => {
		const soon = personView({ status: "due-soon", daysOverdue: -3, lastContact: contact(10), cadenceDays: 13 });
		expect([statusWords(soon, TODAY), lastContactWords(soon, TODAY)]).toEqual(["Due in 3 days", "10 days ago"]);
		const later = personView({ status: "due-soon", daysOverdue: -3, lastContact: contact(40), cadenceDays: 43 });
		expect([statusWords(later, TODAY), lastContactWords(later, TODAY)]).toEqual(["Due in under a week", "6 weeks ago"]);
		expect(statusWords(soon, TODAY, "gentle")).toBe("Reach out within 3 days");
		const ok = personView({ status: "ok", daysOverdue: -30, due: "2026-12-30", lastContact: contact(40) });
		expect([statusWords(ok, TODAY), lastContactWords(ok, TODAY)]).toEqual(["Next by 2026-12-30", "6 weeks ago"]);
		expect(statusWords(personView({ status: "ok", due: null }), TODAY)).toBe("Up to date");
		expect(statusWords(personView({ status: "snoozed", snoozeUntil: "2027-01-05" }), TODAY)).toBe("Snoozed until 2027-01-05");
	});

	it("a follow-up that is late makes the tone overdue, whatever the status; overdue a whole cadence is lapsed", () => {
		const late = { followUpDue: { text: "send the deck", due: addDays(TODAY, -2), daysLate: 2, path: "p", line: 1 } };
		expect(toneOf(personView({ status: "ok", ...late }))).toBe("overdue");
		expect(toneOf(personView({ status: "overdue", daysOverdue: 5, cadenceDays: 30, ...late }))).toBe("overdue");
		expect(toneOf(personView({ status: "overdue", daysOverdue: 30, cadenceDays: 30 }))).toBe("lapsed");
		expect(statusWords(personView({ status: "ok", ...late }), TODAY)).toBe("Follow-up 2 days late");
		expect(statusWords(personView({ status: "never-contacted", ...late }), TODAY)).toBe("Never contacted");
	});

	it("a rhythm of one unit is said without the 1, and 11 days keep theirs", () => {
		expect(driftWords(personView({ rhythmDays: 7, lastContact: contact(30) }), TODAY)).toBe("usually every week, silent 4 weeks");
		expect(driftWords(personView({ rhythmDays: 11, lastContact: contact(12) }), TODAY)).toBe("usually every 11 days, silent 12 days");
	});
});
