// The rules of a person's view, one row each, through the whole index (notes as text → metadata → facts → view), with
// answers worked out by hand from the rule. Each row is a boundary (the day itself, the day before, the day after) or
// a spelling that must, or must not, count. They pin what mutation testing found free (issue 19).
import { describe, expect, it } from "vitest";
import { upcomingBirthdays } from "../../src/core/attention";
import { problems as problemsOn } from "../../src/core/network";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";

const TODAY = "2026-11-30";
const SAM = "People/Sam.md";
const view = (notes: Record<string, string>, settings = DEFAULT_SETTINGS, today = TODAY) => buildIndex(notes, settings).person(SAM, today);
const withLog = (...lines: string[]) => ({ [SAM]: `---\ncadence: 30\n---\n## Interactions\n${lines.join("\n")}\n` });

describe("log lines: what counts as contact, and what kind", () => {
	it.each([
		["the last line of a note without a newline", "---\ncadence: 30\n---\n## Interactions\n- 2026-11-20 coffee", "2026-11-20"],
		["CRLF line endings", "---\r\ncadence: 30\r\n---\r\n## Interactions\r\n- 2026-11-21 call\r\n", "2026-11-21"],
		["numbered 10. and over", "---\ncadence: 30\n---\n## Interactions\n10. 2026-11-22 lunch\n", "2026-11-22"],
		["numbered 3)", "---\ncadence: 30\n---\n## Interactions\n3) 2026-11-22 lunch\n", "2026-11-22"],
		["a ticked task, upper-case X", "---\ncadence: 30\n---\n## Interactions\n- [X] 2026-11-23 call\n", "2026-11-23"],
		["a ticked task, lower-case x", "---\ncadence: 30\n---\n## Interactions\n- [x] 2026-11-23 call\n", "2026-11-23"],
		["an open task: a plan", "---\ncadence: 30\n---\n## Interactions\n- [ ] 2026-11-24 call\n", null],
		["a cancelled task: not contact", "---\ncadence: 30\n---\n## Interactions\n- [-] 2026-11-25 call\n", null],
		["a date as a link", "---\ncadence: 30\n---\n## Interactions\n- [[2026-11-19]] dinner\n", "2026-11-19"],
		["a date glued to words is not a log line", "---\ncadence: 30\n---\n## Interactions\n- 2026-11-26x call\n", null],
	])("%s", (_what, text, date) => {
		expect(view({ [SAM]: text })?.lastContact?.date ?? null).toBe(date);
	});

	it("CRLF: the words of a log line carry no carriage return", () => {
		const facts = buildIndex({ [SAM]: "---\r\ncadence: 30\r\n---\r\n## Interactions\r\n- 2026-11-21 call about the talk #call\r\n" }).facts(SAM);
		expect(facts?.logs.map((l) => [l.text, l.kind])).toEqual([["call about the talk #call", "call"]]);
	});

	it.each([
		["#met", "meet"], ["#meeting", "meet"], ["#meet", "meet"], ["#msg", "message"], ["#message", "message"], ["#call", "call"],
		["#give", "gave"], ["#gave", "gave"], ["#ask", "asked"], ["#asked", "asked"], ["#introduction", "intro"], ["#intro", "intro"],
		["#event", "event"], ["#EVENT", "event"], ["#events", "other"], ["#event-day", "other"], ["#meetup/berlin", "other"], ["no tag", "other"],
	])("%s → %s", (tag, kind) => {
		expect(view(withLog(`- 2026-11-20 lunch ${tag}`))?.lastContact?.kind).toBe(kind);
	});

	it("a cancelled task is not a follow-up; an open one is; a ticked one is done", () => {
		const notes = { [SAM]: "---\ncadence: 30\n---\n- [ ] send the deck\n- [-] book a table\n- [x] call back\n" };
		expect(view(notes)?.followUps.map((f) => f.text)).toEqual(["send the deck"]);
	});

	it("a link on the line after an open task is contact: the task's span ends with its line", () => {
		const index = buildIndex({
			[SAM]: "---\ncadence: 30\n---\n", "People/Ana.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "- [ ] call [[Ana]]\n\nLunch with [[Sam]]\n",
		});
		expect(index.person(SAM, TODAY)?.lastContact?.date).toBe("2026-11-20");
		expect(index.person("People/Ana.md", TODAY)?.lastContact).toBeNull();
	});
});

