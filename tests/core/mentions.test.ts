// The book of mentions (core/mentions.ts): the dated notes filed under each person as numbers in one pool, and what
// the views read of them, held to the same interactions read as a list.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latest, viewPerson } from "../../src/core/attention";
import { addDays, dayNumber } from "../../src/core/dates";
import { firstMet } from "../../src/core/goal-tally";
import { type BookedNote, code, listMentions, MentionBook, type MentionedPerson, mentionList, type Mentions } from "../../src/core/mentions";
import type { Interaction, InteractionKind, PersonFacts } from "../../src/core/model";
import { readPerson } from "../../src/core/person";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { runAll } from "../../src/core/steps";
import { note } from "../helpers";

const TODAY = "2026-11-30";

function dated(path: string, date: string, kind: InteractionKind = "mention", intro = false): BookedNote {
	const self: BookedNote = { path, date, kind, source: "dated-note", id: -1, intro: null };
	return intro ? { ...self, intro: { interaction: { path, date, kind, source: "dated-note", kinds: [kind, "intro"] } } } : self;
}

const person = (book: MentionBook): MentionedPerson => ({ id: book.newPerson(), own: null });
const paths = (mentions: Mentions) => mentionList(mentions).map((m) => m.path);

describe("the book of mentions", () => {
	it("hands each person the notes a build filed under them, in the order filed, and each change after it", () => {
		const book = new MentionBook();
		const [a, b, c] = [person(book), person(book), person(book)];
		const notes = ["D/1.md", "D/2.md", "D/3.md"].map((p, i) => dated(p, `2026-11-0${i + 1}`));
		for (const n of notes) book.addNote(n);
		expect(notes.map((n) => n.id)).toEqual([0, 1, 2]);
		book.stage(b.id, code(2, false));
		book.stage(a.id, code(0, false));
		book.stage(b.id, code(0, false));
		book.stage(a.id, code(1, false));
		runAll(book.seal());
		expect([paths(book.of(a)), paths(book.of(b)), paths(book.of(c))]).toEqual([["D/1.md", "D/2.md"], ["D/3.md", "D/1.md"], []]);
		// A change: the person it touches gets a list of their own; the others keep reading the pool.
		book.unfile(b, 2);
		book.file(c, code(1, false));
		expect([paths(book.of(a)), paths(book.of(b)), paths(book.of(c))]).toEqual([["D/1.md", "D/2.md"], ["D/1.md"], ["D/2.md"]]);
		expect(b.own).toEqual([code(0, false)]);
		expect(a.own).toBeNull();
		// Someone new after the build has nothing in the pool; taking off what is not there changes nothing.
		const d = person(book);
		expect(book.of(d).length).toBe(0);
		book.unfile(d, 0);
		book.file(d, code(0, false));
		expect(paths(book.of(d))).toEqual(["D/1.md"]);
		// The next build starts the pool afresh.
		book.stage(a.id, code(2, false));
		runAll(book.seal());
		expect(paths(book.of(a))).toEqual(["D/3.md"]);
	});

	it("takes a note off by its id, introduced or not", () => {
		const book = new MentionBook();
		const p = person(book);
		const [x, y] = [dated("D/x.md", "2026-11-01", "call", true), dated("D/y.md", "2026-11-02")];
		book.addNote(x);
		book.addNote(y);
		book.file(p, code(x.id, true));
		book.file(p, code(y.id, false));
		expect(mentionList(book.of(p)).map((m) => m.kinds ?? m.kind)).toEqual([["call", "intro"], "mention"]);
		book.unfile(p, x.id);
		expect(paths(book.of(p))).toEqual(["D/y.md"]);
	});

	it("gives a gone note's id to the next note, so that a note edited again and again holds one id", () => {
		const book = new MentionBook();
		const p = person(book);
		const first = dated("D/1.md", "2026-11-01");
		const other = dated("D/2.md", "2026-11-02");
		book.addNote(first);
		book.addNote(other);
		book.file(p, code(first.id, false));
		for (let edit = 0; edit < 5; edit++) {
			const gone = first.id;
			book.unfile(p, gone);
			book.dropNote(first);
			const again = dated("D/1.md", `2026-11-1${edit}`, "call");
			book.addNote(again);
			expect(again.id).toBe(gone);
			book.file(p, code(again.id, false));
			expect(mentionList(book.of(p))).toEqual([again]);
			expect([book.of(p).day(0), book.of(p).kind(0)]).toEqual([dayNumber(again.date), "call"]);
		}
		expect(other.id).toBe(1);
	});

	it("reads each note's day and kind by number, past the first thousand notes", () => {
		const book = new MentionBook();
		const p = person(book);
		const notes = Array.from({ length: 2500 }, (_, i) => dated(`D/${i}.md`, addDays("2020-01-01", i), i % 3 === 0 ? "event" : "meet"));
		for (const n of notes) book.addNote(n);
		for (const n of notes) book.stage(p.id, code(n.id, false));
		runAll(book.seal());
		const mentions = book.of(p);
		expect(mentions.length).toBe(2500);
		expect(Array.from({ length: 2500 }, (_, i) => [mentions.day(i), mentions.kind(i)]))
			.toEqual(notes.map((n) => [dayNumber(n.date), n.kind]));
	});
});

