// @vitest-environment happy-dom
// The settings tab's definitions (Obsidian 1.13's declarative settings and settings search), read and written
// through the real plugin in the fake app.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { AscentSettingTab } from "../../src/obsidian/settings-tab";
import { controlProblem, PLAIN_SETTINGS } from "../../src/obsidian/settings-table";
import { startPlugin } from "./harness";

type Def = { type?: string; heading?: string; name?: string; control?: { key: string; type: string; min?: number; max?: number }; items?: Def[]; addItem?: { name: string } };

async function tab() {
	const h = await startPlugin({ "People/Sam.md": "---\ntier: close\n---\n" }, { data: { dailyNotesFolder: "Daily" } });
	const settingsTab = h.fakePlugin.settingTabs[0] as unknown as AscentSettingTab & { updates: number };
	return { h, settingsTab, defs: settingsTab.getSettingDefinitions() as unknown as Def[] };
}

describe("the settings tab's definitions", () => {
	it("every setting a user can change is defined once, under the tab's headings, with tiers and goals as lists", async () => {
		const { defs } = await tab();
		const keys = defs.flatMap((d) => d.items ?? []).map((i) => i.control?.key).filter(Boolean);
		expect(new Set(keys).size).toBe(keys.length);
		const userFacing = Object.keys(DEFAULT_SETTINGS).filter((k) => !["version", "tiers", "goals", "fieldKeys"].includes(k));
		for (const key of userFacing) expect(keys, key).toContain(key);
		for (const field of Object.keys(DEFAULT_SETTINGS.fieldKeys)) expect(keys).toContain(`fieldKeys.${field}`);
		expect(defs.map((d) => d.heading ?? null)).toEqual([
			null, "Who is a person", "Fields", "Tiers", "Timing", "Networking goals", "Goals", "Daily note", "Dated notes",
		]);
		const tiers = defs.find((d) => d.heading === "Tiers");
		expect(tiers?.type).toBe("list");
		expect(tiers?.items?.map((i) => i.name)).toEqual(DEFAULT_SETTINGS.tiers.map((t) => t.name));
		expect(tiers?.addItem?.name).toBe("Add tier");
		const numbers = defs.flatMap((d) => d.items ?? []).filter((i) => i.control?.type === "number");
		expect(numbers.find((i) => i.control?.key === "dueSoonDays")?.control).toMatchObject({ min: 0, max: 365 });
		// Folder and file settings get Obsidian's own suggestions.
		expect(defs.flatMap((d) => d.items ?? []).find((i) => i.control?.key === "dailyNotesFolder")?.control?.type).toBe("folder");
		expect(defs.flatMap((d) => d.items ?? []).find((i) => i.control?.key === "personTemplate")?.control?.type).toBe("file");
	});

	it("values are read and written through the settings store; what the loader would reset is refused", async () => {
		const { h, settingsTab } = await tab();
		expect(settingsTab.getControlValue("dailyNotesFolder")).toBe("Daily");
		expect(settingsTab.getControlValue("personTags")).toBe("person, people, contact");
		await settingsTab.setControlValue("personTags", "#crm, person");
		await settingsTab.setControlValue("defaultCadenceDays", "45");
		await settingsTab.setControlValue("gentleWording", true);
		await settingsTab.setControlValue("fieldKeys.birthday", "bday, birthday");
		const s = h.services.store.settings;
		expect([s.personTags, s.defaultCadenceDays, s.gentleWording, s.fieldKeys.birthday]).toEqual([["crm", "person"], 45, true, ["bday", "birthday"]]);
		await settingsTab.setControlValue("defaultCadenceDays", 5000);
		await settingsTab.setControlValue("logHeading", "  ");
		await settingsTab.setControlValue("fieldKeys.birthday", " , ");
		await settingsTab.setControlValue("gentleWording", "yes");
		expect([s.defaultCadenceDays, s.logHeading, s.fieldKeys.birthday, s.gentleWording]).toEqual([45, "Interactions", ["bday", "birthday"], true]);
		expect(settingsTab.getControlValue("nonsense")).toBeUndefined();
	});

	it.each([
		["defaultCadenceDays", "0", "Must be a whole number of days from 1 to 3660."],
		["dueSoonDays", "", "Must be a whole number of days from 0 to 365."],
		["logHeading", "", "Cannot be empty."],
		["fieldKeys.tier", ",", "Cannot be empty."],
		["gentleWording", "on", "Must be on or off."],
		["personFolders", "", null],
	] as const)("%s = %j: %s", (key, value, problem) => {
		expect(PLAIN_SETTINGS.has(key)).toBe(true);
		expect(controlProblem(key, value)).toBe(problem);
	});

	it("adding a tier asks Obsidian for the definitions again, and the list grows", async () => {
		const { h, settingsTab } = await tab();
		const before = settingsTab.updates;
		const tiers = (settingsTab.getSettingDefinitions() as unknown as Def[]).find((d) => d.heading === "Tiers") as Def & { addItem: { action: (el: unknown) => void } };
		tiers.addItem.action({});
		await h.settle();
		expect(settingsTab.updates).toBe(before + 1);
		expect((settingsTab.getSettingDefinitions() as unknown as Def[]).find((d) => d.heading === "Tiers")?.items).toHaveLength(DEFAULT_SETTINGS.tiers.length + 1);
	});
});