describe("what was given and asked counts for one year, up to today", () => {
	it("a year ago to the day counts; a year and a day does not; today counts; tomorrow does not", () => {
		const p = view(withLog(
			"- 2025-11-29 sent a job lead #gave", "- 2025-11-30 reviewed a talk #gave", "- 2026-11-30 intro to a recruiter #gave",
			"- 2026-12-01 will send the book #gave",
			"- 2025-11-29 asked for advice #asked", "- 2025-11-30 asked for a referral #asked", "- 2026-12-01 will ask #asked",
		));
		expect([p?.gave, p?.asked]).toEqual([2, 1]);
	});

	it("a line tagged both ways counts once each; an introduction is given", () => {
		const p = view(withLog("- 2026-11-10 swapped favours #gave #asked", "- 2026-11-12 introduced Ana #intro"));
		expect([p?.gave, p?.asked]).toEqual([2, 1]);
	});
});

describe("status on the day", () => {
	const person = (props: string) => ({ [SAM]: `---\n${props}\n---\n` });
	it.each([
		// Snoozed until a day: snoozed before it, due again on it.
		["snoozed until tomorrow", "cadence: 30\nlast-contact: 2026-09-01\nsnooze-until: 2026-12-01", "snoozed"],
		["snoozed until today", "cadence: 30\nlast-contact: 2026-09-01\nsnooze-until: 2026-11-30", "overdue"],
		["snoozed until yesterday", "cadence: 30\nlast-contact: 2026-09-01\nsnooze-until: 2026-11-29", "overdue"],
		// Due dates: a day over is overdue; due today and the 7 days before are due soon; 8 days before is fine.
		["one day over", "cadence: 30\nlast-contact: 2026-10-30", "overdue"],
		["due today", "cadence: 30\nlast-contact: 2026-10-31", "due-soon"],
		["due in 7 days", "cadence: 30\nlast-contact: 2026-11-07", "due-soon"],
		["due in 8 days", "cadence: 30\nlast-contact: 2026-11-08", "ok"],
		// The window is at most half the cadence: every 10 days, 5 days before is due soon, 6 is not.
		["every 10 days, due in 5", "cadence: 10\nlast-contact: 2026-11-25", "due-soon"],
		["every 10 days, due in 6", "cadence: 10\nlast-contact: 2026-11-26", "ok"],
		["every 3 days, due in 1", "cadence: 3\nlast-contact: 2026-11-28", "due-soon"],
		["every 3 days, due in 2", "cadence: 3\nlast-contact: 2026-11-29", "ok"],
		// A next-contact date decides, whatever the cadence.
		["next contact today, no cadence", "next-contact: 2026-11-30", "due-soon"],
		["next contact yesterday", "cadence: 365\nlast-contact: 2026-11-01\nnext-contact: 2026-11-29", "overdue"],
		["a tier but no contact", "tier: close", "never-contacted"],
		["no cadence, no tier, no contact", "company: Acme", "untracked"],
		["paused wins over everything", "cadence: 30\nlast-contact: 2026-01-01\npaused: true\nsnooze-until: 2026-12-31", "paused"],
	])("%s: %s", (_what, props, status) => {
		expect(view(person(props))?.status).toBe(status);
	});

	it("a contact dated today counts and is no problem; one dated tomorrow is ignored and named", () => {
		const index = buildIndex({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-30\n---\n", "People/Ana.md": "---\ncadence: 30\nlast-contact: 2026-12-01\n---\n" });
		expect(index.person(SAM, TODAY)?.lastContact?.date).toBe("2026-11-30");
		expect(index.person("People/Ana.md", TODAY)?.lastContact).toBeNull();
		const problems = problemsOn(index, TODAY).filter((p) => p.message.includes("future"));
		expect(problems.map((p) => [p.path, p.value])).toEqual([["People/Ana.md", "2026-12-01"]]);
	});

	it("same-day ties: a dated note beats a log line, a log line beats the property; two dated notes go by path", () => {
		const notes = (extra: Record<string, string>) => ({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n## Interactions\n- 2026-11-20 call\n", ...extra });
		expect(view(notes({}))?.lastContact?.source).toBe("log");
		expect(view({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n" })?.lastContact?.source).toBe("property");
		const both = view(notes({ "Work/b meeting.md": "---\ndate: 2026-11-20\n---\n[[Sam]]\n", "Work/a meeting.md": "---\ndate: 2026-11-20\n---\n[[Sam]]\n" }));
		expect([both?.lastContact?.source, both?.lastContact?.path]).toEqual(["dated-note", "Work/a meeting.md"]);
		// A later day wins whatever its source.
		expect(view({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-21\n---\n## Interactions\n- 2026-11-20 call\n" })?.lastContact?.source).toBe("property");
	});

	it("events attended: only those on or before today, oldest first", () => {
		const p = view({
			[SAM]: "---\ncadence: 30\n---\n",
			"Events/Later.md": "---\ntype: event\ndate: 2026-12-02\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/Today.md": "---\ntype: event\ndate: 2026-11-30\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/Before.md": "---\ntype: event\ndate: 2026-10-02\nattendees: [\"[[Sam]]\"]\n---\n",
		});
		expect(p?.events).toEqual([{ path: "Events/Before.md", date: "2026-10-02" }, { path: "Events/Today.md", date: "2026-11-30" }]);
	});

	it("events attended: a daily note or a meeting that mentions them is contact, not an event", () => {
		const p = view({
			[SAM]: "---\ncadence: 30\n---\n",
			"Daily/2026-11-02.md": "Lunch with [[Sam]]\n",
			"Work/sync.md": "---\ndate: 2026-11-10\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/Meetup.md": "---\ntype: event\ndate: 2026-11-05\nattendees: [\"[[Sam]]\"]\n---\n",
		});
		expect(p?.mentionCount).toBe(3);
		expect(p?.events).toEqual([{ path: "Events/Meetup.md", date: "2026-11-05" }]);
	});
});

describe("which notes are people, and which are dated", () => {
	it("every configured person tag claims a note, and its sub-tags; not a tag that only starts the same", () => {
		const settings = { ...DEFAULT_SETTINGS, personFolders: [], personMarkerKeys: [], personTags: ["person", "contact"] };
		const index = buildIndex({
			"A.md": "#person\n", "B.md": "#contact\n", "C.md": "#contact/work\n", "D.md": "#contactless\n", "E.md": "---\ntags: [Contact]\n---\n",
		}, settings);
		expect(index.personPaths().sort()).toEqual(["A.md", "B.md", "C.md", "E.md"]);
	});

	it("every excluded folder holds neither people nor dated notes; the Templates folder at any depth", () => {
		const settings = { ...DEFAULT_SETTINGS, excludedFolders: ["Templates", "Archive"] };
		const index = buildIndex({
			[SAM]: "---\ncadence: 30\n---\n",
			"Archive/People/Old.md": "---\ncadence: 30\n---\n",
			"Archive/2026-11-20 Meeting.md": "Lunch with [[Sam]]\n",
			"Work/Templates/2026-11-21 Meeting.md": "Lunch with [[Sam]]\n",
			"Templates/People/Person.md": "---\ncadence: 30\n---\n",
			"Meetings/2026-11-10 Sync.md": "Sync with [[Sam]]\n",
		}, settings);
		expect(index.personPaths()).toEqual([SAM]);
		expect(index.person(SAM, TODAY)?.lastContact?.date).toBe("2026-11-10");
	});
});

describe("birthdays", () => {
	const people = (birthday: string, extra = "") => buildIndex({ [SAM]: `---\ncadence: 30\nbirthday: ${birthday}\n${extra}---\n` });
	it.each([
		// 29 February in a common year is kept on the 28th; in a leap year on the 29th.
		["02-29", "2027-02-20", "2027-02-28"], ["02-29", "2028-02-20", "2028-02-29"], ["1992-02-29", "2027-03-01", "2028-02-29"],
		["12-03", "2026-11-30", "2026-12-03"], ["11-30", "2026-11-30", "2026-11-30"], ["11-29", "2026-11-30", "2027-11-29"],
		["01-02", "2026-12-30", "2027-01-02"],
	])("born %s, on %s the next is %s", (birthday, today, next) => {
		expect(people(birthday).person(SAM, today)?.nextBirthday).toBe(next);
	});

	it("upcoming: from today to the last day of the lead window, both included; never a paused person", () => {
		const on = (birthday: string, extra = "") => upcomingBirthdays(people(birthday, extra).people(TODAY), TODAY, 7).map((p) => p.nextBirthday);
		expect([on("11-30"), on("12-07"), on("12-08")]).toEqual([["2026-11-30"], ["2026-12-07"], []]);
		expect(on("12-03", "paused: true\n")).toEqual([]);
	});
});

describe("cadence, future dates and references", () => {
	const person = (props: string, body = "") => ({ [SAM]: `---\n${props}\n---\n${body}` });
	it.each([
		["an explicit none wins over the tier", "cadence: none\ntier: close\nlast-contact: 2026-01-01", null, "untracked"],
		["the person's cadence wins over the tier", "cadence: 10\ntier: close\nlast-contact: 2026-11-25", 10, "due-soon"],
		["the tier's cadence without one of their own", "tier: close\nlast-contact: 2026-11-25", 30, "ok"],
		["the default cadence only once there has been contact", "last-contact: 2026-11-25", 90, "ok"],
		["no default cadence before any contact", "company: Acme", null, "untracked"],
	])("%s", (_rule, props, cadence, status) => {
		const p = view(person(props));
		expect([p?.cadenceDays, p?.status]).toEqual([cadence, status]);
	});

	it("where the cadence comes from", () => {
		expect(["cadence: 10", "tier: close", "last-contact: 2026-11-25", "company: Acme"].map((props) => view(person(props))?.cadenceFrom))
			.toEqual(["person", "tier", "default", null]);
	});

	it("a log line and a last-contact date in the future are each named, with the line number; today's are not", () => {
		const index = buildIndex(person("cadence: 30\nlast_contact: 2026-12-02", "## Interactions\n- 2026-11-30 call\n- 2026-12-01 lunch\n"));
		expect(problemsOn(index, TODAY).map((p) => [p.field, p.value, p.message])).toEqual([
			["last_contact", "2026-12-02", "the last contact date is in the future; it is ignored until that day"],
			["log line 7", "2026-12-01", "is in the future; a log line records contact that happened"],
		]);
		expect(index.person(SAM, TODAY)?.lastContact?.date).toBe("2026-11-30");
	});

	it("references: mentions in dated notes, and other dated notes with open tasks linking them, each note once; not their own note", async () => {
		const { references } = await import("../../src/core/attention");
		const index = buildIndex({
			...person("cadence: 30", "- [ ] own task\n"),
			"Daily/2026-11-20.md": "Lunch with [[Sam]]\n", "Daily/2026-11-21.md": "Call with [[Sam]]\n",
			"Daily/2026-11-22.md": "- [ ] ask [[Sam]]\n- [ ] thank [[Sam]]\n", "Daily/2026-11-23.md": "- [ ] email [[Sam]]\n",
		});
		const p = index.person(SAM, TODAY);
		expect([p?.mentionCount, p && references(p)]).toEqual([2, 4]);
	});
});

describe("rules found free by mutation testing of attention.ts", () => {
	it("two dated notes of one day: the first by path, in whichever order they arrive; two log lines of one day: the first", () => {
		for (const order of [["Work/a meeting.md", "Work/b meeting.md"], ["Work/b meeting.md", "Work/a meeting.md"]]) {
			const notes: Record<string, string> = { [SAM]: "---\ncadence: 30\n---\n" };
			for (const path of order) notes[path] = "---\ndate: 2026-11-20\n---\n[[Sam]]\n";
			expect(view(notes)?.lastContact?.path).toBe("Work/a meeting.md");
		}
		expect(view(withLog("- 2026-11-20 first call", "- 2026-11-20 second call"))?.lastContact?.text).toBe("first call");
	});

	it("an #intro line in a daily note is value given for a year, to the day, and not before it happens", () => {
		const gave = (day: string) => view({ [SAM]: "---\ncadence: 30\n---\n", [`Daily/${day}.md`]: "Introduced [[Sam]] to a recruiter #intro\n" })?.gave;
		expect([gave("2025-11-29"), gave("2025-11-30"), gave("2026-11-30"), gave("2026-12-01")]).toEqual([0, 1, 1, 0]);
		expect(view({ [SAM]: "---\ncadence: 30\n---\n", "Daily/2026-11-20.md": "Lunch with [[Sam]]\n" })?.gave).toBe(0);
	});

	it("events attended are listed oldest first, whatever their paths say", () => {
		const p = view({
			[SAM]: "---\ncadence: 30\n---\n",
			"Events/A.md": "---\ntype: event\ndate: 2026-11-20\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/B.md": "---\ntype: event\ndate: 2026-10-02\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/C.md": "---\ntype: event\ndate: 2026-11-01\nattendees: [\"[[Sam]]\"]\n---\n",
		});
		expect(p?.events.map((e) => e.date)).toEqual(["2026-10-02", "2026-11-01", "2026-11-20"]);
		// Two on one day: by path.
		const sameDay = view({
			[SAM]: "---\ncadence: 30\n---\n",
			"Events/Z.md": "---\ntype: event\ndate: 2026-11-20\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/A.md": "---\ntype: event\ndate: 2026-11-20\nattendees: [\"[[Sam]]\"]\n---\n",
			"Events/M.md": "---\ntype: event\ndate: 2026-11-20\nattendees: [\"[[Sam]]\"]\n---\n",
		});
		expect(sameDay?.events.map((e) => e.path)).toEqual(["Events/A.md", "Events/M.md", "Events/Z.md"]);
	});

	it("drift through the index: from log lines and dated notes together; never for a paused person", () => {
		// Every 7 days from 2026-09-07 to 2026-10-19 (log lines and daily notes alternating), then silent 42 days.
		const days = ["2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19"];
		const notes: Record<string, string> = { [SAM]: `---\ncadence: 90\n---\n## Interactions\n${days.filter((_, i) => i % 2 === 0).map((d) => `- ${d} call`).join("\n")}\n` };
		for (const d of days.filter((_, i) => i % 2 === 1)) notes[`Daily/${d}.md`] = "[[Sam]]\n";
		expect([view(notes)?.drift, view(notes)?.rhythmDays]).toEqual(["drifting", 7]);
		notes[SAM] = notes[SAM]?.replace("cadence: 90", "cadence: 90\npaused: true") ?? "";
		expect([view(notes)?.drift, view(notes)?.rhythmDays]).toEqual(["none", null]);
		// Daily notes alone make a rhythm too.
		const dailyOnly: Record<string, string> = { [SAM]: "---\ncadence: 90\n---\n" };
		for (const d of days) dailyOnly[`Daily/${d}.md`] = "[[Sam]]\n";
		expect(view(dailyOnly)?.drift).toBe("drifting");
	});

	it("a snoozed person's late follow-up waits with them; health is for tracked people only", () => {
		const snoozed = buildIndex({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-25\nsnooze-until: 2026-12-10\n---\n- [ ] send the deck 📅 2026-11-20\n" });
		expect(snoozed.attention(TODAY)).toEqual([]);
		expect(view({ [SAM]: "---\ncompany: Acme\n---\n" })?.health).toBeNull();
		expect(view({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-30\npaused: true\n---\n" })?.health).toBeNull();
		expect(view({ [SAM]: "---\ncadence: 30\nlast-contact: 2026-11-30\n---\n" })?.health).toBe(100);
	});

	it("people of equal rank: by name, then by path; due soon on the same day: by name", () => {
		const index = buildIndex({
			"People/A/Zed.md": "---\ncadence: 10\nlast-contact: 2026-11-10\n---\n", "People/B/Amy.md": "---\ncadence: 10\nlast-contact: 2026-11-10\n---\n",
			"People/Z/Bo.md": "---\ncadence: 10\nlast-contact: 2026-11-10\n---\n", "People/Y/Bo.md": "---\ncadence: 10\nlast-contact: 2026-11-10\n---\n",
			"People/Vi.md": "---\ncadence: 30\nlast-contact: 2026-11-03\n---\n", "People/Ula.md": "---\ncadence: 30\nlast-contact: 2026-11-03\n---\n",
		});
		expect(index.attention(TODAY).map((p) => p.path)).toEqual(["People/B/Amy.md", "People/Y/Bo.md", "People/Z/Bo.md", "People/A/Zed.md", "People/Ula.md", "People/Vi.md"]);
	});

	it("upcoming birthdays: soonest first, then by name", () => {
		const index = buildIndex({
			"People/Zoe.md": "---\nbirthday: 12-02\n---\n", "People/Max.md": "---\nbirthday: 12-01\n---\n", "People/Abe.md": "---\nbirthday: 12-02\n---\n",
		});
		expect(upcomingBirthdays(index.people(TODAY), TODAY, 7).map((p) => p.name)).toEqual(["Max", "Abe", "Zoe"]);
	});

	it("in Ascent's order: who needs attention as ranked, then the others by name, each once; triage: the most referenced first", async () => {
		const { byReferences, inAttentionOrder } = await import("../../src/core/attention");
		const index = buildIndex({
			"People/Cy.md": "---\ncadence: 30\nlast-contact: 2026-11-25\n---\n", "People/Al.md": "---\ncadence: 30\nlast-contact: 2026-10-01\n---\n",
			"People/Bo.md": "---\ncadence: 30\nlast-contact: 2026-10-20\n---\n", "People/Di.md": "---\ncadence: 30\nlast-contact: 2026-11-28\n---\n",
			"Daily/2026-11-02.md": "[[Di]]", "Daily/2026-11-03.md": "[[Di]] [[Cy]]",
		});
		const everyone = index.people(TODAY).sort((a, b) => a.name.localeCompare(b.name));
		expect(inAttentionOrder(index.attention(TODAY), everyone, (p) => p.name !== "Cy").map((p) => p.name)).toEqual(["Al", "Bo", "Di"]);
		expect(inAttentionOrder(index.attention(TODAY), everyone, (p) => p.name !== "Al").map((p) => p.name)).toEqual(["Bo", "Cy", "Di"]);
		expect(inAttentionOrder(index.attention(TODAY), everyone, () => true).map((p) => p.name)).toEqual(["Al", "Bo", "Cy", "Di"]);
		expect([...everyone].sort(byReferences).map((p) => p.name)).toEqual(["Di", "Cy", "Al", "Bo"]);
	});
});
