import { describe, expect, it, vi } from "vitest";
import { networkHealth, TrendBook } from "../../src/core/health-trend";
import { afterAnyChanges, buildIndex, note } from "../helpers";

// The trend kept between refreshes (TrendBook), against the trend worked out for everyone (networkHealth): after any
// run of changes, told whom each touched, they are the same numbers.

const log = (...days: string[]) => `\n## Interactions\n\n${days.map((d) => `- ${d} call #call`).join("\n")}\n`;
/** Notes a change may write: contact in each of the trend's weeks, before it and after today, pauses, cadences. */
const VARIANTS: Record<string, (string | null)[]> = {
	"People/Sam.md": [`---\ncadence: 14\n---\n${log("2026-10-01", "2026-11-10")}`, "---\ncadence: 30\npaused: true\n---\n", "---\ncadence: 7\nlast-contact: 2026-09-20\n---\n", null],
	"People/Ana.md": [`---\ncadence: 30\n---\n${log("2026-09-10")}`, "---\ntier: close\n---\n", "---\ncadence: none\n---\n"],
	"People/Bo.md": ["---\ncadence: 60\n---\n", `---\ncadence: 60\n---\n${log("2025-01-01", "2026-12-20")}`, null],
	"Daily/2026-10-15.md": ["Lunch with [[Sam]] and [[Bo]].\n", "Call with [[Ana]].\n", null],
	"Daily/2026-11-29.md": ["Coffee with [[Bo]].\n", "Nothing today.\n", null],
	"Daily/2026-08-01.md": ["Met [[Ana]] and [[Sam]] at a meetup.\n", null],
};

describe("the health trend kept between refreshes", () => {
	it("equals the trend worked out for everyone after any run of changes, removals and new days", () => {
		const book = new TrendBook();
		afterAnyChanges({ "People/Sam.md": "---\ncadence: 14\n---\n", "Daily/2026-10-15.md": "Lunch with [[Sam]].\n" }, VARIANTS, ["2026-11-30", "2026-11-30", "2026-12-07", "2027-01-15"], 12,
			(index, day, told) => expect(book.trend(index, day, told, index.people(day))).toEqual(networkHealth(index, day)));
	});

	it("works out again only the people a change touched; everyone for a new day, a new index, or someone new", () => {
		const notes = { "People/Sam.md": "---\ncadence: 14\n---\n", "People/Ana.md": "---\ncadence: 30\n---\n", "Daily/2026-10-15.md": "Lunch with [[Sam]].\n" };
		const index = buildIndex(notes);
		const book = new TrendBook();
		const all = vi.spyOn(index, "allFacts");
		const mentions = vi.spyOn(index, "mentionsOf");
		const trend = (day: string, changed: Set<string> | null) => book.trend(index, day, changed, index.people(day));
		trend("2026-11-30", null);
		expect(all).toHaveBeenCalledTimes(1);
		// A note of a past week mentions Ana now: her weeks alone, and the trend moves with them.
		index.upsert(note("Daily/2026-10-15.md", "Lunch with [[Sam]] and [[Ana]].\n"));
		mentions.mockClear();
		const moved = trend("2026-11-30", new Set(["People/Ana.md"]));
		expect(mentions.mock.calls.map(([p]) => p)).toEqual(["People/Ana.md"]);
		expect(moved).toEqual(networkHealth(index, "2026-11-30"));
		expect(all).toHaveBeenCalledTimes(2);
		// Nothing changed: nobody worked out again.
		mentions.mockClear();
		trend("2026-11-30", new Set());
		expect(mentions).not.toHaveBeenCalled();
		// A new day; someone new; another index: everyone.
		trend("2026-12-01", new Set());
		expect(all).toHaveBeenCalledTimes(3);
		index.upsert(note("People/Bo.md", "---\ncadence: 30\n---\n"));
		const grown = trend("2026-12-01", new Set(["People/Bo.md"]));
		expect(all).toHaveBeenCalledTimes(4);
		expect(grown).toEqual(networkHealth(index, "2026-12-01"));
		// Told that anyone may have changed (null), on the same index and day: everyone again.
		index.upsert(note("Daily/2026-11-29.md", "Coffee with [[Bo]].\n"));
		const told = trend("2026-12-01", null);
		expect(all).toHaveBeenCalledTimes(6);
		expect(told).toEqual(networkHealth(index, "2026-12-01"));
		const other = buildIndex(notes);
		expect(book.trend(other, "2026-12-01", new Set(), other.people("2026-12-01"))).toEqual(networkHealth(other, "2026-12-01"));
	});
});
