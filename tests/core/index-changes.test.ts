// Worked examples of the index kept up to date as notes change (people-index.ts), each checked by hand rather than
// against a second build: a person note deleted and restored, renamed away and back, gaining and losing an alias,
// with links, introductions and follow-ups in dated and undated notes.
import { describe, expect, it } from "vitest";
import { buildIndex, note } from "../helpers";

const TODAY = "2026-11-30";
const SAM = "---\ncadence: 30\n---\n";
const ANA = "---\ncadence: 30\n---\n";

/** What a user sees of one person: last contact day, dated notes that mention them, value given, open follow-ups. */
function seen(index: ReturnType<typeof buildIndex>, path: string) {
	const view = index.person(path, TODAY);
	if (!view) return null;
	return { last: view.lastContact?.date ?? null, mentions: view.mentionCount, gave: view.gave, followUps: view.followUps.map((f) => `${f.path}:${f.line}`) };
}

describe("the index as person notes come and go", () => {
	it("a person note deleted and restored gets back its contacts, introductions and follow-ups", () => {
		const index = buildIndex({
			"People/Sam.md": SAM,
			"People/Ana.md": ANA,
			"Daily/2026-11-10.md": "Lunch with [[Sam]]\n",
			"Daily/2026-11-20.md": "- introduced [[Ana]] to [[Sam]] #intro\n",
			"Projects/Plan.md": "- [ ] ask [[Sam]] about the deck\n",
		});
		const before = { last: "2026-11-20", mentions: 2, gave: 1, followUps: ["Projects/Plan.md:0"] };
		expect(seen(index, "People/Sam.md")).toEqual(before);
		expect(seen(index, "People/Ana.md")).toEqual({ last: "2026-11-20", mentions: 1, gave: 1, followUps: [] });
		expect(index.datedNoteCount).toBe(2);

		index.remove("People/Sam.md");
		expect(seen(index, "People/Sam.md")).toBeNull();
		expect(seen(index, "People/Ana.md")).toEqual({ last: "2026-11-20", mentions: 1, gave: 1, followUps: [] });

		index.upsert(note("People/Sam.md", SAM));
		expect(seen(index, "People/Sam.md")).toEqual(before);
		expect(seen(index, "People/Ana.md")).toEqual({ last: "2026-11-20", mentions: 1, gave: 1, followUps: [] });
	});

	it("renamed away, links by the old name reach nobody; renamed back, they reach the person again", () => {
		const index = buildIndex({ "People/Sam.md": SAM, "Daily/2026-11-10.md": "Lunch with [[Sam]]\n", "Projects/Plan.md": "- [ ] call [[Sam]]\n" });
		index.rename("People/Sam.md", note("People/Samuel.md", SAM));
		expect(seen(index, "People/Samuel.md")).toEqual({ last: null, mentions: 0, gave: 0, followUps: [] });
		index.rename("People/Samuel.md", note("People/Sam.md", SAM));
		expect(seen(index, "People/Sam.md")).toEqual({ last: "2026-11-10", mentions: 1, gave: 0, followUps: ["Projects/Plan.md:0"] });
	});

	it("an alias gained makes links by it reach the person; lost, they stop", () => {
		const index = buildIndex({ "People/Samuel Rivera.md": SAM, "Daily/2026-11-10.md": "Lunch with [[Sammy]]\n" });
		expect(seen(index, "People/Samuel Rivera.md")?.last).toBeNull();
		index.upsert(note("People/Samuel Rivera.md", "---\ncadence: 30\naliases: [Sammy]\n---\n"));
		expect(seen(index, "People/Samuel Rivera.md")).toMatchObject({ last: "2026-11-10", mentions: 1 });
		index.upsert(note("People/Samuel Rivera.md", "---\ncadence: 14\naliases: [Sammy]\n---\n"));
		expect(seen(index, "People/Samuel Rivera.md")).toMatchObject({ last: "2026-11-10", mentions: 1 });
		index.upsert(note("People/Samuel Rivera.md", SAM));
		expect(seen(index, "People/Samuel Rivera.md")).toMatchObject({ last: null, mentions: 0 });
	});

	it("a note that stops being a person loses its mentions; becoming one again, it has them", () => {
		const index = buildIndex({ "Notes/Sam.md": "---\ntype: person\n---\n", "Daily/2026-11-10.md": "Lunch with [[Sam]]\n" });
		expect(seen(index, "Notes/Sam.md")?.last).toBe("2026-11-10");
		index.upsert(note("Notes/Sam.md", "just a note\n"));
		expect(seen(index, "Notes/Sam.md")).toBeNull();
		index.upsert(note("Notes/Sam.md", "---\ntype: person\n---\n"));
		expect(seen(index, "Notes/Sam.md")?.last).toBe("2026-11-10");
	});

	it("an introduction that stops naming someone stops giving to them, and the other keeps theirs", () => {
		const index = buildIndex({ "People/Sam.md": SAM, "People/Ana.md": ANA, "People/Bo.md": SAM, "Daily/2026-11-20.md": "- introduced [[Ana]] to [[Sam]] #intro\n" });
		index.upsert(note("Daily/2026-11-20.md", "- introduced [[Ana]] to [[Bo]] #intro\n"));
		expect([seen(index, "People/Sam.md")?.gave, seen(index, "People/Ana.md")?.gave, seen(index, "People/Bo.md")?.gave]).toEqual([0, 1, 1]);
		index.upsert(note("Daily/2026-11-20.md", "- introduced [[Ana]] to [[Bo]]\n"));
		expect([seen(index, "People/Ana.md")?.gave, seen(index, "People/Bo.md")?.gave, seen(index, "People/Bo.md")?.last]).toEqual([0, 0, "2026-11-20"]);
	});

	it("a follow-up in an undated note: counted as no dated note, gone when its task is done", () => {
		const index = buildIndex({ "People/Sam.md": SAM, "Projects/Plan.md": "- [ ] ask [[Sam]]\n- [ ] and [[Sam]] again\n" });
		expect(index.datedNoteCount).toBe(0);
		expect(seen(index, "People/Sam.md")).toEqual({ last: null, mentions: 0, gave: 0, followUps: ["Projects/Plan.md:0", "Projects/Plan.md:1"] });
		index.upsert(note("Projects/Plan.md", "- [x] ask [[Sam]]\n- [ ] and [[Sam]] again\n"));
		expect(seen(index, "People/Sam.md")?.followUps).toEqual(["Projects/Plan.md:1"]);
		index.upsert(note("Projects/Plan.md", "- [x] ask [[Sam]]\n- [x] and [[Sam]] again\n"));
		expect(seen(index, "People/Sam.md")?.followUps).toEqual([]);
	});

	it("a person created after the notes that link them: every such note reaches them, however many", () => {
		const index = buildIndex({ "People/Ana.md": ANA, "Daily/2026-11-01.md": "Call with [[Zoe]]\n", "Daily/2026-11-10.md": "Lunch with [[Zoe]]\n", "Projects/Plan.md": "- [ ] ask [[Zoe]]\n" });
		// A first change builds the index's table of names (it is made when first needed, not at build).
		index.upsert(note("People/Bo.md", SAM));
		index.upsert(note("People/Zoe.md", SAM));
		expect(seen(index, "People/Zoe.md")).toEqual({ last: "2026-11-10", mentions: 2, gave: 0, followUps: ["Projects/Plan.md:0"] });
		index.remove("Daily/2026-11-10.md");
		index.upsert(note("People/Zoe.md", "---\ncadence: 7\n---\n"));
		expect(seen(index, "People/Zoe.md")).toMatchObject({ last: "2026-11-01", mentions: 1 });
	});

	it("follow-ups from other notes: the person's own first, then the newest note's, same-day notes in path order", () => {
		const index = buildIndex({
			"People/Sam.md": "---\ncadence: 30\n---\n- [ ] own task\n",
			"Daily/2026-11-01.md": "- [ ] old [[Sam]]\n",
			"Meetings/B.md": "---\ndate: 2026-11-20\n---\n- [ ] b [[Sam]]\n",
			"Daily/2026-11-20.md": "- [ ] daily [[Sam]]\n",
			"Meetings/A.md": "---\ndate: 2026-11-20\n---\n- [ ] a [[Sam]]\n- [ ] a again [[Sam]]\n",
		});
		expect(seen(index, "People/Sam.md")?.followUps).toEqual([
			"People/Sam.md:3", "Daily/2026-11-20.md:0", "Meetings/A.md:3", "Meetings/A.md:4", "Meetings/B.md:3", "Daily/2026-11-01.md:0",
		]);
		// A task that links them twice (by name and by alias) is one follow-up; a note's tasks stay in its order,
		// filed by a build or by a change.
		const tasks = "---\ndate: 2026-11-20\n---\n- [ ] z [[Sam]]\n- [ ] y [[Sam]] or [[Sammy]]\n- [ ] x [[Sam]]\n- [ ] w [[Sam]]\n";
		const sam = "---\ncadence: 30\naliases: [Sammy]\n---\n";
		const built = buildIndex({ "People/Sam.md": sam, "Meetings/A.md": tasks });
		const changed = buildIndex({ "People/Sam.md": sam, "Meetings/A.md": "- [ ] [[Sam]]\n" });
		changed.upsert(note("Meetings/A.md", tasks));
		for (const index of [built, changed]) expect(seen(index, "People/Sam.md")?.followUps).toEqual(["Meetings/A.md:3", "Meetings/A.md:4", "Meetings/A.md:5", "Meetings/A.md:6"]);
	});

	it("a note that is no person but shares a person's name takes the links while its path is shorter, and gives them back when it goes", () => {
		const index = buildIndex({ "People/Sam.md": SAM, "Daily/2026-11-10.md": "Lunch with [[Sam]]\n" });
		expect(seen(index, "People/Sam.md")?.mentions).toBe(1);
		index.upsert(note("Sam.md", "a note about the name\n"));
		expect(seen(index, "People/Sam.md")?.mentions).toBe(0);
		index.remove("Sam.md");
		expect(seen(index, "People/Sam.md")).toMatchObject({ mentions: 1, last: "2026-11-10" });
	});

	it("a relative link reaches the person next to the note that holds it, whichever note is read first", () => {
		const index = buildIndex({
			"Journal/People/Sam.md": SAM,
			"People/Sam.md": SAM,
			"Journal/x/2026-11-01.md": "Call with [[../People/Sam]]\n",
			"Notes/2026-11-02.md": "Lunch with [[../People/Sam]]\n",
		});
		expect([seen(index, "Journal/People/Sam.md")?.last, seen(index, "People/Sam.md")?.last]).toEqual(["2026-11-01", "2026-11-02"]);
	});

	it("a new connection is counted once on the day met, also after the person goes and comes back", () => {
		const MET = "---\ncadence: 30\nmet: 2026-11-03\n---\n";
		const index = buildIndex({ "People/Sam.md": MET });
		expect(index.goalDays("new-connections")).toEqual(["2026-11-03"]);
		index.remove("People/Sam.md");
		expect(index.goalDays("new-connections")).toEqual([]);
		index.upsert(note("People/Sam.md", MET));
		expect(index.goalDays("new-connections")).toEqual(["2026-11-03"]);
	});

	it("a listener hears each change until it stops listening", () => {
		const index = buildIndex({ "People/Sam.md": SAM });
		const heard: string[][] = [];
		const stop = index.onChange((paths) => heard.push([...paths]));
		index.upsert(note("People/Sam.md", "---\ncadence: 7\n---\n"));
		stop();
		index.upsert(note("People/Sam.md", SAM));
		expect(heard).toEqual([["People/Sam.md"]]);
	});

	it("an introduced person whose note stops being a person and becomes one again has the introduction back", () => {
		const index = buildIndex({ "Notes/Sam.md": "---\ntype: person\n---\n", "People/Ana.md": ANA, "Daily/2026-11-20.md": "- introduced [[Ana]] to [[Sam]] #intro\n" });
		index.upsert(note("Notes/Sam.md", "just a note\n"));
		expect(seen(index, "People/Ana.md")).toMatchObject({ gave: 1, mentions: 1 });
		index.upsert(note("Notes/Sam.md", "---\ntype: person\n---\n"));
		expect(seen(index, "Notes/Sam.md")).toMatchObject({ gave: 1, mentions: 1, last: "2026-11-20" });
		expect(index.goalDays("value-given").sort()).toEqual(["2026-11-20", "2026-11-20"]);
	});
});
