// The person card's words: lines as a person would say them, the last contacts, and openers from the notes alone.
import { describe, expect, it } from "vitest";
import type { Interaction } from "../../src/core/model";
import { interestTags, lineWords, mentionWords, openers, recentContacts } from "../../src/core/openers";
import { personView } from "../ui/person-view";

const TODAY = "2026-11-30";

describe("the words of a line", () => {
	it.each([
		["- Call with [[Sam Rivera]] about hiring plans.", "Call with Sam Rivera about hiring plans."],
		["- [ ] send [[People/Ana Lima|Ana]] the deck", "send Ana the deck"],
		["* 2026-11-02 coffee with [[Mei]] #call", "coffee with Mei"],
		["1. Lunch with [[Sam#Work]] at **Luigi's**", "Lunch with Sam at Luigi's"],
		["## Talked to [Sam](People/Sam.md)", "Talked to Sam"],
		["- 2026-09-14 14:30 — asked him about the team #asked", "asked him about the team"],
		["   ", null],
		["- #call", null],
		["  - [x] called [[People/Ann Lee]]", "called Ann Lee"],
		["10. Lunch", "Lunch"],
		["Plans - next steps", "Plans - next steps"],
		["x- item", "x- item"],
		["Room # 5", "Room # 5"],
		["Met on 2026-11-02 - at noon", "Met on 2026-11-02 - at noon"],
		["2026-11-02: met", "met"],
		["2026-11-02 —met", "met"],
		["Lunch    with\tAnn", "Lunch with Ann"],
		["a".repeat(140), "a".repeat(140)],
		["a".repeat(141), `${"a".repeat(139)}…`],
		[`${"x".repeat(138)} ${"y".repeat(10)}`, `${"x".repeat(138)}…`],
	])("%j → %j", (line, words) => {
		expect(lineWords(line)).toBe(words);
	});

	it("a long line is cut at 140 characters, on one line", () => {
		const words = lineWords(`- ${"word ".repeat(60)}`) ?? "";
		expect(words.length).toBeLessThanOrEqual(140);
		expect(words.endsWith("…")).toBe(true);
	});

	it("a link in the properties gives the body's first words; a line in the body gives that line", () => {
		const note = "---\nattendees:\n  - \"[[Sam]]\"\n---\n\n# Standup\n\nPlanning the Q1 hiring.\n- [[Sam]] owns the rubric\n";
		expect(mentionWords(note, 2)).toBe("Standup");
		expect(mentionWords(note, 8)).toBe("Sam owns the rubric");
		expect(mentionWords("---\r\nkind: call\r\n---\r\nQuick call about the offer\r\n", null)).toBe("Quick call about the offer");
		expect(mentionWords("", null)).toBeNull();
	});

	it.each([
		["no properties: the first words", "Title\nText\n---\nMore", null, "Title"],
		["properties opened with trailing spaces", "--- \nk: v\n---\nBody", null, "Body"],
		["properties closed with ...", "---\nk: v\n...\nBody", null, "Body"],
		["properties closed with trailing spaces", "---\nk: v\n--- \nBody", null, "Body"],
		["--- inside a value does not close", "---\nk: a ---\nx: 1\n---\nBody", null, "Body"],
		["properties never closed: nothing", "---\nk: v", null, null],
		["the line at the body's start, saying nothing", "---\nk: v\n---\n- #call\nBody", 3, null],
		["a line past the end: the first words", "Body", 5, "Body"],
		["a line that only says reach out is passed over", "Reach out\nNext", null, "Next"],
		["a line that starts with reach out is not", "Reach out to Sam\nNext", null, "Reach out to Sam"],
		["nor one that ends with it", "We should reach out\nNext", null, "We should reach out"],
	])("%s", (_, text, line, words) => {
		expect(mentionWords(text, line)).toBe(words);
	});
});

