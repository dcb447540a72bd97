// One table of limits for every number a setting holds: the loader keeps exactly what the table allows, so a value
// the settings tab accepts (it checks the same table) is never reset on the next load.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, LIMITS, loadSettings } from "../../src/core/settings";

const TOP_LEVEL = ["reachOutCount", "defaultCadenceDays", "dueSoonDays", "birthdayLeadDays", "reconnectAfterDays"] as const;

describe("the limits table", () => {
	it.each(TOP_LEVEL)("%s: the loader keeps min and max, and refuses one past either", (key) => {
		const { min, max } = LIMITS[key];
		for (const ok of [min, max]) expect(loadSettings({ [key]: ok }).settings[key]).toBe(ok);
		for (const bad of [min - 1, max + 1, min + 0.5]) {
			const { settings, problems } = loadSettings({ [key]: bad });
			expect(settings[key]).toBe(DEFAULT_SETTINGS[key]);
			expect(problems[0]?.message).toBe(`must be a whole number${LIMITS[key].unit} from ${min} to ${max}`);
		}
	});

	it("a tier's days and a goal's target", () => {
		const tier = (cadenceDays: number) => loadSettings({ tiers: [{ name: "t", cadenceDays }] }).settings.tiers;
		expect(tier(LIMITS.tierCadenceDays.max)).toEqual([{ name: "t", cadenceDays: LIMITS.tierCadenceDays.max, capacity: null }]);
		const capacity = (n: unknown) => loadSettings({ tiers: [{ name: "t", cadenceDays: 7, capacity: n }] }).settings.tiers[0]?.capacity;
		expect([capacity(LIMITS.tierCapacity.max), capacity(LIMITS.tierCapacity.max + 1), capacity(0), capacity(2.5)]).toEqual([LIMITS.tierCapacity.max, null, null, null]);
		expect(tier(LIMITS.tierCadenceDays.max + 1)).toEqual([]);
		const goal = (target: number) => loadSettings({ goals: [{ id: "g", kind: "events", period: "year", target }] }).settings.goals;
		expect(goal(LIMITS.goalTarget.max)).toHaveLength(1);
		expect(goal(LIMITS.goalTarget.max + 1)).toHaveLength(0);
	});
});
