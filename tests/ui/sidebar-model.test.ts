import { describe, expect, it } from "vitest";
import type { PersonView } from "../../src/core/model";
import { personView } from "./person-view";
import { readBlockOptions } from "../../src/ui/block-options";
import { cadenceProgress, EMPTY_DATA, matches, rowsFor, type SidebarData, tabCounts } from "../../src/ui/sidebar-model";

const TODAY = "2026-11-30";
const p = (name: string, over: Partial<PersonView> = {}): PersonView => personView({ path: `People/${name}.md`, name, ...over });

describe("search", () => {
	it.each([
		["sam", true], ["SAM", true], ["riv", true], ["sammy", true], ["#work", true], ["#work/client", true], ["#wor", true],
		["#sam", false], ["ana", false],
	])("%s", (query, expected) => {
		expect(matches(p("Sam Rivera", { aliases: ["Sammy"] }), ["work/client"], query)).toBe(expected);
	});
});

describe("tabs", () => {
	const data: SidebarData = {
		...EMPTY_DATA, ready: true, today: TODAY,
		people: [
			p("Due", { status: "due-soon", due: "2026-12-02", daysOverdue: -2 }),
			p("Later", { status: "ok", due: "2026-12-20" }),
			p("Far", { status: "ok", due: "2027-03-01" }),
			p("Late", { status: "overdue", daysOverdue: 10, cadenceDays: 30 }),
			p("New", { status: "untracked", mentionCount: 1 }),
			p("Mentioned", { status: "untracked", mentionCount: 9 }),
			p("Bday", { nextBirthday: "2026-12-24", tier: "close" }),
		].sort((a, b) => a.name.localeCompare(b.name)),
	};
	data.attention = data.people.filter((x) => x.name === "Late" || x.name === "Due").sort((a) => (a.name === "Late" ? -1 : 1));
	it.each([
		["attention", ["Late", "Due"]],
		["upcoming", ["Due", "Later"]],
		["triage", ["Mentioned", "New"]],
		["birthdays", ["Bday"]],
		["everyone", ["Bday", "Due", "Far", "Late", "Later", "Mentioned", "New"]],
	] as const)("%s", (tab, names) => {
		expect(rowsFor(data, tab).map((x) => x.name)).toEqual(names);
	});
	it("filters by tier", () => {
		expect(rowsFor(data, "everyone", "", "close").map((x) => x.name)).toEqual(["Bday"]);
	});
	it("counts every tab in one pass, with the same filters as the rows", () => {
		expect(tabCounts(data)).toEqual({ attention: 2, upcoming: 2, everyone: 7, birthdays: 1, reconnect: 0, triage: 2, problems: 0 });
		const dormant = data.people[0];
		if (dormant) expect(tabCounts({ ...data, reconnect: [dormant] }, dormant.name.slice(0, 3)).reconnect).toBe(1);
		expect(tabCounts(data, "#nothing")).toMatchObject({ everyone: 0, attention: 0 });
		for (const tab of ["attention", "upcoming", "everyone", "birthdays", "reconnect", "triage"] as const) {
			expect(tabCounts(data, "e")[tab]).toBe(rowsFor(data, tab, "e").length);
		}
	});
});

describe("cadence progress", () => {
	it("is 0 after contact, 1 on the due date, capped at 1.5, null without contact", () => {
		const last = { date: "2026-11-15", source: "log" as const, path: "x", kind: "other" as const };
		expect(cadenceProgress(p("a", { lastContact: last, cadenceDays: 30 }), "2026-11-15")).toBe(0);
		expect(cadenceProgress(p("a", { lastContact: last, cadenceDays: 15 }), TODAY)).toBe(1);
		expect(cadenceProgress(p("a", { lastContact: last, cadenceDays: 5 }), TODAY)).toBe(1.5);
		expect(cadenceProgress(p("a"), TODAY)).toBeNull();
	});
});

describe("block options", () => {
	it.each([
		[null, { show: "attention", limit: 10, tag: "", tier: "", location: "" }],
		[{ show: "upcoming", limit: 3 }, { show: "upcoming", limit: 3, tag: "", tier: "", location: "" }],
		[{ show: "all", tag: "#work", tier: "close" }, { show: "all", limit: 10, tag: "work", tier: "close", location: "" }],
		[{ show: "reconnect", location: " Berlin " }, { show: "reconnect", limit: 10, tag: "", tier: "", location: "Berlin" }],
	])("%j", (input, options) => {
		expect(readBlockOptions(input)).toEqual({ options });
	});
	it.each([["text"], [[1]], [{ show: 3 }], [{ limit: 0 }], [{ limit: 2.5 }], [{ tag: "" }], [{ other: 1 }]])("rejects %j with one line", (input) => {
		const result = readBlockOptions(input);
		expect("error" in result && !result.error.includes("\n")).toBe(true);
	});
});

describe("one name order everywhere", () => {
	it("the triage order, the upcoming order and the report order break ties by the same collator", async () => {
		const { compareByName } = await import("../../src/core/attention");
		const names = ["zoë", "Émile", "emma", "Zoe", "Ana", "ana"];
		const people = names.map((n, i) => p(n, { path: `People/${i}.md`, status: "untracked", mentionCount: 1 }));
		const data: SidebarData = { ...EMPTY_DATA, ready: true, today: TODAY, people };
		const expected = [...people].sort(compareByName).map((x) => x.path);
		// Accents and case do not order names ("Émile" sits with "emma"), and equal names go by path.
		expect(expected).toEqual(["People/4.md", "People/5.md", "People/1.md", "People/2.md", "People/0.md", "People/3.md"]);
		expect(rowsFor(data, "triage", "", "", "default").map((x) => x.path)).toEqual(expected);
	});
});

describe("the tab table", () => {
	it("each tab's count is the length of its rows, for any query, tier and sort", async () => {
		const { PEOPLE_TABS } = await import("../../src/ui/sidebar-model");
		const people = [
			p("Ann", { status: "overdue", daysOverdue: 3, tier: "close" }), p("Bo", { status: "due-soon", due: "2026-12-02", daysOverdue: -2 }),
			p("Cy", { status: "ok", due: "2027-01-01", nextBirthday: "2026-12-10", asked: 2 }), p("Di", { status: "untracked", mentionCount: 2, tier: "close" }),
			p("Ed", { status: "never-contacted" }), p("Flo", { status: "ok", due: "2026-12-20", asked: 1, gave: 3 }),
		];
		const data: SidebarData = { ...EMPTY_DATA, ready: true, today: TODAY, people, attention: people.filter((x) => ["overdue", "never-contacted", "due-soon"].includes(x.status)) };
		for (const [query, tier, sort] of [["", "", "default"], ["a", "", "default"], ["", "close", "default"], ["", "", "asked-more"]] as const) {
			const counts = tabCounts(data, query, tier, sort);
			for (const tab of PEOPLE_TABS) expect(counts[tab.id], `${tab.id} ${query} ${tier} ${sort}`).toBe(rowsFor(data, tab.id, query, tier, sort).length);
		}
	});
});