describe("the last contacts", () => {
	const i = (date: string, over: Partial<Interaction>): Interaction => ({ date, source: "dated-note", path: `Journal/${date}.md`, kind: "mention", ...over });

	it("newest first, three of them, the future left out, the property's date only where nothing else says more", () => {
		const recent = recentContacts([
			i("2026-12-10", {}), i("2026-11-20", { source: "property", path: "People/Sam.md" }), i("2026-11-20", { kind: "call" }),
			i("2026-11-02", { source: "log", path: "People/Sam.md", text: "lunch at Luigi's #meet", kind: "meet" }), i("2026-10-01", {}), i("2026-09-01", {}),
		], TODAY);
		expect(recent.map((r) => [r.date, r.kind, r.words, r.source])).toEqual([
			["2026-11-20", "call", null, "from a daily note"],
			["2026-11-02", "meeting", "lunch at Luigi's", "from the log"],
			["2026-10-01", null, null, "from a daily note"],
		]);
	});
});

describe("the last contacts, one day at a time", () => {
	const i = (date: string, over: Partial<Interaction>): Interaction => ({ date, source: "dated-note", path: `Journal/${date}.md`, kind: "mention", ...over });
	const seen = (list: Interaction[], count = 5) => recentContacts(list, TODAY, count).map((r) => `${r.date} ${r.path}`);

	it.each([
		["oldest first in, newest first out", [i("2026-10-01", {}), i("2026-11-02", {}), i("2026-11-20", {})], ["2026-11-20 Journal/2026-11-20.md", "2026-11-02 Journal/2026-11-02.md", "2026-10-01 Journal/2026-10-01.md"]],
		["today counts", [i(TODAY, {})], [`${TODAY} Journal/${TODAY}.md`]],
		["the property's date alone", [i("2026-11-20", { source: "property", path: "People/Sam.md" })], ["2026-11-20 People/Sam.md"]],
		["the property's date after two notes of that day, whatever the order", [
			i("2026-11-20", { source: "property", path: "People/Sam.md" }), i("2026-11-20", { path: "Meetings/Standup.md" }), i("2026-11-20", { path: "Journal/2026-11-20.md" }),
		], ["2026-11-20 Meetings/Standup.md", "2026-11-20 Journal/2026-11-20.md"]],
		["two log lines of one day are one contact", [i("2026-11-20", { source: "log", path: "People/Sam.md" }), i("2026-11-20", { source: "log", path: "People/Sam.md", text: "again" })], ["2026-11-20 People/Sam.md"]],
	])("%s", (_, list, expected) => {
		expect(seen(list)).toEqual(expected);
	});
});

