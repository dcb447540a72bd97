// A dated note, one rule per row (issue 19): where its date comes from and in what order, what kind of contact it
// is, and which of its links count. Answers worked out by hand; each row is a case where that rule alone decides.
import { describe, expect, it } from "vitest";
import { channelKind, dateReaders, hasOpenTaskLinking, needsTextForDate, readDatedNote } from "../../src/core/interactions";
import { DEFAULT_SETTINGS, type AscentSettings } from "../../src/core/settings";
import { DAILY, note } from "../helpers";

const read = (path: string, text: string, settings: AscentSettings = DEFAULT_SETTINGS) =>
	readDatedNote(note(path, text), settings, dateReaders(settings, DAILY));

describe("where a note's date comes from, in order", () => {
	it.each([
		["the daily note's name beats its date property", "Daily/2026-11-20.md", "---\ndate: 2026-11-01\n---\n[[Ann]]", "2026-11-20"],
		["the date property beats a date in the file name", "Notes/2026-11-02 Sync.md", "---\ndate: 2026-11-03\n---\n[[Ann]]", "2026-11-03"],
		["a date in the file name beats an inline field", "Notes/2026-11-02 Sync.md", "date:: 2026-11-04\n[[Ann]]", "2026-11-02"],
		["an inline date field, last", "Notes/Sync.md", "date:: 2026-11-04\n[[Ann]]", "2026-11-04"],
		["the property as a link", "Notes/Sync.md", "---\ndate: \"[[2026-09-22]]\"\n---\n[[Ann]]", "2026-09-22"],
		["the property as an unquoted link (YAML reads a list in a list)", "Notes/Sync.md", "---\ndate: [[2026-09-22]]\n---\n[[Ann]]", "2026-09-22"],
		["an unreadable property: the file name still dates it", "Notes/2026-11-02 Sync.md", "---\ndate: soon\n---\n[[Ann]]", "2026-11-02"],
		["a compact date in the file name", "Notes/20260301 standup.md", "[[Ann]]", "2026-03-01"],
		["nothing dates it", "Notes/Sync.md", "[[Ann]]", null],
		["a date in the middle of a file name does not", "Notes/Sync 2026-11-02.md", "[[Ann]]", null],
		["a note in Templates is never dated", "Templates/2026-11-02 Meeting.md", "---\ndate: 2026-11-02\n---\n[[Ann]]", null],
	])("%s", (_rule, path, text, date) => {
		expect(read(path, text)?.date ?? null).toBe(date);
	});

	it("with no date property set, neither the property nor the inline field dates a note; with file-name dates off, the name does not", () => {
		const noKey = { ...DEFAULT_SETTINGS, datePropertyKey: "" };
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-03\n---\n[[Ann]]", noKey)).toBeNull();
		expect(read("Notes/Sync.md", "date:: 2026-11-04\n[[Ann]]", noKey)).toBeNull();
		expect(read("Notes/2026-11-02 Sync.md", "[[Ann]]", { ...DEFAULT_SETTINGS, datesFromFileNames: false })).toBeNull();
		expect(read("Notes/Sync.md", "---\nwhen: 2026-11-03\n---\n[[Ann]]", { ...DEFAULT_SETTINGS, datePropertyKey: "when" })?.date).toBe("2026-11-03");
	});
});

describe("what kind of contact", () => {
	it.each([
		["call", "call"], ["Phone call", "call"], ["zoom", "call"], ["video-call", "call"], ["email", "message"], ["SMS", "message"],
		["dm", "message"], ["letter", "message"], ["coffee", "meet"], ["1:1", "meet"], ["one-on-one", "meet"], ["in person", "meet"],
		["conference", "event"], ["meetup", "event"], ["[[Email]]", "message"], ["[[Channels/Call|a call]]", "call"],
		[["note", "lunch"], "meet"], [["![[Call]]", "email"], "message"], ["![[Call]]", null], ["gardening", null], [3, null], [null, null],
	])("%j → %s", (value, kind) => {
		expect(channelKind(value)).toBe(kind);
	});

	it("an event note is an event, whatever its channel; no channel is a mention", () => {
		expect(read("Events/Meetup.md", "---\ntype: event\ndate: 2026-11-12\nkind: call\n---\n[[Ann]]")?.kind).toBe("event");
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\n---\n[[Ann]]")?.kind).toBe("mention");
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\nkind: gardening\n---\n[[Ann]]")?.kind).toBe("mention");
	});

	it("the first channel key of the setting wins wherever it is in the note; an empty one passes to the next", () => {
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\ntype: meeting\nkind: call\n---\n[[Ann]]")?.kind).toBe("call");
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\nkind: \"\"\nchannel: email\n---\n[[Ann]]")?.kind).toBe("message");
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\nKIND: coffee\n---\n[[Ann]]")?.kind).toBe("meet");
	});
});

