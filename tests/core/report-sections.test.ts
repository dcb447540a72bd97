// The report's text and Markdown, section by section: a section with nothing in it is not printed; each one that has
// something says how many; a place narrows every list to the people there. Small vaults, each worked by hand.
import { describe, expect, it } from "vitest";
import { collectReport, inPlaceOnly, noteLink, reachOutSection, safeLinkText, toMarkdown, toText } from "../../src/core/report";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";
import { personView } from "../ui/person-view";

const TODAY = "2026-11-30";
const report = (notes: Record<string, string>, limit = Infinity, settings = DEFAULT_SETTINGS) => toText(collectReport(buildIndex(notes, settings), TODAY), limit);
const SECTIONS = ["Birthdays", "Follow-ups with a date", "Goals", "Reconnect", "Circles:", "Suggested introductions", "Suggested tiers", "Drifting", "Network health", "Problems"];
const headings = (text: string) => SECTIONS.filter((s) => text.split("\n").some((l) => l.startsWith(s)));

describe("a section with nothing in it is not printed", () => {
	it("one person in touch: the status line and the summary, nothing else", () => {
		const text = report({ "People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n" }, Infinity, { ...DEFAULT_SETTINGS, goals: [] });
		expect(text.split("\n")[0]).toBe(`Ascent: who needs attention on ${TODAY}`);
		expect(text).toContain("\nNeeds attention (0): everyone is up to date.\n");
		expect(headings(text)).toEqual(["Network health"]);
		expect(text.endsWith(".\n") && !text.endsWith("\n\n")).toBe(true);
	});

	it("nobody: says where it looked, and how to find out more", () => {
		const text = report({ "Notes/x.md": "" });
		expect(text).toContain("\nNo people found. Ascent looks in ");
		expect(text).toContain("\nRun `ascent check` to see what the vault holds and the settings that would read it.\n");
		expect(headings(text).filter((h) => h !== "Goals")).toEqual([]);
	});

	it("each section with something in it", () => {
		const text = report({
			"People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-09-01\nbirthday: 1990-12-03\ntier: close\nneeds: [hiring]\n---\n- [ ] send the deck 📅 2026-12-02\n",
			"People/Bo Chen.md": "---\ncadence: 30\ntier: close\noffers: [hiring]\n---\n\n## Interactions\n\n- 2024-01-05 call #call\n- 2024-02-05 call #call\n",
			"People/Cy Park.md": "---\ncadence: [30\n---\n",
		});
		expect(headings(text)).toEqual(["Birthdays", "Follow-ups with a date", "Goals", "Reconnect", "Circles:", "Suggested introductions", "Network health", "Problems"]);
		expect(text).toContain("\nBirthdays (1)\n  Ann Lee                birthday 2026-12-03 (in 3 days)\n");
		expect(text).toContain("\nFollow-ups with a date (1): the soonest first\n  Ann Lee                send the deck · 2026-12-02 (due in 2 days)\n");
		expect(text).toContain("\nReconnect (1): once in touch, silent a year or more; the closest ties and longest silences first\n  Bo Chen                last contact 2024-02-05 (3 years ago) · 2 days of contact\n");
		expect(text).toContain("\nCircles: inner-circle 0 of 5 · close 2 of 15 · casual 0 of 50 · keep-warm 0 of 150 · dormant 0\n");
		expect(text).toContain("\n3 people: 2 overdue, 1 untracked.\n");
		expect(text).toContain("\nSuggested introductions (1): one needs what the other offers\n  Ann Lee needs hiring; Bo Chen offers it\n");
		expect(text).toMatch(/\nProblems \(1\)\n {2}People\/Cy Park\.md: /);
	});

	it("--limit holds lists back and says so", () => {
		const notes = Object.fromEntries(["Ann", "Bo", "Cy"].map((n) => [`People/${n}.md`, `---\ncadence: 30\nlast-contact: 2026-09-01\n---\n- [ ] call 📅 2026-12-0${n.length}\n`]));
		const text = report(notes, 1);
		expect(text).toContain("\nFollow-ups with a date (3): the soonest first\n  Bo ");
		expect(text).toContain("\n  2 more; raise --limit to see them.\n");
		expect(text).toContain("\n2 more need attention; raise --limit to see them.");
	});
});

