// Circles: tiers against their capacity, and the tier a measured rhythm suggests.
import { describe, expect, it } from "vitest";
import { circles, suggestedTier } from "../../src/core/circles";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { personView } from "../ui/person-view";

const TIERS = DEFAULT_SETTINGS.tiers;

describe("circles", () => {
	it("counts each tier's people (not the paused) against its capacity, in the settings' order, and says which is over", () => {
		const people = [
			...Array.from({ length: 6 }, (_, i) => personView({ path: `P/${i}.md`, tier: "inner-circle" })),
			personView({ path: "P/x.md", tier: "inner-circle", status: "paused" }),
			personView({ path: "P/y.md", tier: "dormant" }),
			personView({ path: "P/z.md", tier: null }),
		];
		expect(circles(people, TIERS)).toEqual([
			{ tier: "inner-circle", count: 6, capacity: 5, over: true },
			{ tier: "close", count: 0, capacity: 15, over: false },
			{ tier: "casual", count: 0, capacity: 50, over: false },
			{ tier: "keep-warm", count: 0, capacity: 150, over: false },
			{ tier: "dormant", count: 1, capacity: null, over: false },
		]);
	});

	it("a tier exactly at its capacity is full, not over", () => {
		const people = Array.from({ length: 5 }, (_, i) => personView({ path: `P/${i}.md`, tier: "inner-circle" }));
		expect(circles(people, TIERS)[0]).toEqual({ tier: "inner-circle", count: 5, capacity: 5, over: false });
	});

	it("a tier saved without a capacity takes its layer's; a bad capacity is not kept; null means no limit", () => {
		const { settings } = loadSettings({ tiers: [{ name: "close", cadenceDays: 30 }, { name: "work", cadenceDays: 60, capacity: -3 }, { name: "team", cadenceDays: 7, capacity: null }] });
		expect(settings.tiers.map((t) => [t.name, t.capacity])).toEqual([["close", 15], ["work", null], ["team", null]]);
	});
});

describe("suggested tier", () => {
	it.each([
		[10, "casual", "inner-circle", "You talk about every 10 days; inner-circle fits better than casual."],
		[25, null, "close", "You talk about every 4 weeks; close fits."],
		[60, "close", "casual", "You talk about every 2 months; casual fits better than close."],
		[200, "casual", "keep-warm", "You talk about every 7 months; keep-warm fits better than casual."],
		[11, "casual", "inner-circle", "You talk about every 11 days; inner-circle fits better than casual."],
		[1, "casual", "inner-circle", "You talk about every day; inner-circle fits better than casual."],
	] as const)("a rhythm of %i days with tier %s suggests %s", (rhythmDays, tier, suggested, reason) => {
		expect(suggestedTier(personView({ rhythmDays, tier }), TIERS)).toEqual({ path: "People/Sam.md", current: tier, suggested, reason });
	});

	it.each([
		["no rhythm", personView({ rhythmDays: null, tier: "casual" })],
		["the tier already fits", personView({ rhythmDays: 30, tier: "close" })],
		["paused", personView({ rhythmDays: 10, tier: "casual", status: "paused" })],
		["a rhythm of 0 days", personView({ rhythmDays: 0, tier: "casual" })],
	])("nothing when %s", (_, p) => {
		expect(suggestedTier(p, TIERS)).toBeNull();
	});

	it("no tiers, no suggestion; of two tiers as near (as ratios), the first in the settings", () => {
		expect(suggestedTier(personView({ rhythmDays: 20, tier: null }), [])).toBeNull();
		const tiers = [{ name: "weekly-ish", cadenceDays: 10, capacity: null }, { name: "monthly-ish", cadenceDays: 40, capacity: null }];
		expect(suggestedTier(personView({ rhythmDays: 20, tier: null }), tiers)?.suggested).toBe("weekly-ish");
		expect(suggestedTier(personView({ rhythmDays: 20, tier: null }), [...tiers].reverse())?.suggested).toBe("monthly-ish");
	});
});
