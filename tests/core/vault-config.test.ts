// What the vault's own configuration says, one rule a row, worked by hand: whether daily notes are configured
// (Ascent's own settings, Daily notes, Periodic Notes only when on), which notes and folders are templates.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readConventions, type VaultConfigFiles, withConventions } from "../../src/core/vault-config";

const configured = (files: VaultConfigFiles, own: { dailyNotesFolder?: string; dailyNotesFormat?: string } = {}) =>
	readConventions({ ...DEFAULT_SETTINGS, ...own }, files).dailyNotesConfigured;

describe("daily notes configured", () => {
	it.each([
		["nothing anywhere", {}, {}, false],
		["Ascent's own folder", {}, { dailyNotesFolder: "Journal" }, true],
		["Ascent's own format", {}, { dailyNotesFormat: "DD.MM.YYYY" }, true],
		["Daily notes' folder", { dailyNotes: { folder: "/Journal/" } }, {}, true],
		["Daily notes' format", { dailyNotes: { format: "YYYY/MM/DD" } }, {}, true],
		["Daily notes with blanks only", { dailyNotes: { folder: " / ", format: " " } }, {}, false],
		["Daily notes with values that are not text", { dailyNotes: { folder: 3, format: true } }, {}, false],
		["Periodic Notes' daily folder, on", { periodicNotes: { daily: { enabled: true, folder: "Days" } } }, {}, true],
		["Periodic Notes' daily format, on", { periodicNotes: { daily: { enabled: true, format: "YYYY-MM-DD" } } }, {}, true],
		["Periodic Notes on, with neither", { periodicNotes: { daily: { enabled: true } } }, {}, false],
		["Periodic Notes' daily notes off", { periodicNotes: { daily: { enabled: false, folder: "Days" } } }, {}, false],
		["Periodic Notes' weekly notes are not daily", { periodicNotes: { weekly: { enabled: true, folder: "Weeks" } } }, {}, false],
		["the Periodic Notes plugin turned off", { periodicNotes: { daily: { enabled: true, folder: "Days" } }, communityPlugins: ["dataview"] }, {}, false],
		["the Periodic Notes plugin turned on", { periodicNotes: { daily: { enabled: true, folder: "Days" } }, communityPlugins: ["periodic-notes"] }, {}, true],
	] as const)("%s: %s", (_, files, own, yes) => {
		expect(configured(files as VaultConfigFiles, own)).toBe(yes);
	});
});

describe("templates", () => {
	it("folders of the core Templates plugin and of Templater (only when on), without slashes around, each once", () => {
		expect(readConventions(DEFAULT_SETTINGS, { templates: { folder: " /Meta/Templates/ " }, templater: { templates_folder: "Meta/Templates" } }).templateFolders).toEqual(["Meta/Templates"]);
		expect(readConventions(DEFAULT_SETTINGS, { templater: { templates_folder: "_t" }, communityPlugins: ["dataview"] }).templateFolders).toEqual([]);
		expect(readConventions(DEFAULT_SETTINGS, { templates: { folder: "" }, templater: { templates_folder: 3 } }).templateFolders).toEqual([]);
	});

	it("notes named as templates by Daily notes and by each period of Periodic Notes, as note paths, each once", () => {
		const files: VaultConfigFiles = {
			dailyNotes: { template: "Templates/Day" },
			periodicNotes: {
				daily: { template: "Templates/Day.md" }, weekly: { template: "Templates/Week" }, monthly: { template: "/Templates/Month/" },
				quarterly: { template: "Templates/Quarter.MD" }, yearly: { template: "Templates/Year" }, hourly: { template: "Templates/Hour" },
			},
		};
		expect(readConventions(DEFAULT_SETTINGS, files).templateFiles).toEqual([
			"Templates/Day.md", "Templates/Week.md", "Templates/Month.md", "Templates/Quarter.MD", "Templates/Year.md",
		]);
	});

	it("the index leaves template folders (from the root) and template notes out; with none, the settings are the user's own object", () => {
		const none = readConventions(DEFAULT_SETTINGS, {});
		expect(withConventions(DEFAULT_SETTINGS, none)).toBe(DEFAULT_SETTINGS);
		const onlyFiles = withConventions(DEFAULT_SETTINGS, { ...none, templateFiles: ["T/Day.md"] });
		expect([onlyFiles.excludedFolders, onlyFiles.excludedFiles]).toEqual([DEFAULT_SETTINGS.excludedFolders, ["T/Day.md"]]);
		const onlyFolders = withConventions(DEFAULT_SETTINGS, { ...none, templateFolders: ["Meta/T"] });
		expect(onlyFolders.excludedFolders).toEqual([...DEFAULT_SETTINGS.excludedFolders, "/Meta/T"]);
	});

	it("a property that is only inherited is not read", () => {
		const inherited = Object.create({ folder: "Inherited" }) as object;
		expect(readConventions(DEFAULT_SETTINGS, { templates: inherited, dailyNotes: null }).templateFolders).toEqual([]);
	});
});
