// Reconnect: who counts as a dormant tie, how they are ranked, and the reconnections goal.
import { describe, expect, it } from "vitest";
import { goals, reconnect, reconnectionCounts } from "../../src/core/network";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";

const TODAY = "2026-11-30";
const log = (...lines: string[]) => `\n## Interactions\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;

const NOTES: Record<string, string> = {
	// Once close: many days of contact, a monthly rhythm, gave and asked; silent since 2024.
	"People/Close Once.md": `---\ntier: casual\n---\n${log("2023-01-05 lunch #meet", "2023-02-03 call #call", "2023-03-01 sent notes #gave", "2023-04-02 asked for advice #asked", "2023-05-01 coffee #meet", "2024-02-01 message #message")}`,
	// Two contacts long ago, no tier: a rhythm, barely.
	"People/Two Touches.md": `---\ncadence: 90\n---\n${log("2022-06-01 met at a meetup", "2022-09-01 follow-up call #call")}`,
	// The same two contacts, silent longer: ranks above the one lapsed later.
	"People/Two Older.md": `---\ncadence: 90\n---\n${log("2020-06-01 met at a meetup", "2020-09-01 follow-up call #call")}`,
	// One contact and nothing else: never had a rhythm.
	"People/Once Only.md": "---\ncadence: 90\nlast-contact: 2023-01-01\n---\n",
	// One contact but a tier: once chosen as close.
	"People/Tiered Once.md": "---\ntier: close\nlast-contact: 2024-01-10\n---\n",
	// Paused, and recent: never listed.
	"People/Paused.md": `---\ntier: close\npaused: true\n---\n${log("2022-01-01 call #call", "2022-02-01 call #call")}`,
	"People/Recent.md": `---\ntier: close\n---\n${log("2026-01-01 call #call", "2026-03-01 call #call")}`,
	// Untracked (no cadence, tier or contact): never listed.
	"People/Untracked.md": "---\ncompany: Acme\n---\n",
};

describe("the Reconnect list", () => {
	const index = buildIndex(NOTES);

	it("holds once-close ties silent a year or more, closest and longest-lapsed first", () => {
		const list = reconnect(index, TODAY);
		expect(list.map((t) => t.path.replace(/^People\/|\.md$/g, ""))).toEqual(["Close Once", "Two Older", "Two Touches", "Tiered Once"]);
		expect(list[0]).toMatchObject({ contactDays: 6, exchanges: 2, silentDays: 1033 });
		expect(list[0]?.rhythmDays).toBe(29);
	});

	it.each([
		[400, ["Close Once", "Two Older", "Two Touches", "Tiered Once"]],
		// Three years out of touch: only the oldest silences.
		[1095, ["Two Older", "Two Touches"]],
	])("after %i days", (days, names) => {
		const list = reconnect(buildIndex(NOTES, { ...DEFAULT_SETTINGS, reconnectAfterDays: days }), TODAY);
		expect(list.map((t) => t.path.replace(/^People\/|\.md$/g, ""))).toEqual(names);
	});

	it("a contact after a year's silence is a reconnection; the goal counts them by period", () => {
		const withReunion = buildIndex({ ...NOTES, "Daily/2026-11-20.md": "Lunch with [[Close Once]] after years\n" },
			{ ...DEFAULT_SETTINGS, goals: [{ id: "r", kind: "reconnections", period: "month", target: 1 }] });
		expect([...reconnectionCounts(withReunion, TODAY)]).toEqual([["2026-11-20", 1]]);
		expect(goals(withReunion, TODAY)[0]).toMatchObject({ kind: "reconnections", actual: 1, target: 1 });
		// Back in touch: off the list.
		expect(reconnect(withReunion, TODAY).map((t) => t.path)).not.toContain("People/Close Once.md");
	});
});
