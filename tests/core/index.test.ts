import { indexStats, problems } from "../../src/core/network";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GOAL_KINDS, type GoalKind } from "../../src/core/goals";
import { PeopleIndex } from "../../src/core/people-index";
import { mentionList } from "../../src/core/mentions";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { toJson, collectReport } from "../../src/core/report";
import { buildIndex, DAILY, note } from "../helpers";

const TODAY = "2026-11-30";

/** Everything a user can see of the index on a day, in a canonical order. */
function snapshot(index: PeopleIndex) {
	const report = toJson(collectReport(index, TODAY));
	const interactions = Object.fromEntries(index.personPaths().sort().map((p) => [p, index.interactions(p)]));
	const followUps = Object.fromEntries(index.personPaths().sort().map((p) => [p, index.followUps(p)]));
	const views = index.people(TODAY).sort((a, b) => a.path.localeCompare(b.path));
	return { ...report, interactions, followUps, views, stats: indexStats(index, TODAY) };
}

/** The days behind each goal, found by walking every person and note (the reference for the index's running counts). */
function walkedGoalDays(index: PeopleIndex, kind: GoalKind): string[] {
	if (kind === "events") return index.eventDays();
	const out: string[] = [];
	for (const facts of index.allFacts()) {
		if (kind === "new-connections") {
			// The first-met rule: met, else created, else the earliest contact of any kind (file times are off by default).
			const contacts = [facts.propertyContact?.date, ...facts.logs.map((l) => l.date), ...mentionList(index.mentionsOf(facts.path)).map((m) => m.date)]
				.filter((d): d is string => d !== undefined).sort();
			const met = facts.met ?? facts.created ?? contacts[0] ?? null;
			if (met) out.push(met);
		}
		for (const log of facts.logs) {
			const kinds: string[] = log.kinds ?? [log.kind];
			if (kind === "interactions"
				|| (kind === "reach-outs" && (kinds.some((k) => ["call", "message", "meet"].includes(k)) || /(^|\s)#reached-out(?![\w\-/])/i.test(log.text ?? "")))
				|| (kind === "value-given" && (kinds.includes("gave") || kinds.includes("intro")))) out.push(log.date);
		}
		for (const mention of mentionList(index.mentionsOf(facts.path))) {
			// Every dated note is an interaction; one whose channel is a call, a message or a meeting is a reach-out too.
			if (kind === "interactions" || (kind === "reach-outs" && ["call", "message", "meet"].includes(mention.kind))) out.push(mention.date);
			// An #intro line gives to each person it introduces.
			if (kind === "value-given" && mention.kinds?.includes("intro")) out.push(mention.date);
		}
	}
	return out;
}

/** The same notes built at once, and note by note in the other order. */
function builtBothWays(notes: Record<string, string>): [PeopleIndex, PeopleIndex] {
	const byChange = new PeopleIndex({ settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
	for (const [path, text] of Object.entries(notes).reverse()) byChange.upsert(note(path, text));
	return [buildIndex(notes), byChange];
}

const PERSON_PATHS = ["People/Sam.md", "People/Ana.md", "Friends/Sam.md", "People/Team/Bo.md", "Misc/Ana.md"];
// Friends/Lunch.md links [[Sam]] from beside Friends/Sam.md: shared names reach the note in the linking note's folder.
const DATED_PATHS = ["Daily/2026-11-01.md", "Daily/2026-11-20.md", "Daily/2026-12-24.md", "Events/Conf.md", "Meetings/Sync.md", "Friends/Lunch.md"];
const ALL_PATHS = [...PERSON_PATHS, ...DATED_PATHS, "Notes/Idea.md", "Sam.md"];

const personText = fc.constantFrom(
	"---\ncadence: 30\n---\n",
	"---\ntier: close\naliases: [Sammy]\n---\n",
	"---\naliases: [Bobo, Ana]\nlast-contact: 2026-10-01\n---\n- 2026-11-05 coffee #meet\n",
	"---\ntype: person\n---\n",
	"---\ncadence: [broken\n---\n",
	"---\npaused: true\n---\n",
	"---\ncadence: 14\n---\n- [ ] ask about a referral\n- [x] done already\n",
	"---\ncadence: 90\nlast-contact: 2026-11-20\n---\n- [ ] send the deck 📅 2026-11-10\n",
);
const linkTo = fc.constantFrom("[[Sam]]", "[[Ana]]", "[[Bo]]", "[[Sammy]]", "[[Bobo]]", "[[Friends/Sam]]", "[[Nobody]]", "- [ ] call [[Ana]]", "- [ ] ask [[Sammy]]", "> [[Bo]]",
	"- introduced [[Ana]] to [[Sammy]] #intro", "- [[Bo]] met [[Bobo]] #introduction",
	"- [ ] call [[Ana]] 📅 2026-11-25", "- [ ] ask [[Bo]] [due:: 2026-12-20]");
const datedText = fc.array(linkTo, { maxLength: 4 }).chain((links) =>
	fc.constantFrom(
		links.join("\n"),
		`---\ndate: 2026-11-10\n---\n${links.join(" ")}`,
		`---\ntype: event\ndate: 2026-11-12\nattendees:\n  - "[[Bo]]"\n---\n${links.join(" ")}`,
	));
const anyText = fc.oneof(personText, datedText, fc.constant("just text #person"), fc.constant(""));

type Op = { kind: "upsert"; path: string; text: string } | { kind: "remove"; path: string } | { kind: "rename"; from: string; to: string };
const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("upsert" as const), path: fc.constantFrom(...ALL_PATHS), text: anyText }),
	fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...ALL_PATHS) }),
	fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...ALL_PATHS), to: fc.constantFrom(...ALL_PATHS) }),
);

