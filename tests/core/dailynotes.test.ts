import { describe, expect, it } from "vitest";
import { dailyNoteMatcher } from "../../src/core/dailynotes";

describe("daily note filenames, read as Obsidian writes them", () => {
	it.each([
		["", "YYYY-MM-DD", "2026-11-20.md", "2026-11-20"],
		["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026/11/2026-11-20.md", "2026-11-20"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20.md", "2026-11-20"],
		["Daily", "DD.MM.YYYY", "Daily/20.11.2026.md", "2026-11-20"],
		["Daily", "YYYY-MM-DD dddd", "Daily/2026-11-20 Friday.md", "2026-11-20"],
		["Daily", "MMMM D, YYYY", "Daily/November 20, 2026.md", "2026-11-20"],
		["Daily", "[Log] YYYY-MM-DD", "Daily/Log 2026-11-20.md", "2026-11-20"],
		["Daily", "Do MMM YYYY", "Daily/3rd Dec 2026.md", "2026-12-03"],
	])("%s + %s: %s → %s", (folder, format, path, day) => {
		expect(dailyNoteMatcher({ folder, format })(path)).toBe(day);
	});

	it.each([
		["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026/11/notes.md"],
		["Journal", "YYYY/MM/YYYY-MM-DD", "Other/2026/11/2026-11-20.md"],
		["Daily", "YYYY-MM-DD", "Daily/2026-13-45.md"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20.pdf"],
		["Daily", "gggg-[W]ww", "Daily/2026-W47.md"],
	])("%s + %s: %s is not a daily note", (folder, format, path) => {
		expect(dailyNoteMatcher({ folder, format })(path)).toBeNull();
	});
});
