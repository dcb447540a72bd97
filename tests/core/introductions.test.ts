// Introductions: #intro lines give to both; suggested introductions match one's need to another's offer.
import { describe, expect, it } from "vitest";
import { goals, introductions } from "../../src/core/network";
import { topicKey } from "../../src/core/introductions";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex, note } from "../helpers";

const TODAY = "2026-11-30";
const person = (props: string, body = "") => `---\ncadence: 30\nlast-contact: 2026-11-20\n${props}\n---\n${body}`;

describe("topics", () => {
	it.each([["#Design", "design"], ["Café  culture", "cafe culture"], ["open-source", "open source"], ["  UX_research ", "ux research"], ["C#", "c#"], ["##x", "#x"]])("%j → %j", (topic, key) => {
		expect(topicKey(topic)).toBe(key);
	});
});

describe("suggested introductions", () => {
	const notes = {
		"People/Ann Lee.md": person("needs: [Hiring, \"#design\"]"),
		"People/Ray Sun.md": person("offers: [hiring]"),
		"People/Dee Ro.md": person("offers: [Design, hiring]\nneeds: [design]"),
		"People/Pat Paused.md": person("offers: [hiring]\npaused: true"),
		// Introduced Ann before (its own properties, so that the note is a person offering hiring).
		"People/Old Friend.md": "---\noffers: [hiring]\ncadence: 30\nlast-contact: 2025-01-01\n---\n\n## Interactions\n\n- 2026-01-05 introduced [[Ann Lee]] #intro\n",
	};

	it("pairs a need with every matching offer (any case, accents, # or not), each pair once; never the paused, the same person, or a pair introduced before", () => {
		const found = introductions(buildIndex(notes), TODAY).map((s) => `${s.a.slice(7, -3)} ← ${s.b.slice(7, -3)}: ${s.topic}`).sort();
		expect(found).toEqual([
			"Ann Lee ← Dee Ro: Hiring",
			"Ann Lee ← Ray Sun: Hiring",
		]);
		// Dee needs design and offers it: never introduced to herself; "#design" finds Dee when Hiring does not come first.
		const designOnly = introductions(buildIndex({ ...notes, "People/Ann Lee.md": person("needs: [\"#design\"]") }), TODAY);
		expect(designOnly.map((s) => [s.b, s.topic])).toEqual([["People/Dee Ro.md", "#design"]]);
	});

	it("without the introduction in its log, Old Friend (who offers hiring too) is suggested", () => {
		const withoutIntro = notes["People/Old Friend.md"].replace("#intro", "#meet");
		expect(introductions(buildIndex({ ...notes, "People/Old Friend.md": withoutIntro }), TODAY).map((s) => s.b)).toContain("People/Old Friend.md");
	});

	const pairs = (extra: Record<string, string>) => introductions(buildIndex({ ...notes, ...extra }), TODAY).map((s) => `${s.a.slice(7, -3)} ← ${s.b.slice(7, -3)}: ${s.topic}`).sort();
	it.each([
		["an introduction in the needer's own log, by path", { "People/Ann Lee.md": person("needs: [Hiring]", "\n## Interactions\n\n- 2026-02-01 met [[People/Ray Sun|Ray]] through work #intro\n") }, ["Ann Lee ← Dee Ro: Hiring"]],
		["a line naming them without #intro is not an introduction", { "People/Ann Lee.md": person("needs: [Hiring]", "\n## Interactions\n\n- 2026-02-01 lunch with [[Ray Sun]] #meet\n") }, ["Ann Lee ← Dee Ro: Hiring", "Ann Lee ← Ray Sun: Hiring"]],
		["an #intro line naming someone else is not one", { "People/Ann Lee.md": person("needs: [Hiring]", "\n## Interactions\n\n- 2026-02-01 introduced [[Bo Chen]] #intro\n") }, ["Ann Lee ← Dee Ro: Hiring", "Ann Lee ← Ray Sun: Hiring"]],
		["a need written with spaces around it", { "People/Ann Lee.md": person("needs: [\"  Hiring \"]") }, ["Ann Lee ← Dee Ro: Hiring", "Ann Lee ← Ray Sun: Hiring"]],
		["a need and an offer of nothing but # meet nobody", { "People/Ann Lee.md": person("needs: [\"#\"]"), "People/Ray Sun.md": person("offers: [\"#\"]") }, []],
		["a paused person's needs are not met", { "People/Ann Lee.md": person("needs: [Hiring]\npaused: true") }, []],
	])("%s", (_, extra, expected) => {
		expect(pairs(extra)).toEqual(expected);
	});

	it("pairs equally active come by topic", () => {
		const list = introductions(buildIndex({
			"People/Ann.md": person("needs: [zebra]"), "People/Ray.md": person("offers: [zebra]"),
			"People/Bo.md": person("needs: [apple]"), "People/Cy.md": person("offers: [apple]"),
		}), TODAY);
		expect(list.map((s) => s.topic)).toEqual(["apple", "zebra"]);
	});

	it("the most active pairs first", () => {
		const first = introductions(buildIndex(notes), TODAY)[0];
		expect(first?.a).toBe("People/Ann Lee.md");
		expect(first?.b).not.toBe("People/Old Friend.md");
	});
});

