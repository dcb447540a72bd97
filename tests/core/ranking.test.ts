// The attention list's order, one rule per row where that rule alone decides, and the same list kept through edits,
// renames and removals, with every answer worked out by hand (not by a second build, which would share a bug).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAttention, needsAttentionNow } from "../../src/core/attention";
import { addDays } from "../../src/core/dates";
import { PeopleIndex } from "../../src/core/people-index";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex, DAILY, note } from "../helpers";

const TODAY = "2026-11-30";
const names = (index: PeopleIndex) => index.attention(TODAY).map((p) => p.name);
const person = (props: string, body = "") => `---\n${props}\n---\n${body}`;

describe("the order of Needs attention", () => {
	it.each([
		["lateness relative to the cadence, not days: 20 days late on 14 (1.43) before 60 late on 90 (0.67)",
			{ A: person("cadence: 90\nlast-contact: 2026-07-03"), B: person("cadence: 14\nlast-contact: 2026-10-27") }, ["B", "A"]],
		["overdue before never contacted, whatever the lateness", { A: person("tier: close"), B: person("cadence: 365\nlast-contact: 2025-11-29") }, ["B", "A"]],
		["never contacted before due soon", { A: person("cadence: 30\nlast-contact: 2026-10-31"), B: person("tier: close") }, ["B", "A"]],
		["due soon: the sooner due first, whatever the name", { A: person("cadence: 30\nlast-contact: 2026-11-05"), B: person("cadence: 30\nlast-contact: 2026-11-02") }, ["B", "A"]],
		["equal lateness: by name", { B: person("cadence: 10\nlast-contact: 2026-11-10"), A: person("cadence: 20\nlast-contact: 2026-10-21") }, ["A", "B"]],
		["a follow-up 6 days late on a 30-day cadence (0.2) ranks after 10 days overdue on 30 (0.33)",
			{ A: person("cadence: 30\nlast-contact: 2026-11-25", "- [ ] send the deck 📅 2026-11-24\n"), B: person("cadence: 30\nlast-contact: 2026-10-21") }, ["B", "A"]],
		["a follow-up 12 days late on 30 (0.4) ranks before 10 days overdue on 30",
			{ A: person("cadence: 30\nlast-contact: 2026-11-25", "- [ ] send the deck 📅 2026-11-18\n"), B: person("cadence: 30\nlast-contact: 2026-10-21") }, ["A", "B"]],
		["a follow-up without a cadence is weighed against a week: 3 days late (0.43) before 10 of 30 (0.33)",
			{ A: person("company: Acme", "- [ ] call back 📅 2026-11-27\n"), B: person("cadence: 30\nlast-contact: 2026-10-21") }, ["A", "B"]],
		["snoozed, paused and up-to-date people are not listed",
			{ A: person("cadence: 30\nlast-contact: 2026-01-01\nsnooze-until: 2026-12-31"), B: person("cadence: 30\nlast-contact: 2026-01-01\npaused: true"), C: person("cadence: 30\nlast-contact: 2026-11-20") }, []],
	] as const)("%s", (_rule, people, order) => {
		const index = buildIndex(Object.fromEntries(Object.entries(people).map(([name, text]) => [`People/${name}.md`, text])));
		expect(names(index)).toEqual(order);
	});
});

