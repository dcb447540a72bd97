// A follow-up with a due date: due today or earlier, the person needs attention with that reason, ranked with the
// overdue by how late; due within the window, they are upcoming. Through the index, as every surface gets it.
import { describe, expect, it } from "vitest";
import { collectReport, describePerson, toJson, toText } from "../../src/core/report";
import { statusWords } from "../../src/core/vocabulary";
import { rowsFor, EMPTY_DATA } from "../../src/ui/sidebar-model";
import { buildIndex } from "../helpers";

const TODAY = "2026-11-30";
const NOTES = {
	// In touch last week: not overdue; a follow-up in their own note was due three days ago.
	"People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-11-25\n---\n\n- [ ] send the deck 📅 2026-11-27\n",
	// A task in a daily note that links them, due today (Dataview's form).
	"People/Ray Sun.md": "---\ncadence: 30\nlast-contact: 2026-11-26\n---\n",
	"Daily/2026-11-20.md": "- [ ] intro [[Ray Sun]] to the team [due:: 2026-11-30]\n- [ ] ask [[Bo Chen]] about Lisbon 2026-12-04\n",
	// Due in four days: upcoming, not attention.
	"People/Bo Chen.md": "---\ncadence: 30\nlast-contact: 2026-11-28\n---\n",
	// Overdue anyway, and a late follow-up: the later of the two ranks them.
	"People/Cy Dean.md": "---\ncadence: 30\nlast-contact: 2026-10-20\n---\n\n- [ ] call back 📅 2026-11-01\n",
	// Paused: never listed, whatever is due.
	"People/Pat Paused.md": "---\ncadence: 30\nlast-contact: 2026-11-25\npaused: true\n---\n\n- [ ] send 📅 2026-11-01\n",
	// A date that only looks like a due date.
	"People/Dee Ro.md": "---\ncadence: 30\nlast-contact: 2026-11-25\n---\n\n- [ ] ask how the 2026-11-01 launch went\n",
};

describe("follow-ups with a due date", () => {
	// Built inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const index = () => buildIndex(NOTES);
	const names = (list: { name: string }[]) => list.map((p) => p.name);

	it("due today or earlier: in Needs attention, ranked with the overdue by how late; never the paused; not a date in the words", () => {
		expect(names(index().attention(TODAY))).toEqual(["Cy Dean", "Ann Lee", "Ray Sun"]);
	});

	it("the reason says it, in every surface's words", () => {
		const built = index();
		const ann = built.person("People/Ann Lee.md", TODAY);
		const ray = built.person("People/Ray Sun.md", TODAY);
		if (!ann || !ray) throw new Error("missing");
		expect(statusWords(ann, TODAY)).toBe("Follow-up 3 days late");
		expect(statusWords(ray, TODAY)).toBe("Follow-up due today");
		expect(describePerson(ann, TODAY)).toBe("follow-up due: send the deck · last contact 2026-11-25 (5 days ago, from the property) · every 30 days");
		expect(describePerson(ray, TODAY)).toMatch(/^follow-up due: intro \[\[Ray Sun\]\] to the team · /);
		const text = toText(collectReport(index(), TODAY));
		expect(text).toMatch(/^Overdue \(1\)\n {2}Cy Dean +follow-up due: call back · overdue/m);
		expect(text).toMatch(/^Follow-up due \(2\)\n {2}Ann Lee +follow-up due: send the deck/m);
	});

	it("the text report lists every dated follow-up, soonest first, with its words and how far off it is; not a paused person's; --limit holds some back", () => {
		const section = (text: string) => text.slice(text.indexOf("Follow-ups with a date"), text.indexOf("\n\n", text.indexOf("Follow-ups with a date")));
		expect(section(toText(collectReport(index(), TODAY))).split("\n")).toEqual([
			"Follow-ups with a date (4): the soonest first",
			"  Cy Dean                call back · 2026-11-01 (4 weeks late)",
			"  Ann Lee                send the deck · 2026-11-27 (3 days late)",
			"  Ray Sun                intro [[Ray Sun]] to the team · 2026-11-30 (due today)",
			"  Bo Chen                ask [[Bo Chen]] about Lisbon 2026-12-04 · 2026-12-04 (due in 4 days)",
		]);
		expect(section(toText(collectReport(index(), TODAY), 1)).split("\n").slice(1)).toEqual(["  Cy Dean                call back · 2026-11-01 (4 weeks late)", "  3 more; raise --limit to see them."]);
	});

	it("an open task in an undated note (a project note) is a follow-up with its date, never contact, and no dated note", () => {
		const withProject = buildIndex({ ...NOTES, "Projects/Hiring.md": "# Hiring\n- [ ] ask [[Dee Ro]] for referrals 📅 2026-11-28\n- [ ] read [[Some Book]]\n" });
		const dee = withProject.person("People/Dee Ro.md", TODAY);
		expect(dee?.followUps.map((f) => [f.path, f.text])).toEqual([
			["People/Dee Ro.md", "ask how the 2026-11-01 launch went"], ["Projects/Hiring.md", "ask [[Dee Ro]] for referrals 📅 2026-11-28"],
		]);
		expect([dee?.followUpDue?.daysLate, dee?.lastContact?.date, dee?.mentionCount]).toEqual([2, "2026-11-25", 0]);
		expect(names(withProject.attention(TODAY))).toEqual(["Cy Dean", "Ann Lee", "Dee Ro", "Ray Sun"]);
		expect(withProject.datedNoteCount).toBe(index().datedNoteCount);
	});

	it("due within the window: upcoming; --json lists every follow-up with its due date", () => {
		const built = index();
		const people = built.people(TODAY);
		const upcoming = rowsFor({ ...EMPTY_DATA, ready: true, today: TODAY, people, attention: built.attention(TODAY) }, "upcoming");
		expect(names(upcoming)).toContain("Bo Chen");
		const json = toJson(collectReport(built, TODAY));
		expect(json.people.find((p) => p.name === "Bo Chen")?.followUps).toEqual([
			{ path: "Daily/2026-11-20.md", line: 1, text: "ask [[Bo Chen]] about Lisbon 2026-12-04", due: "2026-12-04" },
		]);
		expect(json.people.find((p) => p.name === "Ann Lee")?.status).toBe("ok");
		expect(json.attention).toContain("People/Ann Lee.md");
	});
});