describe("PeopleIndex", () => {
	it("after any sequence of changes, from nothing or from a build of some notes, equals a fresh build of the same notes", () => {
		const runs = process.env.STRESS ? 2000 : 150;
		// Some notes built first: what the build filed (its pool of mentions, core/mentions.ts) then changes note by note.
		const built = fc.array(fc.tuple(fc.constantFrom(...ALL_PATHS), anyText), { maxLength: 12 });
		fc.assert(fc.property(built, fc.array(op, { maxLength: 25 }), (start, ops) => {
			const files = new Map<string, string>(start);
			const index = PeopleIndex.build([...files].map(([p, t]) => note(p, t)), { settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
			for (const o of ops) {
				if (o.kind === "upsert") {
					files.set(o.path, o.text);
					index.upsert(note(o.path, o.text));
				} else if (o.kind === "remove") {
					if (!files.has(o.path)) continue;
					files.delete(o.path);
					index.remove(o.path);
				} else {
					const text = files.get(o.from);
					if (text === undefined || files.has(o.to) || o.from === o.to) continue;
					files.delete(o.from);
					files.set(o.to, text);
					index.rename(o.from, note(o.to, text));
				}
			}
			const fresh = PeopleIndex.build([...files].map(([p, t]) => note(p, t)), { settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
			expect(snapshot(index)).toEqual(snapshot(fresh));
			// The running goal counts equal a walk over everyone (what they replaced).
			for (const kind of GOAL_KINDS) expect(index.goalDays(kind).sort(), kind).toEqual(walkedGoalDays(index, kind).sort());
		}), { numRuns: runs });
	});

	it("keeps goal counts right through edits, renames and removals of people and dated notes", () => {
		const index = new PeopleIndex({ settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
		const check = () => {
			for (const kind of GOAL_KINDS) expect(index.goalDays(kind).sort(), kind).toEqual(walkedGoalDays(index, kind).sort());
		};
		index.upsert(note("People/Sam.md", "---\ncadence: 30\nmet: 2026-01-05\n---\n- 2026-11-05 call #call\n- 2026-11-06 intro #gave\n"));
		index.upsert(note("People/Ana.md", "---\ncadence: 30\n---\n"));
		index.upsert(note("Daily/2026-11-01.md", "[[Sam]] and [[Ana]]"));
		index.upsert(note("Events/Meetup.md", "---\ntype: event\ndate: 2026-11-12\nattendees:\n  - \"[[Ana]]\"\n---\n"));
		check();
		expect(index.goalDays("interactions").sort()).toEqual(["2026-11-01", "2026-11-01", "2026-11-05", "2026-11-06", "2026-11-12"]);
		// Sam has a met date; Ana has none, so the day of her first contact (the daily note) counts.
		expect(index.goalDays("new-connections").sort()).toEqual(["2026-01-05", "2026-11-01"]);
		index.upsert(note("Daily/2026-11-01.md", "[[Sam]] only"));
		// Without that mention, Ana's first contact is the meetup.
		expect(index.goalDays("new-connections").sort()).toEqual(["2026-01-05", "2026-11-12"]);
		index.upsert(note("People/Sam.md", "---\ncadence: 30\n---\n- 2026-11-05 call #call\n"));
		check();
		index.rename("People/Ana.md", note("People/Ana Lima.md", "---\ncadence: 30\n---\n"));
		index.remove("Daily/2026-11-01.md");
		index.remove("Events/Meetup.md");
		check();
		expect(index.goalDays("interactions")).toEqual(["2026-11-05"]);
		expect(index.goalDays("events")).toEqual([]);
	});

	it("does not depend on the order notes arrive in, nor on being built in steps", () => {
		const notes = {
			"People/Sam.md": "---\ncadence: 7\n---\n",
			"Meetings/Zeta.md": "---\ndate: 2026-11-20\n---\nSync with [[Sam]]\n- [ ] send [[Sam]] the deck\n",
			"Meetings/Alpha.md": "---\ndate: 2026-11-20\n---\nLunch with [[Sam]]\n- [ ] intro [[Sam]] to Bo\n",
			"Daily/2026-11-01.md": "Call with [[Sam]]\n",
		};
		const records = Object.entries(notes).map(([p, t]) => note(p, t));
		const options = { settings: DEFAULT_SETTINGS, dailyNotes: DAILY };
		const forward = PeopleIndex.build(records, options);
		const backward = PeopleIndex.build([...records].reverse(), options);
		const steps = PeopleIndex.buildSteps(records, options);
		let stepped: IteratorResult<void, PeopleIndex>;
		let count = 0;
		while (!(stepped = steps.next()).done) count++;
		expect(count).toBeGreaterThan(records.length);
		expect(snapshot(backward)).toEqual(snapshot(forward));
		expect(snapshot(stepped.value)).toEqual(snapshot(forward));
		// Handed over one at a time and let go (the CLI's reader): each record is asked for once, as the build steps.
		let pulled = 0;
		function* oneByOne() {
			for (const record of records) {
				pulled++;
				yield record;
			}
		}
		const streamed = PeopleIndex.buildSteps(oneByOne(), options);
		streamed.next();
		expect(pulled).toBe(1);
		let streamedStep: IteratorResult<void, PeopleIndex>;
		while (!(streamedStep = streamed.next()).done);
		expect(pulled).toBe(records.length);
		expect(snapshot(streamedStep.value)).toEqual(snapshot(forward));
		// Two notes on the same day: the contact shown is the first by path, whatever the load order.
		expect(forward.person("People/Sam.md", TODAY)?.lastContact?.path).toBe("Meetings/Alpha.md");
		expect(forward.followUps("People/Sam.md").map((f) => f.text)).toEqual(["intro [[Sam]] to Bo", "send [[Sam]] the deck"]);
	});

	it("tells listeners which people a change touched", () => {
		const index = buildIndex({
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"People/Ana.md": "---\ncadence: 30\n---\n",
			"People/Bo.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "[[Sam]]",
		});
		const seen: string[][] = [];
		index.onChange((changed) => seen.push([...changed].sort()));
		index.upsert(note("Daily/2026-11-20.md", "[[Ana]]"));
		index.upsert(note("Notes/Unrelated.md", "nothing"));
		index.remove("People/Bo.md");
		expect(seen).toEqual([["People/Ana.md", "People/Sam.md"], ["People/Bo.md"]]);
		expect(index.person("People/Ana.md", TODAY)?.lastContact?.date).toBe("2026-11-20");
		expect(index.person("People/Sam.md", TODAY)?.lastContact).toBeNull();
	});

	it("keeps a person's mentions when their note is edited, and re-links when a note is renamed", () => {
		const index = buildIndex({ "People/Sam.md": "---\ncadence: 30\n---\n", "Daily/2026-11-20.md": "[[Sam]] and [[Sam Rivera]]" });
		index.upsert(note("People/Sam.md", "---\ncadence: 14\n---\n"));
		expect(index.person("People/Sam.md", TODAY)?.lastContact?.date).toBe("2026-11-20");
		index.rename("People/Sam.md", note("People/Sam Rivera.md", "---\ncadence: 14\n---\n"));
		expect(index.person("People/Sam Rivera.md", TODAY)?.lastContact?.date).toBe("2026-11-20");
		expect(index.has("People/Sam.md")).toBe(false);
	});

	it("two people of one name: a link reaches the one beside the linking note, else the shorter path; built at once or note by note", () => {
		const notes: Record<string, string> = {
			"Daily/2026-11-01.md": "Coffee with [[Sam]]",
			"Friends/Lunch.md": "---\ndate: 2026-11-05\n---\nLunch with [[Sam]]",
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"Friends/Sam.md": "---\ntype: person\ncadence: 30\n---\n",
			"Friends/Trip.md": "---\ndate: 2026-11-09\n---\nTrip with [[Sam]]",
		};
		const mentioned = (index: PeopleIndex) => ["People/Sam.md", "Friends/Sam.md"].map((p) => mentionList(index.mentionsOf(p)).map((m) => m.path).sort());
		const expected = [["Daily/2026-11-01.md"], ["Friends/Lunch.md", "Friends/Trip.md"]];
		const [built, byChange] = builtBothWays(notes);
		expect([mentioned(built), mentioned(byChange)]).toEqual([expected, expected]);
		// A note of that name at the vault's root is the one every link reaches.
		byChange.upsert(note("Sam.md", "---\ntype: person\ncadence: 30\n---\n"));
		expect(mentionList(byChange.mentionsOf("Sam.md")).map((m) => m.path).sort()).toEqual(["Daily/2026-11-01.md", "Friends/Lunch.md", "Friends/Trip.md"]);
		expect(mentioned(byChange)).toEqual([[], []]);
	});

	it("a person's follow-ups in other notes: the newest note first, notes of one day by path; as they change, and as the person goes", () => {
		const notes: Record<string, string> = {
			"Daily/2026-11-10.md": "- [ ] ask [[Sam]] about the deck",
			"People/Sam.md": "---\ncadence: 30\n---\n- [ ] own task",
			"Meetings/B sync.md": "---\ndate: 2026-11-15\n---\n- [ ] send [[Sam]] the notes",
			"Daily/2026-11-20.md": "- [ ] call [[Sam]]",
			"Meetings/A sync.md": "---\ndate: 2026-11-15\n---\n- [ ] book a room with [[Sam]]",
		};
		const order = (index: PeopleIndex) => index.followUps("People/Sam.md").map((f) => f.text);
		const expected = ["own task", "call [[Sam]]", "book a room with [[Sam]]", "send [[Sam]] the notes", "ask [[Sam]] about the deck"];
		const [built, byChange] = builtBothWays(notes);
		expect([order(built), order(byChange)]).toEqual([expected, expected]);
		byChange.upsert(note("Daily/2026-11-20.md", "- [x] call [[Sam]]"));
		expect(order(byChange)).toEqual(["own task", "book a room with [[Sam]]", "send [[Sam]] the notes", "ask [[Sam]] about the deck"]);
		// Renamed, Sam keeps the tasks that link the new name, and the old name's tasks reach nobody.
		byChange.rename("People/Sam.md", note("People/Sam Lee.md", "---\ncadence: 30\naliases: [Sam]\n---\n"));
		expect(byChange.followUps("People/Sam Lee.md").map((f) => f.path)).toEqual(["Meetings/A sync.md", "Meetings/B sync.md", "Daily/2026-11-10.md"]);
		byChange.upsert(note("People/Sam Lee.md", "---\ncadence: 30\n---\n"));
		expect(byChange.followUps("People/Sam Lee.md")).toEqual([]);
	});

	it("a person's interactions: newest first, those of one day by path, the property's and log lines' among them", () => {
		const notes: Record<string, string> = {
			"Daily/2026-11-10.md": "- coffee with [[Sam]]",
			"People/Sam.md": "---\ncadence: 30\nlast-contact: 2026-11-12\n---\n- 2026-11-18 call #call\n",
			"Meetings/B sync.md": "---\ndate: 2026-11-15\n---\nwith [[Sam]]",
			"Daily/2026-11-20.md": "- lunch with [[Sam]]",
			"Meetings/A sync.md": "---\ndate: 2026-11-15\n---\nwith [[Sam]]",
		};
		const expected = [
			["2026-11-20", "Daily/2026-11-20.md"], ["2026-11-18", "People/Sam.md"], ["2026-11-15", "Meetings/A sync.md"],
			["2026-11-15", "Meetings/B sync.md"], ["2026-11-12", "People/Sam.md"], ["2026-11-10", "Daily/2026-11-10.md"],
		];
		for (const index of builtBothWays(notes)) expect(index.interactions("People/Sam.md").map((i) => [i.date, i.path])).toEqual(expected);
	});

	it("a note's tasks for someone stay theirs, once, when the note is resolved again for someone else's sake", () => {
		const index = buildIndex({
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"People/Ana.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "- [ ] call [[Sam]]\n- [ ] mail [[Ana]]",
		});
		index.rename("People/Ana.md", note("People/Ana Lima.md", "---\ncadence: 30\n---\n"));
		expect(index.followUps("People/Sam.md").map((f) => f.text)).toEqual(["call [[Sam]]"]);
		expect(index.followUps("People/Ana Lima.md")).toEqual([]);
		index.upsert(note("People/Ana Lima.md", "---\ncadence: 30\naliases: [Ana]\n---\n"));
		expect([index.followUps("People/Sam.md"), index.followUps("People/Ana Lima.md")].map((l) => l.map((f) => f.text))).toEqual([["call [[Sam]]"], ["mail [[Ana]]"]]);
	});

	it("a note whose #intro line comes to reach someone it already mentioned files the introduction for them instead", () => {
		const index = buildIndex({
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "Lunch with [[Sam]]\n- introduced [[Sammy]] to Bo #intro",
		});
		const kinds = () => mentionList(index.mentionsOf("People/Sam.md")).map((m) => m.kinds ?? [m.kind]);
		expect(kinds()).toEqual([["mention"]]);
		expect(index.goalDays("value-given")).toEqual([]);
		index.upsert(note("People/Sam.md", "---\ncadence: 30\naliases: [Sammy]\n---\n"));
		expect(kinds()).toEqual([["mention", "intro"]]);
		expect(index.goalDays("value-given")).toEqual(["2026-11-20"]);
		index.upsert(note("People/Sam.md", "---\ncadence: 30\n---\n"));
		expect(kinds()).toEqual([["mention"]]);
		expect(index.goalDays("value-given")).toEqual([]);
	});

	it("a malformed note is a problem; everyone else is still indexed", () => {
		const index = buildIndex({
			"People/Broken.md": "---\ncadence: [unclosed\nlast-contact: : :\n---\nbody",
			"People/Fine.md": "---\ncadence: 30\nlast-contact: 2026-11-20\n---\n",
		});
		expect(index.person("People/Fine.md", TODAY)?.status).toBe("ok");
		expect(index.person("People/Broken.md", TODAY)?.status).toBe("untracked");
		expect(problems(index, TODAY)[0]).toMatchObject({ path: "People/Broken.md", field: "frontmatter" });
	});
});

describe("whether the index holds anyone", () => {
	it("says so without a list of everyone, and follows people who come and go", () => {
		const index = buildIndex({ "Daily/2026-11-20.md": "Coffee with [[Sam]].\n", "Notes/Sam.md": "Not a person.\n" });
		expect(index.hasPeople()).toBe(false);
		index.upsert(note("People/Sam.md", "---\ncadence: 30\n---\n"));
		expect(index.hasPeople()).toBe(true);
		index.upsert(note("People/Ana.md", "---\ncadence: 30\n---\n"));
		index.remove("People/Sam.md");
		expect(index.hasPeople()).toBe(true);
		index.remove("People/Ana.md");
		expect(index.hasPeople()).toBe(false);
	});
});