describe("the list through edits, worked by hand", () => {
	it("adding, renaming, removing and editing notes moves people in and out as a person would expect", () => {
		const index = new PeopleIndex({ settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
		index.upsert(note("People/Sam.md", person("cadence: 30\nlast-contact: 2026-10-01"))); // due 10-31: 30 days late, 1.0
		index.upsert(note("People/Ana.md", person("cadence: 14\nlast-contact: 2026-11-10"))); // due 11-24: 6 days late, 0.43
		index.upsert(note("People/Bo.md", person("cadence: 30\nlast-contact: 2026-11-25"))); // due 12-25
		expect(names(index)).toEqual(["Sam", "Ana"]);

		index.upsert(note("Daily/2026-11-29.md", "Lunch with [[Sam]]\n")); // Sam due 12-29
		expect(names(index)).toEqual(["Ana"]);
		expect(index.person("People/Sam.md", TODAY)?.lastContact?.date).toBe("2026-11-29");

		index.rename("People/Ana.md", note("People/Ana Lima.md", person("cadence: 14\nlast-contact: 2026-11-10")));
		expect(names(index)).toEqual(["Ana Lima"]);

		index.upsert(note("Daily/2026-11-28.md", "Coffee with [[Ana Lima]]\n")); // due 12-12: 12 days away, not soon
		expect(names(index)).toEqual([]);

		index.remove("Daily/2026-11-29.md"); // Sam falls back to the property: 30 days late again
		expect(names(index)).toEqual(["Sam"]);

		index.upsert(note("People/Bo.md", person("cadence: 3\nlast-contact: 2026-11-25"))); // due 11-28: 2 of 3 days late, 0.67
		expect(names(index)).toEqual(["Sam", "Bo"]);

		index.upsert(note("Daily/2026-11-28.md", "Coffee with [[Ana Lima]] and [[Bo]]\n")); // Bo due 12-01: tomorrow, due soon
		expect(index.attention(TODAY).map((p) => [p.name, p.status])).toEqual([["Sam", "overdue"], ["Bo", "due-soon"]]);

		// Someone who needed no attention goes: the list is as it was (nobody else leaves with them).
		index.remove("People/Ana Lima.md");
		expect(names(index)).toEqual(["Sam", "Bo"]);
		index.remove("People/Bo.md");
		expect(names(index)).toEqual(["Sam"]);
		expect(index.people(TODAY).map((p) => p.name)).toEqual(["Sam"]);
	});
});

describe("the ranked list as a new day's views are made", () => {
	it("is the sort of everyone who needs attention, for any number of people in any order (kept in order as it grows)", () => {
		const someone = fc.record({
			rule: fc.constantFrom("", "cadence: 7", "cadence: 30", "cadence: 90", "tier: close", "tier: casual", "paused: true"),
			since: fc.option(fc.integer({ min: 0, max: 200 })),
			next: fc.option(fc.integer({ min: -10, max: 20 })),
			name: fc.constantFrom("Ann", "Bo", "Cy", "ann"),
		});
		fc.assert(fc.property(fc.array(someone, { minLength: 2, maxLength: 40 }), (people) => {
			const notes = people.map((p, i) => note(`People/${p.name} ${i % 3}/${p.name}.md`, person([
				p.rule,
				p.since === null ? "" : `last-contact: ${addDays(TODAY, -p.since)}`,
				p.next === null ? "" : `next-contact: ${addDays(TODAY, p.next)}`,
			].filter((line) => line !== "").join("\n") || "type: person")));
			const index = PeopleIndex.build(notes, { settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
			const sorted = index.people(TODAY).filter(needsAttentionNow).sort(compareAttention).map((v) => v.path);
			expect(index.attention(TODAY).map((v) => v.path)).toEqual(sorted);
			// Another day: made again, in order again.
			const later = addDays(TODAY, 21);
			expect(index.attention(later).map((v) => v.path)).toEqual(index.people(later).filter(needsAttentionNow).sort(compareAttention).map((v) => v.path));
		}), { numRuns: 200 });
	});
});

describe("the day's views kept through changes that move a follow-up", () => {
	it("a task that now reaches someone else leaves the first person's view, though their note did not change", () => {
		const index = new PeopleIndex({ settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
		index.upsert(note("People/Ann.md", person("aliases: [Annie]\ncadence: 30")));
		index.upsert(note("Daily/2026-11-20.md", "- [ ] call [[Annie]] about the offer\n"));
		const tasksOf = (path: string) => index.people(TODAY).find((p) => p.path === path)?.followUps.map((f) => f.path);
		expect(tasksOf("People/Ann.md")).toEqual(["Daily/2026-11-20.md"]);
		// A note named Annie is found before an alias of that name: the task now belongs to her.
		index.upsert(note("People/Annie.md", person("cadence: 30")));
		expect(tasksOf("People/Ann.md")).toEqual([]);
		expect(tasksOf("People/Annie.md")).toEqual(["Daily/2026-11-20.md"]);
	});

	it("a list handed out is the caller's: changing it changes nothing the index holds", () => {
		const index = buildIndex({ "People/A.md": person("cadence: 30\nlast-contact: 2026-01-01"), "People/B.md": person("cadence: 30\nlast-contact: 2026-02-01") });
		const first = index.attention(TODAY);
		first.reverse();
		first.pop();
		expect(names(index)).toEqual(["A", "B"]);
	});
});