describe("an introduction in the log", () => {
	it("is contact, and value given: it counts in gave and in the value-given goal", () => {
		const index = buildIndex({ "People/Ann Lee.md": `---\ncadence: 30\n---\n\n## Interactions\n\n- 2026-11-20 introduced [[Ray Sun]] about hiring #intro\n` },
			{ ...DEFAULT_SETTINGS, goals: [{ id: "v", kind: "value-given", period: "month", target: 2 }] });
		const ann = index.person("People/Ann Lee.md", TODAY);
		expect(ann?.lastContact?.date).toBe("2026-11-20");
		expect(ann?.gave).toBe(1);
		expect(goals(index, TODAY)[0]).toMatchObject({ actual: 1, target: 2 });
	});
});

describe("an introduction in a daily note", () => {
	const settings = { ...DEFAULT_SETTINGS, goals: [{ id: "v", kind: "value-given" as const, period: "month" as const, target: 3 }] };
	const notes = {
		"People/Ann Lee.md": "---\ncadence: 30\n---\n",
		"People/Ray Sun.md": "---\ncadence: 30\n---\n",
		"People/Bo Chen.md": "---\ncadence: 30\n---\n",
		"Daily/2026-11-20.md": "- introduced [[Ann Lee]] to [[Ray Sun]] #intro\n- lunch with [[Bo Chen]]\n",
	};

	it("is contact with both people it introduces, and value given to both; others in the note are contact only", () => {
		const index = buildIndex(notes, settings);
		const view = (name: string) => index.person(`People/${name}.md`, TODAY);
		expect(["Ann Lee", "Ray Sun", "Bo Chen"].map((n) => [view(n)?.lastContact?.date, view(n)?.gave])).toEqual([
			["2026-11-20", 1], ["2026-11-20", 1], ["2026-11-20", 0],
		]);
		expect(goals(index, TODAY)[0]).toMatchObject({ actual: 2 });
	});

	it("an edit that drops the tag, or the note going, takes the value back (as a fresh build would have it)", () => {
		const index = buildIndex(notes, settings);
		index.upsert(note("Daily/2026-11-20.md", "- introduced [[Ann Lee]] to [[Ray Sun]]\n- lunch with [[Bo Chen]]\n"));
		expect([index.person("People/Ann Lee.md", TODAY)?.gave, goals(index, TODAY)[0]?.actual]).toEqual([0, 0]);
		index.upsert(note("Daily/2026-11-20.md", notes["Daily/2026-11-20.md"]));
		expect([index.person("People/Ray Sun.md", TODAY)?.gave, goals(index, TODAY)[0]?.actual]).toEqual([1, 2]);
		index.remove("Daily/2026-11-20.md");
		expect([index.person("People/Ray Sun.md", TODAY)?.gave, goals(index, TODAY)[0]?.actual]).toEqual([0, 0]);
	});
});