describe("a place", () => {
	it("narrows people, lists and introductions to the people there; nobody there says so", () => {
		const index = buildIndex({
			"People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-09-01\nlocation: Berlin\nneeds: [hiring]\n---\n",
			"People/Bo Chen.md": "---\ncadence: 30\nlast-contact: 2026-09-01\nlocation: Porto\noffers: [hiring]\n---\n",
		});
		const data = collectReport(index, TODAY);
		const berlin = inPlaceOnly(data, "Berlin");
		expect([berlin.people.map((p) => p.name), berlin.attention.map((p) => p.name), berlin.introductions.length]).toEqual([["Ann Lee"], ["Ann Lee"], 1]);
		expect(toText(berlin).split("\n")[0]).toBe(`Ascent: who needs attention on ${TODAY} in Berlin`);
		const lisbon = toText(inPlaceOnly(data, "Lisbon"));
		expect(lisbon).toContain("\nNobody's location is in Lisbon (Ascent reads where people are from the location field: location, city or based-in).\n");
	});
});

describe("Markdown", () => {
	it("a heading with the day, a line per person, and birthdays only when there are some", () => {
		const md = toMarkdown(collectReport(buildIndex({ "People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-09-01\n---\n" }), TODAY));
		expect(md.split("\n").slice(0, 2)).toEqual([`## Needs attention (${TODAY})`, ""]);
		expect(md).toContain("[[Ann Lee]]");
		expect(md).not.toContain("### Birthdays");
		const withBirthday = toMarkdown(collectReport(buildIndex({ "People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-09-01\nbirthday: 1990-12-03\n---\n" }), TODAY));
		expect(withBirthday).toMatch(/\n\n### Birthdays\n\n.*\[\[Ann Lee\]\].*2026-12-03/);
		expect(toMarkdown(collectReport(buildIndex({ "People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n" }), TODAY))).toBe(`## Needs attention (${TODAY})\n\nEveryone is up to date.\n`);
	});

	it("a link that says the name, safe whatever the name", () => {
		expect(noteLink({ name: "Ann Lee", path: "People/Ann Lee.md" })).toBe("[[Ann Lee]]");
		expect(noteLink({ name: "Ann Lee", path: "People/Ann Lee.md" }, () => "Other/Ann Lee.md")).toBe("[[People/Ann Lee|Ann Lee]]");
		expect(noteLink({ name: "Ann Lee", path: "People/Ann Lee.md" }, () => "People/Ann Lee.md")).toBe("[[Ann Lee]]");
	});
});

describe("the reach-out section of a daily note", () => {
	const people = [
		personView({ name: "Ann Lee", path: "People/Ann Lee.md", status: "overdue", daysOverdue: 5, cadenceDays: 30, lastContact: { date: "2026-11-25", source: "log", path: "People/Ann Lee.md", kind: "call" } }),
		personView({ name: "Sam (work)", path: "Work/Sam (work).md", status: "never-contacted", lastContact: null }),
		personView({ name: "Cy", path: "People/Cy.md", status: "never-contacted", lastContact: null }),
	];
	it("a task per person, up to the count, with why and a link to prepare; due today with the Tasks plugin", () => {
		expect(reachOutSection(people, TODAY, 2)).toBe([
			"## Reach out", "",
			"- [ ] [[Ann Lee]] — overdue 5 days ([prepare](obsidian://ascent?person=People%2FAnn%20Lee.md))",
			"- [ ] [[Sam (work)]] — never contacted ([prepare](obsidian://ascent?person=Work%2FSam%20%28work%29.md))",
		].join("\n") + "\n");
		expect(reachOutSection(people.slice(0, 1), TODAY, 5, "Today", () => "Other/Ann Lee.md", "gentle", true)).toBe(
			"## Today\n\n- [ ] [[People/Ann Lee|Ann Lee]] — reconnect ([prepare](obsidian://ascent?person=People%2FAnn%20Lee.md)) 📅 2026-11-30\n",
		);
		expect(reachOutSection([], TODAY, 5)).toBe("## Reach out\n\n");
	});

	it("names no wikilink can carry", () => {
		expect(noteLink({ name: "A [draft]", path: "People/A [draft].md" })).toBe("[A \\[draft\\]](People/A%20%5Bdraft%5D.md)");
		expect(noteLink({ name: "Q&A (2)", path: "People/x [y] (z).md" })).toBe("[Q&A (2)](People/x%20%5By%5D%20%28z%29.md)");
		expect(noteLink({ name: "C#", path: "People/C#.md" })).toBe("C#");
		expect(noteLink({ name: "a|b", path: "People/ab.md" })).toBe("a\\|b");
		expect(noteLink({ name: "Two\r\nlines", path: "People/Two lines.md" })).toBe("[[Two lines]]");
		expect(safeLinkText("*a* _b_ `c` <d> \\e")).toBe("\\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\\\e");
	});
});