describe("what the views read of a person's mentions", () => {
	// Dated notes on a few days around today (ties on a day, days ahead of today), some introducing the person.
	const mention = fc.record({
		offset: fc.integer({ min: -400, max: 3 }),
		name: fc.constantFrom("a", "b", "c", "d"),
		kind: fc.constantFrom<InteractionKind>("mention", "event", "call"),
		intro: fc.boolean(),
	});
	const facts: PersonFacts = readPerson(note("People/Sam.md", "---\ntype: person\ncadence: 30\n---\n- 2026-10-01 #call talked\n- 2026-11-20 #gave a book\n"), DEFAULT_SETTINGS);

	it("the book's mentions are the list's, and the views read them as the list's rules say (seeded)", () => {
		fc.assert(fc.property(fc.array(mention, { maxLength: 30 }), (drawn) => {
			const book = new MentionBook();
			const p = person(book);
			const notes = drawn.map((m, i) => dated(`D/${m.name}${i}.md`, addDays(TODAY, m.offset), m.kind, m.intro));
			for (const n of notes) book.addNote(n);
			for (const n of notes) book.stage(p.id, code(n.id, n.intro !== null));
			runAll(book.seal());
			const list: Interaction[] = notes.map((n) => n.intro?.interaction ?? n);
			const mentions = book.of(p);
			expect(mentionList(mentions)).toEqual(list);
			const view = viewPerson(facts, mentions, DEFAULT_SETTINGS, TODAY);
			// The last contact: the rule every source follows (`latest`), over the log lines, then the mentions as a list.
			expect(view.lastContact).toBe(latest(list, TODAY, latest(facts.logs, TODAY)));
			expect(view).toEqual(viewPerson(facts, listMentions(list), DEFAULT_SETTINGS, TODAY));
			expect(view.events).toEqual(list.filter((i) => i.kind === "event" && i.date <= TODAY).map(({ path, date }) => ({ path, date }))
				.sort((x, y) => (x.date !== y.date ? (x.date < y.date ? -1 : 1) : x.path < y.path ? -1 : 1)));
			// Value given: the person's own log lines, and each note in the past year whose #intro lines introduce them.
			const ownGave = viewPerson(facts, listMentions([]), DEFAULT_SETTINGS, TODAY).gave;
			expect(view.gave).toBe(ownGave + list.filter((i) => i.kinds !== undefined && i.date <= TODAY && i.date >= addDays(TODAY, -365)).length);
			expect(view.mentionCount).toBe(list.length);
			// The first contact: the earliest day of any source.
			const first = [...facts.logs, ...list].map((i) => i.date).sort()[0];
			expect(firstMet({ ...facts, met: null, created: null }, mentions, false)).toBe(first);
		}), { numRuns: 300 });
	});
});