describe("which links count", () => {
	const links = (text: string, path = "Notes/Sync.md") => read(path, `---\ndate: 2026-11-12\n${text}`)?.links;
	it.each([
		["every contact property, any case", "people: \"[[Ann]]\"\nAttendees: [\"[[Bo]]\"]\nwith: \"[[Cy]]\"\nPARTICIPANTS: \"[[Di]]\"\ncontacts: \"[[Ed]]\"\nperson: \"[[Flo]]\"\n---\n", ["Ann", "Bo", "Cy", "Di", "Ed", "Flo"]],
		["a link's display text is not its target", "people: \"[[Ann Lee|Ann]]\"\n---\n", ["Ann Lee"]],
		["an embed in a property is not contact", "people: [\"![[Ann]]\", \"[[Bo]]\"]\n---\n", ["Bo"]],
		["an unquoted link (a list in a list)", "people: [[Ann Lee]]\n---\n", ["Ann Lee"]],
		["unquoted links in a list", "people:\n  - [[Ann]]\n  - [[Bo]]\n---\n", ["Ann", "Bo"]],
		["two links in one text", "people: \"[[Ann]] and [[Bo]]\"\n---\n", ["Ann", "Bo"]],
		["other properties' links do not count", "related: \"[[Ann]]\"\n---\n", []],
		["plain text in a property is not a link", "people: Ann\n---\n", []],
	])("%s", (_rule, text, expected) => {
		expect(links(text)).toEqual(expected);
	});

	it("in the body: not in quotes, callouts, comments, embeds, open or cancelled tasks; yes in ticked tasks and plain lines", () => {
		const body = [
			"---", "---",
			"Lunch with [[Ann]].",
			"> [[Bo]] said hi",
			"> [!note]", "> [[Cy]] in a callout",
			"%% [[Di]] hidden %%",
			"![[Ed]]",
			"- [ ] call [[Flo]]",
			"- [-] call [[Gus]]",
			"- [x] called [[Hal]]",
			"- talked to [[Ivy]]",
		].join("\n");
		const facts = read("Daily/2026-11-12.md", body);
		expect(facts?.links).toEqual(["Ann", "Hal", "Ivy"]);
		expect(facts?.followUps.map((f) => [f.link, f.text])).toEqual([["Flo", "call [[Flo]]"]]);
	});

	it("an event's attendees count even when attendees is not a contact property in the settings; a non-event's do not", () => {
		const settings = { ...DEFAULT_SETTINGS, contactPropertyKeys: ["people"] };
		expect(read("Events/Meetup.md", "---\ntype: event\ndate: 2026-11-12\nattendees: \"[[Ann]]\"\n---\n", settings)?.links).toEqual(["Ann"]);
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\nattendees: \"[[Ann]]\"\n---\n", settings)?.links).toEqual([]);
	});
});

describe("introductions, and the notes the plugin must read", () => {
	it("links on a line tagged #intro or #introduction are introduced, once each, if they count; links on other lines are not", () => {
		const facts = read("Daily/2026-11-12.md", [
			"Introduced [[Ann]] to [[Bo]] #intro and [[Ann]] again",
			"Lunch with [[Cy]]",
			"#Introduction of [[Di]]",
			"> [[Ed]] #intro",
			"- [ ] [[Flo]] #intro",
		].join("\n"));
		expect(facts?.introduced).toEqual(["Ann", "Bo", "Di"]);
		expect(read("Daily/2026-11-13.md", "[[Ann]] #introductions")?.introduced).toEqual([]);
	});

	it("a note with an open task linking a person is read for its words; one whose task links nobody known, or is done, is not", () => {
		const isSam = (name: string) => name === "sam";
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [ ] send [[Sam]] the deck\n"), isSam)).toBe(true);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [ ] send [[People/Sam|him]] the deck\n"), isSam)).toBe(true);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [ ] send [[Ann]] the deck\n"), isSam)).toBe(false);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [x] sent [[Sam]] the deck\n"), isSam)).toBe(false);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [ ] send the deck\n\n[[Sam]]\n"), isSam)).toBe(false);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "Plain [[Sam]]\n"), isSam)).toBe(false);
	});

	it("a note needs its text for a date only when nothing else dates it and it links someone", () => {
		const isSam = (name: string) => name === "sam";
		const needs = (path: string, text: string, settings: AscentSettings = DEFAULT_SETTINGS) =>
			needsTextForDate(note(path, text), settings, dateReaders(settings, DAILY), isSam);
		expect(needs("Notes/Sync.md", "date:: 2026-11-04\n[[Sam]]")).toBe(true);
		expect(needs("Notes/Sync.md", "---\npeople: \"[[Sam]]\"\n---\n")).toBe(true);
		expect(needs("Notes/Sync.md", "[[Ann]]")).toBe(false);
		expect(needs("Daily/2026-11-04.md", "[[Sam]]")).toBe(false);
		expect(needs("Notes/2026-11-04 Sync.md", "[[Sam]]")).toBe(false);
		expect(needs("Notes/Sync.md", "---\ndate: 2026-11-04\n---\n[[Sam]]")).toBe(false);
		expect(needs("Templates/Sync.md", "[[Sam]]")).toBe(false);
		expect(needs("Notes/Sync.md", "[[Sam]]", { ...DEFAULT_SETTINGS, datePropertyKey: "" })).toBe(false);
		expect(needs("Notes/2026-11-04 Sync.md", "[[Sam]]", { ...DEFAULT_SETTINGS, datesFromFileNames: false })).toBe(true);
	});
});

