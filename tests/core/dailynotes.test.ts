import { describe, expect, it } from "vitest";
import { chooseDailyNotes, dailyNoteMatcher, fileNameDayReader } from "../../src/core/dailynotes";

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
		// A weekday before the date (it captures nothing, so it must not shift what follows).
		["Daily", "dddd, MMMM D, YYYY", "Daily/Friday, November 20, 2026.md", "2026-11-20"],
		["Daily", "ddd YYYY-MM-DD", "Daily/Fri 2026-11-20.md", "2026-11-20"],
		["Daily", "dd DD.MM.YY", "Daily/Fr 20.11.26.md", "2026-11-20"],
		["Daily", "DDDD YYYY-MM-DD", "Daily/324 2026-11-20.md", "2026-11-20"],
		["Daily", "Q YYYY-MM-DD", "Daily/4 2026-11-20.md", "2026-11-20"],
		// A blank format is Obsidian's default; slashes around the folder and the case of the extension do not matter.
		["Daily", "  ", "Daily/2026-11-20.md", "2026-11-20"],
		["/Daily/", "YYYY-MM-DD", "Daily/2026-11-20.md", "2026-11-20"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20.MD", "2026-11-20"],
		// An unclosed [ takes the rest of the format as text.
		["Daily", "YYYY-MM-DD [notes", "Daily/2026-11-20 notes.md", "2026-11-20"],
		["Daily", "YYYY-MM-DD", "Daily/2026/11/2026-11-20.md", "2026-11-20"],
	])("%s + %s: %s → %s", (folder, format, path, day) => {
		expect(dailyNoteMatcher({ folder, format })(path)).toBe(day);
	});

	it.each([
		["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026/11/notes.md"],
		["Journal", "YYYY/MM/YYYY-MM-DD", "Other/2026/11/2026-11-20.md"],
		["Daily", "YYYY-MM-DD", "Daily/2026-13-45.md"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20.pdf"],
		["Daily", "gggg-[W]ww", "Daily/2026-W47.md"],
		["Daily", "YYYY-MM-DD", "Other/2026-11-20.md"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20xyz"],
		["Daily", "YYYY-MM-DD", "Daily/2026-11-20 notes.md"],
		["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/x/2026/11/2026-11-20.md"],
		["Daily", "MM-DD", "Daily/11-20.md"],
		["Daily", "dddd, MMMM D, YYYY", "Daily/Friday, Smarch 20, 2026.md"],
	])("%s + %s: %s is not a daily note", (folder, format, path) => {
		expect(dailyNoteMatcher({ folder, format })(path)).toBeNull();
	});
});

describe("dates at the start of a file name in the daily-notes format", () => {
	it.each([
		["MMMM D, YYYY", "Events/November 20, 2026 Offsite.md", "2026-11-20"],
		["dddd, MMMM D, YYYY", "Events/Friday, November 20, 2026 Offsite.md", "2026-11-20"],
		["YYYY/MM/YYYY-MM-DD", "Notes/2026-11-20 Retro.md", "2026-11-20"],
		["YYYY/MM/YYYY-MM-DD", "Notes/Retro.md", null],
		["MMMM D, YYYY", "Events/Offsite.md", null],
	])("%s: %s → %s", (format, path, day) => {
		expect(fileNameDayReader(format)(path)).toBe(day);
	});
});

describe("which daily notes to read", () => {
	const core = { folder: "Core", format: "DD.MM.YYYY" };
	const periodic = (enabled: unknown) => ({ daily: { enabled, folder: "Periodic", format: "YYYY/MM/YYYY-MM-DD" } });
	it.each([
		["Ascent's own settings first", { folder: "Own", format: "YYYYMMDD" }, core, periodic(true), { folder: "Own", format: "YYYYMMDD" }],
		["own folder, the plugin's format", { folder: "Own", format: "" }, core, undefined, { folder: "Own", format: "DD.MM.YYYY" }],
		["Periodic Notes when its daily notes are on", { folder: "", format: "" }, core, periodic(true), { folder: "Periodic", format: "YYYY/MM/YYYY-MM-DD" }],
		["the Daily notes plugin when Periodic Notes' are off", { folder: "", format: "" }, core, periodic(false), { folder: "Core", format: "DD.MM.YYYY" }],
		["Obsidian's defaults with no settings", { folder: "", format: "" }, undefined, undefined, { folder: "", format: "YYYY-MM-DD" }],
		["values that are not text are left out", { folder: "", format: "" }, { folder: 3, format: ["x"] }, undefined, { folder: "", format: "YYYY-MM-DD" }],
	])("%s", (_, own, coreConfig, periodicConfig, expected) => {
		expect(chooseDailyNotes(own, coreConfig, periodicConfig)).toEqual(expected);
	});
});
