// Introductions: #intro lines give to both; suggested introductions match one's need to another's offer.
import { describe, expect, it } from "vitest";
import { goals, introductions } from "../../src/core/network";
import { topicKey } from "../../src/core/introductions";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";

const TODAY = "2026-11-30";
const person = (props: string, body = "") => `---\ncadence: 30\nlast-contact: 2026-11-20\n${props}\n---\n${body}`;

describe("topics", () => {
	it.each([["#Design", "design"], ["Café  culture", "cafe culture"], ["open-source", "open source"], ["  UX_research ", "ux research"]])("%j → %j", (topic, key) => {
		expect(topicKey(topic)).toBe(key);
	});
});

describe("suggested introductions", () => {
	const notes = {
		"People/Ann Lee.md": person("needs: [Hiring, \"#design\"]"),
		"People/Ray Sun.md": person("offers: [hiring]"),
		"People/Dee Ro.md": person("offers: [Design, hiring]\nneeds: [design]"),
		"People/Pat Paused.md": person("offers: [hiring]\npaused: true"),
		"People/Old Friend.md": person("offers: [hiring]\ncadence: 30\nlast-contact: 2025-01-01", "\n## Interactions\n\n- 2026-01-05 introduced [[Ann Lee]] #intro\n"),
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
