// The due date of a follow-up, in the forms people write it; and the dates that only look like one.
import { describe, expect, it } from "vitest";
import { earliestDue, taskDue } from "../../src/core/task-due";

describe("a follow-up's due date", () => {
	it.each([
		["send the deck 📅 2026-12-01", "2026-12-01"],
		["send the deck 📅2026-12-01 ⏳ 2026-11-28", "2026-12-01"],
		["send the deck ⏳ 2026-11-28", "2026-11-28"],
		["send the deck 🛫 2026-11-20", "2026-11-20"],
		["send the deck [due:: 2026-12-01] #work", "2026-12-01"],
		["send the deck (Due:: 2026-12-01)", "2026-12-01"],
		["send the deck 2026-12-01", "2026-12-01"],
		["send the deck 2026-12-01 ^deck", "2026-12-01"],
		// Only looks like one: a date in the middle of the words, inside code, or not a real date.
		["ask how the 2026-12-01 launch went", null],
		["run `deploy --at 2026-12-01`", null],
		["write `📅 2026-12-01` for a due date", null],
		["a `[due:: 2026-12-01]` field", null],
		// Inline code as CommonMark reads it (core/code-spans.ts, shared with inline fields and the note reader): a
		// run of backticks is closed by the next run of the same length only.
		["the syntax is ``[due:: 2026-12-01]``", null],
		["``a ` 📅 2026-12-01`` in code that holds a backtick", null],
		["call ` then 📅 2026-12-01 `` (backticks that close nothing)", "2026-12-01"],
		// Code taken out leaves a space: the date after it still ends the task.
		["see `code`2026-12-01", "2026-12-01"],
		["send the deck 📅 2026-13-45", null],
		["send the deck", null],
		["release v2026-12-01", null],
	])("%j → %j", (words, due) => {
		expect(taskDue(words)).toBe(due);
	});

	it("the soonest of a person's follow-ups whose words are known", () => {
		expect(earliestDue([
			{ path: "a.md", line: 1, text: "later 📅 2026-12-20" },
			{ path: "b.md", line: 2, text: null },
			{ path: "c.md", line: 3, text: "sooner [due:: 2026-12-02]" },
			{ path: "d.md", line: 4, text: "no date" },
		])).toEqual({ due: "2026-12-02", text: "sooner [due:: 2026-12-02]", path: "c.md", line: 3 });
		expect(earliestDue([])).toBeNull();
		// The first of the soonest, in the order given (own note first, then newest notes).
		const [first, second, third] = [
			{ path: "a.md", line: 1, text: "sooner 📅 2026-12-02" },
			{ path: "b.md", line: 2, text: "later 📅 2026-12-20" },
			{ path: "c.md", line: 3, text: "as soon 📅 2026-12-02" },
		];
		expect(earliestDue([first, second, third])?.path).toBe("a.md");
		expect(earliestDue([third, second, first])?.path).toBe("c.md");
	});
});
