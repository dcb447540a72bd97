// A smoke run of the benchmark's vault: deterministic, realistic enough to exercise the index. No timings here.
import { indexStats } from "../../src/core/network";
import { describe, expect, it } from "vitest";
import { generateVault } from "../../bench/generate";
import { PeopleIndex } from "../../src/core/people-index";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { recordFromText } from "../../src/vault/disk";

const TINY = { name: "tiny", people: 60, datedNotes: 200, linksPerNote: 10 };

describe("the synthetic vault", () => {
	it("is the same for the same seed, and different for another", () => {
		expect([...generateVault(TINY, 7)]).toEqual([...generateVault(TINY, 7)]);
		expect([...generateVault(TINY, 8)]).not.toEqual([...generateVault(TINY, 7)]);
	});

	it("indexes: every person found, dated notes read, contact derived, incremental update agrees with a rebuild", () => {
		const records = [...generateVault(TINY)].map(([p, t]) => recordFromText(p, t));
		const options = { settings: DEFAULT_SETTINGS, dailyNotes: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } };
		const index = PeopleIndex.build(records, options);
		const stats = indexStats(index, "2026-11-30");
		expect(stats.people).toBe(60);
		expect(stats.datedNotes).toBe(210); // 200 daily or meeting notes and 10 event notes
		expect(stats.problems).toBe(0);
		expect(stats.interactions).toBeGreaterThan(1000);
		const changed = recordFromText(records[100]?.path ?? "", "- [x] Called [[Sam Rivera 0]]\n");
		index.upsert(changed);
		const fresh = PeopleIndex.build(records.map((r) => (r.path === changed.path ? changed : r)), options);
		expect(index.attention("2026-11-30").map((p) => p.path)).toEqual(fresh.attention("2026-11-30").map((p) => p.path));
	});
});
