// The network's figures, worked by hand on small vaults: the status box's counts, goals switched off, reconnections
// of paused people, the health now, and people who share a name.
import { describe, expect, it } from "vitest";
import { goals, indexStats, problems, reconnectionCounts } from "../../src/core/network";
import { healthNow } from "../../src/core/health-trend";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";
import { recordFromText } from "../../src/vault/disk";
import { personView } from "../ui/person-view";

const TODAY = "2026-11-30";

describe("the status box", () => {
	it("counts people, dated notes, and every contact: log lines, the property's date and mentions", () => {
		const index = buildIndex({
			"People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-11-01\n---\n\n## Interactions\n\n- 2026-10-01 call #call\n- 2026-09-01 call #call\n",
			"People/Bo Chen.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-02.md": "Lunch with [[Ann Lee]] and [[Bo Chen]]\n",
			"Daily/2026-11-03.md": "Call with [[Bo Chen]]\n",
		});
		// Ann: 2 log lines + the property + 1 mention; Bo: 2 mentions.
		expect(indexStats(index, TODAY)).toEqual({ people: 2, datedNotes: 2, interactions: 6, problems: 0 });
	});
});

describe("goals and reconnections", () => {
	it("goals switched off: none", () => {
		expect(goals(buildIndex({}, { ...DEFAULT_SETTINGS, goalsEnabled: false }), TODAY)).toEqual([]);
	});

	it("a paused person's return after a year is no reconnection", () => {
		const notes = (paused: boolean) => ({ "People/Ann Lee.md": `---\ncadence: 30\npaused: ${paused}\n---\n\n## Interactions\n\n- 2026-11-20 call #call\n- 2025-01-05 call #call\n` });
		expect([...reconnectionCounts(buildIndex(notes(false)), TODAY)]).toEqual([["2026-11-20", 1]]);
		expect([...reconnectionCounts(buildIndex(notes(true)), TODAY)]).toEqual([]);
	});
});

describe("the health now", () => {
	it("the mean of the tracked, to one decimal; nobody tracked: none", () => {
		expect(healthNow([personView({ health: 50 }), personView({ health: 61 }), personView({ health: 40 }), personView({ health: null })])).toBe(50.3);
		expect(healthNow([personView({ health: null })])).toBeNull();
		expect(healthNow([])).toBeNull();
	});
});

describe("people who share a name", () => {
	it("the notes a link does not reach are named, with the note it reaches", () => {
		const index = buildIndex({ "People/Sam Lee.md": "---\ncadence: 30\n---\n", "Work/sam lee.md": "---\ntype: person\n---\n", "People/Ann.md": "---\ncadence: 30\n---\n" });
		// The link resolver's order decides which note a bare name reaches (tests/core/paths-rules.test.ts): here Work/sam lee.md.
		expect(problems(index, TODAY).filter((p) => p.field === "name")).toEqual([{
			path: "People/Sam Lee.md", field: "name", value: "Sam Lee",
			message: "another person note has the same name (Work/sam lee.md); links to this name reach that note (save from notes in this one's own folder), so link this one by its path",
		}]);
	});

	it("as notes come, go and move: a twin flagged while both are people, a non-person of the name never", () => {
		const index = buildIndex({ "People/Sam Lee.md": "---\ncadence: 30\n---\n", "Projects/Sam Lee.md": "# Sam Lee's project\n" });
		const flagged = () => problems(index, TODAY).filter((p) => p.field === "name").map((p) => p.path);
		expect(flagged()).toEqual([]);
		// A link to the name from elsewhere reaches the shortest path (tests/core/paths-rules.test.ts): the other person is flagged.
		index.upsert(recordFromText("Work/SAM LEE.md", "---\ntype: person\n---\n"));
		expect(flagged()).toEqual(["People/Sam Lee.md"]);
		// A third of the name: the two a link does not reach.
		index.upsert(recordFromText("Old/Sam Lee.md", "---\ntype: person\n---\n"));
		expect(flagged()).toEqual(["People/Sam Lee.md", "Work/SAM LEE.md"]);
		index.remove("Old/Sam Lee.md");
		expect(flagged()).toEqual(["People/Sam Lee.md"]);
		// Moved to another name: nobody shares it any more; back again: flagged again.
		index.rename("Work/SAM LEE.md", recordFromText("Work/Samuel Lee.md", "---\ntype: person\n---\n"));
		expect(flagged()).toEqual([]);
		index.rename("Work/Samuel Lee.md", recordFromText("Work/Sam Lee.md", "---\ntype: person\n---\n"));
		expect(flagged()).toEqual(["People/Sam Lee.md"]);
		// No longer a person: the project note and it share the name with Sam, and nobody is flagged.
		index.upsert(recordFromText("Work/Sam Lee.md", "Notes from work\n"));
		expect(flagged()).toEqual([]);
	});
});
