// Reconnect: who counts as a dormant tie, how they are ranked, and the reconnections goal.
import { describe, expect, it, vi } from "vitest";
import { goals, reconnect, reconnectionCounts, reconnectPeople } from "../../src/core/network";
import type { Day } from "../../src/core/dates";
import type { Interaction } from "../../src/core/model";
import { type DormantTie, reconnectionDays, TieMemo } from "../../src/core/reconnect";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex, note } from "../helpers";

const TODAY = "2026-11-30";
const log = (...lines: string[]) => `\n## Interactions\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;

const NOTES: Record<string, string> = {
	// Once close: many days of contact, a monthly rhythm, gave and asked; silent since 2024.
	"People/Close Once.md": `---\ntier: casual\n---\n${log("2023-01-05 lunch #meet", "2023-02-03 call #call", "2023-03-01 sent notes #gave", "2023-04-02 asked for advice #asked", "2023-05-01 coffee #meet", "2024-02-01 message #message")}`,
	// Two contacts long ago, no tier: a rhythm, barely.
	"People/Two Touches.md": `---\ncadence: 90\n---\n${log("2022-06-01 met at a meetup", "2022-09-01 follow-up call #call")}`,
	// The same two contacts, silent longer: ranks above the one lapsed later.
	"People/Two Older.md": `---\ncadence: 90\n---\n${log("2020-06-01 met at a meetup", "2020-09-01 follow-up call #call")}`,
	// One contact and nothing else: never had a rhythm.
	"People/Once Only.md": "---\ncadence: 90\nlast-contact: 2023-01-01\n---\n",
	// One contact but a tier: once chosen as close.
	"People/Tiered Once.md": "---\ntier: close\nlast-contact: 2024-01-10\n---\n",
	// Paused, and recent: never listed.
	"People/Paused.md": `---\ntier: close\npaused: true\n---\n${log("2022-01-01 call #call", "2022-02-01 call #call")}`,
	"People/Recent.md": `---\ntier: close\n---\n${log("2026-01-01 call #call", "2026-03-01 call #call")}`,
	// Untracked (no cadence, tier or contact): never listed.
	"People/Untracked.md": "---\ncompany: Acme\n---\n",
	// Not tracked on purpose, with a history that would make a tie: never listed.
	"People/Not Tracked.md": `---\ncadence: none\n---\n${log("2022-01-01 call #call", "2022-02-01 call #call", "2022-03-01 sent notes #gave")}`,
};

describe("the Reconnect list", () => {
	// Built inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const index = () => buildIndex(NOTES);

	it("holds once-close ties silent a year or more, closest and longest-lapsed first", () => {
		const list = reconnect(index(), TODAY);
		expect(list.map((t) => t.path.replace(/^People\/|\.md$/g, ""))).toEqual(["Close Once", "Two Older", "Two Touches", "Tiered Once"]);
		expect(list[0]).toMatchObject({ contactDays: 6, exchanges: 2, silentDays: 1033 });
		expect(list[0]?.rhythmDays).toBe(29);
	});

	it.each([
		[400, ["Close Once", "Two Older", "Two Touches", "Tiered Once"]],
		// Three years out of touch: only the oldest silences.
		[1095, ["Two Older", "Two Touches"]],
	])("after %i days", (days, names) => {
		const list = reconnect(buildIndex(NOTES, { ...DEFAULT_SETTINGS, reconnectAfterDays: days }), TODAY);
		expect(list.map((t) => t.path.replace(/^People\/|\.md$/g, ""))).toEqual(names);
	});

	it("a contact after a year's silence is a reconnection; the goal counts them by period", () => {
		const withReunion = buildIndex({ ...NOTES, "Daily/2026-11-20.md": "Lunch with [[Close Once]] after years\n" },
			{ ...DEFAULT_SETTINGS, goals: [{ id: "r", kind: "reconnections", period: "month", target: 1 }] });
		expect([...reconnectionCounts(withReunion, TODAY)]).toEqual([["2026-11-20", 1]]);
		expect(goals(withReunion, TODAY)[0]).toMatchObject({ kind: "reconnections", actual: 1, target: 1 });
		// Back in touch: off the list.
		expect(reconnect(withReunion, TODAY).map((t) => t.path)).not.toContain("People/Close Once.md");
	});
});

// Each tie worked by hand (today 2026-11-30, a year = 365 days): closeness = log2(1 + contact days)
// + 2 × min(1, 30 ÷ median gap) + ½ per event + ½ per gave/asked line + 1 for a tier; score = closeness × (1 + log2(silence ÷ 365)).
describe("the Reconnect list kept with a memo of ties, as the sidebar asks for it after every change", () => {
	const short = (path: string) => path.replace(/^People\/|\.md$/g, "");
	const rows = (list: readonly DormantTie[]) => list.map((t) => `${short(t.path)}: ${t.contactDays} days, score ${t.score.toFixed(6)}`);

	it("is the list worked out afresh after each change, and looks again only at the people a change touched", () => {
		const index = buildIndex(NOTES);
		const memo = new TieMemo();
		const contacts = vi.spyOn(index, "contacts");
		// The memo's list (and whose histories it gathered), checked against the list worked out afresh.
		const same = () => {
			contacts.mockClear();
			const kept = reconnectPeople(index, TODAY, memo);
			const looked = contacts.mock.calls.map(([path]) => short(path));
			expect(rows(kept.map((p) => p.tie))).toEqual(rows(reconnect(index, TODAY)));
			// Each tie comes with the view of its person on that day.
			for (const { tie, view } of kept) expect(view).toBe(index.people(TODAY).find((v) => v.path === tie.path));
			return { ties: kept.map((p) => p.tie), looked };
		};
		const first = same();
		expect(first.ties.map((t) => short(t.path))).toEqual(["Close Once", "Two Older", "Two Touches", "Tiered Once"]);
		expect(first.looked).toHaveLength(5);
		// Asked again with nothing changed: nobody's history is gathered.
		expect(same().looked).toEqual([]);
		// A call with Two Touches in 2023: a third day of contact, for them alone.
		index.upsert(note("Daily/2023-03-01.md", "Call with [[Two Touches]]\n"));
		const after = same();
		expect(after.looked).toEqual(["Two Touches"]);
		expect(after.ties.find((t) => short(t.path) === "Two Touches")?.contactDays).toBe(3);
		// Lunch with Close Once last week: back in touch, off the list, and nobody's history gathered.
		index.upsert(note("Daily/2026-11-20.md", "Lunch with [[Close Once]]\n"));
		const reunited = same();
		expect(reunited.ties.map((t) => short(t.path))).toEqual(["Two Older", "Two Touches", "Tiered Once"]);
		expect(reunited.looked).toEqual([]);
		// The 2023 call taken out again: two days, as before.
		index.remove("Daily/2023-03-01.md");
		expect(same().ties.find((t) => short(t.path) === "Two Touches")?.contactDays).toBe(2);
	});

	it("works a tie out again for another span of silence", () => {
		const index = buildIndex(NOTES);
		const view = index.people(TODAY).find((v) => v.path === "People/Close Once.md");
		if (!view) throw new Error("no view");
		const memo = new TieMemo();
		const work = vi.fn((): DormantTie | null => null);
		memo.tie(view, 365, work);
		memo.tie(view, 365, work);
		expect(work).toHaveBeenCalledTimes(1);
		memo.tie(view, 400, work);
		expect(work).toHaveBeenCalledTimes(2);
	});
});

describe("a dormant tie's closeness and score, by hand", () => {
	const index = () => buildIndex({
		// Three days, gaps 10 and 20: the median of an even count is their mean, 15, a rhythm closer than a month.
		"People/Gaps.md": `---\ncadence: 90\n---\n${log("2024-01-01 call #call", "2024-01-11 call #call", "2024-01-31 call #call")}`,
		// Two contacts on one day are one day of contact: two days, 20 apart.
		"People/Twice A Day.md": `---\ncadence: 90\n---\n${log("2024-01-01 call #call", "2024-01-01 lunch #meet", "2024-01-21 call #call")}`,
		// A log line, then an event a month later: two days, and half a point for the event.
		"People/Event Goer.md": `---\ncadence: 90\n---\n${log("2023-05-01 call #call")}`,
		"Events/Meetup.md": "---\ntype: event\ndate: 2023-06-01\nattendees:\n  - \"[[Event Goer]]\"\n---\n",
		// Two days 60 apart: a rhythm of two months counts half.
		"People/Slow.md": `---\ncadence: 90\n---\n${log("2023-01-01 call #call", "2023-03-02 call #call")}`,
		// One day, a tier, one give; an ask in the future counts neither as a day nor as an exchange.
		"People/Tier Give.md": `---\ntier: close\n---\n${log("2023-05-01 sent an intro #gave", "2027-01-01 will ask #asked")}`,
		// One day and one give, no tier: the give alone makes it a tie.
		"People/Give Only.md": `---\ncadence: 90\n---\n${log("2023-05-01 sent an intro #gave")}`,
		// Silent exactly a year, with a tier.
		"People/A Year.md": "---\ntier: close\nlast-contact: 2025-11-30\n---\n",
		// Silent a year less a day: not yet.
		"People/Not Yet.md": "---\ntier: close\nlast-contact: 2025-12-01\n---\n",
	});
	// Ranked inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const ties = () => new Map(reconnect(index(), TODAY).map((t) => [t.path.replace(/^People\/|\.md$/g, ""), t]));
	const score = (closeness: number, silent: number) => closeness * (1 + Math.log2(silent / 365));

	it.each([
		["Gaps", { contactDays: 3, rhythmDays: 15, exchanges: 0, silentDays: 1034, closeness: 2 + 2 }],
		["Twice A Day", { contactDays: 2, rhythmDays: 20, exchanges: 0, silentDays: 1044, closeness: Math.log2(3) + 2 }],
		["Event Goer", { contactDays: 2, rhythmDays: 31, exchanges: 0, events: 1, silentDays: 1278, closeness: Math.log2(3) + 2 * (30 / 31) + 0.5 }],
		["Slow", { contactDays: 2, rhythmDays: 60, exchanges: 0, silentDays: 1369, closeness: Math.log2(3) + 1 }],
		["Tier Give", { contactDays: 1, rhythmDays: null, exchanges: 1, silentDays: 1309, closeness: 1 + 0.5 + 1 }],
		["Give Only", { contactDays: 1, rhythmDays: null, exchanges: 1, silentDays: 1309, closeness: 1 + 0.5 }],
		["A Year", { contactDays: 1, rhythmDays: null, exchanges: 0, silentDays: 365, closeness: 1 + 1 }],
	])("%s", (name, expected) => {
		const tie = ties().get(name);
		expect(tie).toMatchObject({ ...expected, closeness: expect.closeTo(expected.closeness, 9) as number });
		expect(tie?.score).toBeCloseTo(score(expected.closeness, expected.silentDays), 9);
	});

	it("a tie silent a day less than a year is not listed yet", () => {
		expect(ties().has("Not Yet")).toBe(false);
	});
});

describe("reconnections: a contact the one before it was a year or more earlier", () => {
	const at = (date: string, source: Interaction["source"] = "log"): Interaction => ({ date: date, source, path: "x.md", kind: "call" });
	it.each([
		["a year and more apart", [at("2025-01-05"), at("2026-02-01")], ["2026-02-01"]],
		["exactly a year apart", [at("2025-01-01"), at("2026-01-01")], ["2026-01-01"]],
		["a year less a day", [at("2025-01-02"), at("2026-01-01")], []],
		["out of order", [at("2026-02-01"), at("2025-01-05")], ["2026-02-01"]],
		["twice the same day", [at("2025-01-05"), at("2025-01-05")], []],
		["the property's date is not a contact", [at("2025-01-05", "property"), at("2026-02-01")], []],
		["today counts; the future does not", [at("2024-11-30"), at("2026-11-30"), at("2028-01-01")], ["2026-11-30"]],
	])("%s", (_, interactions, days) => {
		expect(reconnectionDays(interactions, 365, TODAY as Day)).toEqual(days);
	});
});
