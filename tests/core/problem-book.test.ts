import { describe, expect, it, vi } from "vitest";
import { ProblemBook, problems } from "../../src/core/network";
import type { Problem } from "../../src/core/model";
import { afterAnyChanges, buildIndex, note } from "../helpers";

// The sidebar's problems, kept between refreshes (ProblemBook), against the list made afresh (problems): after any
// run of changes, told whom each touched, they are the same list.

/** Notes a change may write: people with and without problems (a bad date, contact in the future), two people with one name, others. */
const VARIANTS: Record<string, (string | null)[]> = {
	"People/Sam Lee.md": ["---\ncadence: 30\n---\n", "---\nlast-contact: not a date\n---\n", "---\ncadence: 30\n---\n\n## Interactions\n\n- 2027-02-01 lunch #meet\n", null],
	"Work/Sam Lee.md": ["---\ntags: [person]\n---\n", null],
	"People/Dana Ortiz.md": ["---\nbirthday: 1990-13-45\n---\n", "---\ntier: close\n---\n", null],
	"People/Ana.md": ["---\ncadence: 14\n---\n\n## Interactions\n\n- 2026-12-24 call #call\n- 2026-99-01 typo\n", "---\ncadence: 14\n---\n"],
	"Daily/2026-11-29.md": ["Coffee with [[Sam Lee]] and [[Ana]].\n", "Call with [[Dana Ortiz]].\n", null],
	"Notes/Sam Lee.md": ["A note that is nobody.\n", null],
};

describe("the problems kept between refreshes", () => {
	it("equal the list made afresh after any run of changes, removals and new days", () => {
		const book = new ProblemBook();
		afterAnyChanges({ "People/Sam Lee.md": "---\ncadence: 30\n---\n", "Daily/2026-11-29.md": "Coffee with [[Sam Lee]].\n" }, VARIANTS, ["2026-11-30", "2026-11-30", "2026-12-25", "2027-03-01"], 14,
			(index, day, told) => expect(book.problems(index, day, told)).toEqual(problems(index, day)));
	});

	it("looks again only at the people a change touched, and hands the same list out when none of theirs moved", () => {
		const index = buildIndex({
			"People/Sam Lee.md": "---\nlast-contact: not a date\n---\n",
			"People/Ana.md": "---\ncadence: 14\n---\n",
			"Daily/2026-11-29.md": "Coffee with [[Ana]].\n",
		});
		const book = new ProblemBook();
		const first = book.problems(index, "2026-11-30", null);
		expect(first.map((p) => [p.path, p.field])).toEqual([["People/Sam Lee.md", "last-contact"]]);
		const facts = vi.spyOn(index, "facts");
		const all = vi.spyOn(index, "allFacts");
		// A keystroke that mentions Ana: only Ana is looked at, and the list is the one handed out before.
		index.upsert(note("Daily/2026-11-29.md", "Coffee with [[Ana]] again.\n"));
		facts.mockClear();
		expect(book.problems(index, "2026-11-30", new Set(["People/Ana.md"]))).toBe(first);
		expect(facts.mock.calls.map(([p]) => p)).toEqual(["People/Ana.md"]);
		expect(all).not.toHaveBeenCalled();
		// Sam's note saved again as it was: his problem is the same, and so is the list.
		index.upsert(note("People/Sam Lee.md", "---\nlast-contact: not a date\n---\n"));
		expect(book.problems(index, "2026-11-30", new Set(["People/Sam Lee.md"]))).toBe(first);
		// Ana logs a call in the future: her problem joins the list.
		index.upsert(note("People/Ana.md", "---\ncadence: 14\n---\n\n## Interactions\n\n- 2026-12-24 call #call\n"));
		expect(book.problems(index, "2026-11-30", new Set(["People/Ana.md"])).map((p) => [p.path, p.field])).toEqual([["People/Ana.md", "log line 7"], ["People/Sam Lee.md", "last-contact"]]);
		// Sam's bad date reads otherwise: the same field and count, the new value shown.
		index.upsert(note("People/Sam Lee.md", "---\nlast-contact: still not a date\n---\n"));
		expect(book.problems(index, "2026-11-30", new Set(["People/Sam Lee.md"])).find((p) => p.path === "People/Sam Lee.md")?.value).toBe("still not a date");
		// A new day: everyone again (Ana's call is past on Christmas).
		expect(book.problems(index, "2026-12-25", new Set()).map((p) => p.path)).toEqual(["People/Sam Lee.md"]);
		expect(all).toHaveBeenCalledTimes(1);
		// Another index, on the same day, told nothing changed: everyone in it.
		const other = buildIndex({ "People/Bo.md": "---\nbirthday: someday\n---\n" });
		expect(book.problems(other, "2026-12-25", new Set()).map((p) => p.path)).toEqual(["People/Bo.md"]);
	});

	it("keeps one order for two paths the locale reads as one (a name in NFC and in NFD), however they came", () => {
		const nfc = "People/Jos\u00e9.md";
		const nfd = "People/Jose\u0301.md";
		expect(nfc.localeCompare(nfd)).toBe(0);
		const bad = "---\nlast-contact: not a date\n---\n";
		for (const order of [[nfc, nfd], [nfd, nfc]]) {
			const index = buildIndex(Object.fromEntries(order.map((p) => [p, bad])));
			const book = new ProblemBook();
			const which = (list: Problem[]) => list.map((p) => `${p.path === nfd ? "NFD" : "NFC"} ${p.field}`);
			const first = which(book.problems(index, "2026-11-30", null));
			// The NFD path first (its text sorts first), each with its bad date, and the shared name flagged once.
			expect(first.filter((p) => p.endsWith("last-contact"))).toEqual(["NFD last-contact", "NFC last-contact"]);
			expect(first.filter((p) => p.endsWith("name"))).toHaveLength(1);
			expect(first).toEqual([...first].sort((a, b) => (a.slice(0, 3) === b.slice(0, 3) ? 0 : a < b ? 1 : -1)));
			// The first one's problems made afresh (it moves to the end of the book): the same list.
			index.upsert(note(order[0] as string, "---\nlast-contact: still not a date\n---\n"));
			const again = which(book.problems(index, "2026-11-30", new Set([order[0] as string])));
			expect(again).toEqual(first);
			expect(which(problems(index, "2026-11-30"))).toEqual(first);
		}
	});
});