describe("openers", () => {
	const base = { recent: [], interests: [], today: TODAY, birthdayLeadDays: 7 };

	it("built from follow-ups, goals, the last words, a near birthday, a recent event and interests; at most five", () => {
		const person = personView({
			followUps: [{ path: "People/Sam.md", line: 3, text: "send the [[Deck]]" }, { path: "Journal/x.md", line: 1, text: null }],
			goals: ["ask about the move to Lisbon", "the marathon"], nextBirthday: "2026-12-03",
			lastContact: { date: "2026-10-12", source: "dated-note", path: "Journal/2026-10-12.md", kind: "mention" },
			events: [{ path: "Events/DevConf 2026.md", date: "2026-11-10" }],
		});
		const recent = [{ date: "2026-10-12", path: "Journal/2026-10-12.md", kind: null, words: "Call about hiring", from: "dated-note" as const, source: "from a daily note" }];
		expect(openers({ ...base, person, recent, interests: ["rust"] }, 10).map((o) => o.text)).toEqual([
			"Follow up: send the Deck",
			"Ask how the move to Lisbon is going",
			"Ask how the marathon is going",
			"Last time: Call about hiring (7 weeks ago)",
			"Happy early birthday!",
			"Good to see you at DevConf 2026",
			"Share something for rust",
		]);
		expect(openers({ ...base, person, recent, interests: ["rust"] })).toHaveLength(5);
	});

	it("someone never contacted gets a hello; a far birthday or an old event says nothing", () => {
		const person = personView({ nextBirthday: "2027-03-01", events: [{ path: "Events/Old.md", date: "2026-01-01" }] });
		expect(openers({ ...base, person }).map((o) => o.text)).toEqual(["Say hello, and where you heard of them"]);
		expect(openers({ ...base, person: personView({ nextBirthday: TODAY, lastContact: { date: "2026-11-01", source: "log", path: "p", kind: "other" } }) }).map((o) => o.text))
			.toEqual(["Happy birthday!"]);
	});

	it("interests leave out the tags that mark a person and the kind tags of log lines", () => {
		expect(interestTags(["person", "person/work", "people", "asked", "call", "rust", "climbing/alpine"], ["person"])).toEqual(["rust", "climbing/alpine"]);
		expect(interestTags(["person", "crm/contact", "crm", "contact", "contacts", "Contact", "peoplewatching", "my-people"], ["person", "crm"]))
			.toEqual(["peoplewatching", "my-people"]);
	});

	it("two follow-ups, two goals and two interests at most; goals written as notes to self read as what to ask", () => {
		const person = personView({
			followUps: ["a", "b", "c"].map((t, n) => ({ path: "People/Sam.md", line: n, text: t })),
			goals: ["ask about  the move", "to ask if it works", "third"],
			lastContact: { date: "2026-11-01", source: "log", path: "p", kind: "other" },
		});
		expect(openers({ ...base, person, interests: ["machine-learning", "rock_climbing/alpine", "third"] }, 10).map((o) => o.text)).toEqual([
			"Follow up: a", "Follow up: b", "Ask how the move is going", "Ask how to ask if it works is going",
			"Share something for machine learning", "Share something for rock climbing alpine",
		]);
	});

	it("a birthday within the lead days is early; one day past them says nothing; an event 60 days ago still counts, 61 not", () => {
		const contacted = { lastContact: { date: "2026-11-01", source: "log" as const, path: "p", kind: "other" as const } };
		const texts = (over: Parameters<typeof personView>[0]) => openers({ ...base, person: personView({ ...contacted, ...over }) }).map((o) => o.text);
		expect(texts({ nextBirthday: "2026-12-07" })).toEqual(["Happy early birthday!"]);
		expect(texts({ nextBirthday: "2026-12-08" })).toEqual([]);
		expect(texts({ events: [{ path: "Events/Launch.md", date: "2026-10-01" }] })).toEqual(["Good to see you at Launch"]);
		expect(texts({ events: [{ path: "Events/Launch.md", date: "2026-09-30" }] })).toEqual([]);
	});

	it("out of touch as long as the reconnect setting: how long it has been comes first", () => {
		const person = personView({ goals: ["the move"], lastContact: { date: "2025-11-30", source: "log", path: "p", kind: "other" } });
		const recent = [{ date: "2025-11-30", path: "p", kind: null, words: "Lunch at Luigi's", from: "log" as const, source: "from the log" }];
		const at = (reconnectAfterDays: number | undefined) => openers({ ...base, person, recent, ...(reconnectAfterDays === undefined ? {} : { reconnectAfterDays }) }).map((o) => o.text);
		expect(at(365)).toEqual(["You last spoke 12 months ago: Lunch at Luigi's", "Ask how the move is going"]);
		expect(at(366)).toEqual(["Ask how the move is going", "Last time: Lunch at Luigi's (12 months ago)"]);
		expect(at(undefined)).toEqual(["Ask how the move is going", "Last time: Lunch at Luigi's (12 months ago)"]);
		expect(openers({ ...base, person, recent: [{ ...recent[0]!, words: null }], reconnectAfterDays: 365 }).map((o) => o.text)).toEqual(["You last spoke 12 months ago", "Ask how the move is going"]);
	});
});