// Rows for what interactions.ts's mutation run found free (issue 19).
describe("interactions.ts, rule by rule", () => {
	const links = (text: string, path = "Notes/Sync.md", settings: AscentSettings = DEFAULT_SETTINGS) => read(path, `---\ndate: 2026-11-12\n${text}`, settings)?.links;
	it.each([
		["a block comment hides its links", "---\n%%\n[[Di]]\n%%\n[[Ann]]", ["Ann"]],
		["an upper-case tick counts", "---\n- [X] called [[Hal]]", ["Hal"]],
		["a link's name is trimmed; an empty link is none", "people: [\"[[ Ann Lee |Ann]]\", \"[[ ]]\"]\n---\n", ["Ann Lee"]],
		["plain text in a one-item list is not a link", "people: [Ann]\n---\n", []],
		["a link with no target is none", "people: [\"[[|Ann]]\", \"[[Bo|B]]\"]\n---\n", ["Bo"]],
		["an unquoted list of two plain names is no link", "people: [[Ann, Bo]]\n---\n", []],
		["an unquoted link's name is trimmed", "people: [[\" Ann Lee \"]]\n---\n", ["Ann Lee"]],
		["links nested four lists deep are not read", "people: [[[[\"[[Ann]]\"]]]]\n---\n", []],
		["an event's other properties' links do not count", "type: event\nrelated: \"[[Ann]]\"\nattendees: \"[[Bo]]\"\n---\n", ["Bo"]],
	])("%s", (_rule, text, expected) => {
		expect(links(text)).toEqual(expected);
	});

	it.each([
		["kind: call\ntype: meeting", "call"], ["kind:\nchannel: email", "message"], ["kind: \"  \"\nchannel: email", "message"], ["kind: []\nchannel: email", "message"],
	])("the channel: %j → %s", (props, kind) => {
		expect(read("Notes/Sync.md", `---\ndate: 2026-11-12\n${props}\n---\n[[Ann]]`)?.kind).toBe(kind);
	});

	it("a key listed twice in the channel setting keeps its first rank", () => {
		const settings = { ...DEFAULT_SETTINGS, channelPropertyKeys: ["kind", "channel", "KIND"] };
		expect(read("Notes/Sync.md", "---\ndate: 2026-11-12\nchannel: email\nkind: call\n---\n[[Ann]]", settings)?.kind).toBe("call");
	});

	it.each([[" ![[Call]]", null], ["phone  call", "call"]])("channel %j → %s", (value, kind) => {
		expect(channelKind(value)).toBe(kind);
	});

	it("a date property that is a list of two, or a link nested three deep, dates nothing", () => {
		expect(read("Notes/Sync.md", "---\ndate: [2026-09-22, 2026-09-23]\n---\n[[Ann]]")).toBeNull();
		expect(read("Notes/Sync.md", "---\ndate: [[[2026-09-22]]]\n---\n[[Ann]]")).toBeNull();
	});

	it("an undated note's open task among other list items is a follow-up", () => {
		const facts = read("Projects/Hiring.md", "- plan the round\n- [ ] ask [[Sam]] for referrals\n- [x] post the job\n");
		expect(facts?.followUps.map((f) => f.link)).toEqual(["Sam"]);
		expect(facts?.links).toEqual([]);
	});

	it("open tasks linking a person: found in any of several tasks, never a link above them", () => {
		const isSam = (name: string) => name === "sam";
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "- [ ] first\n- [ ] then [[Sam]]\n"), isSam)).toBe(true);
		expect(hasOpenTaskLinking(note("Daily/2026-11-12.md", "[[Sam]] first\n- [ ] later task\n"), isSam)).toBe(false);
	});

	it("a daily note never needs its text for a date, even with file-name dates off; a property link to someone else does not make a note need it", () => {
		const isSam = (name: string) => name === "sam";
		const off = { ...DEFAULT_SETTINGS, datesFromFileNames: false };
		expect(needsTextForDate(note("Daily/2026-11-04.md", "[[Sam]]"), off, dateReaders(off, DAILY), isSam)).toBe(false);
		expect(needsTextForDate(note("Notes/Sync.md", "---\nrelated: \"[[Ann]]\"\n---\n"), DEFAULT_SETTINGS, dateReaders(DEFAULT_SETTINGS, DAILY), isSam)).toBe(false);
	});
});
