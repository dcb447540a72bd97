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
	});
});
