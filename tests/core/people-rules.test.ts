// Who is a person, which notes are templates, and the words Ascent uses for where it looks: one rule per row,
// answers worked out by hand (issue 19).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeLookedIn, describeMarkers, isPerson, isTemplateNote, kindsOf, locationOf, markerText, noteTags, personTagsOf, readPerson, taskText, taskTextAt } from "../../src/core/person";
import { DEFAULT_SETTINGS, type AscentSettings } from "../../src/core/settings";
import { note } from "../helpers";

const NO_FOLDERS: AscentSettings = { ...DEFAULT_SETTINGS, personFolders: [] };

describe("markers", () => {
	it.each([
		["person", "person"], ["  Person ", "person"], ["[[People]]", "people"], ["[[Notes/People|folks]]", "people"], ["[[People#Work]]", "people"],
		["Notes/People", "people"], ["[[a]] and [[b]]", "[[a]] and [[b]]"],
	])("%j reads as %j", (value, text) => {
		expect(markerText(value)).toBe(text);
	});

	it.each([
		["type: person", true], ["Type: PERSON", true], ["category: \"[[People]]\"", true], ["categories: [[People]]", true],
		["categories:\n  - \"[[Places]]\"\n  - \"[[People]]\"", true], ["fileClass: contact", true], ["type: [friend, person]", true],
		["type: personal", false], ["kind: person", false], ["type: 3", false], ["type:\n  nested: person", false], ["type: \"![[People]]\"", false],
	])("%s → a person: %s", (props, yes) => {
		expect(isPerson(note("Notes/Sam.md", `---\n${props}\n---\n`), NO_FOLDERS)).toBe(yes);
	});

	it("no marker keys, or no marker values, turn markers off", () => {
		const text = "---\ntype: person\n---\n";
		expect(isPerson(note("Notes/Sam.md", text), { ...NO_FOLDERS, personMarkerKeys: [] })).toBe(false);
		expect(isPerson(note("Notes/Sam.md", text), { ...NO_FOLDERS, personMarkerValues: [] })).toBe(false);
		expect(isPerson(note("Notes/Sam.md", text), { ...NO_FOLDERS, personMarkerKeys: ["kind", "TYPE"], personMarkerValues: ["[[Person]]"] })).toBe(true);
	});

	it("a note that is not markdown, or a template, is never a person", () => {
		expect(isPerson(note("People/Sam.canvas", "{}"), DEFAULT_SETTINGS)).toBe(false);
		expect(isPerson(note("People/Sam.MD", "Hi"), DEFAULT_SETTINGS)).toBe(true);
		expect(isPerson(note("People/Template.md", "---\ncreated: \"{{date}}\"\n---\n"), DEFAULT_SETTINGS)).toBe(false);
	});
});

describe("templates", () => {
	it.each([
		["created: \"{{date}}\"", true], ["created: {{date}}", true], ["created: <% tp.date.now() %>", true], ["tags: [\"{{title}}\"]", true],
		["note: \"use {{ alone\"", false], ["note: \"a <% without end\"", false], ["note: \"{{\\n}}\"", false], ["created: 2026-11-30", false],
		["deep:\n  a:\n    b:\n      c:\n        d: \"{{date}}\"", false], ["deep:\n  a:\n    b:\n      c: \"{{date}}\"", true], ["deep:\n  a: \"{{date}}\"", true],
	])("%s → a template: %s", (props, yes) => {
		expect(isTemplateNote(note("Notes/X.md", `---\n${props}\n---\n`), DEFAULT_SETTINGS)).toBe(yes);
	});

	it("a file the vault names as a template, in any case, is one; another is not", () => {
		const settings = { ...DEFAULT_SETTINGS, excludedFiles: ["Setup/Daily.md"] };
		expect(isTemplateNote(note("setup/daily.md", "Hi"), settings)).toBe(true);
		expect(isTemplateNote(note("Setup/Daily 2.md", "Hi"), settings)).toBe(false);
		expect(isTemplateNote(note("Setup/Daily.md", "Hi"), DEFAULT_SETTINGS)).toBe(false);
	});
});

describe("tags", () => {
	it("body tags and the tags or tag property, without # and in lower case, once each; a text property split on commas and spaces", () => {
		expect(noteTags(note("X.md", "---\ntags: \"Person, #Work  friend\"\ntag: [Extra]\n---\nMet at #Work and #Conf/2026\n").metadata).sort())
			.toEqual(["conf/2026", "extra", "friend", "person", "work"]);
		expect(noteTags(note("X.md", "---\ntags: []\n---\n").metadata)).toEqual([]);
	});
});

describe("where Ascent looks, in words", () => {
	it.each([
		[{}, "the folders People, Contacts; the tags #person, #people, #contact; type, category, categories or fileClass: person, people or contact"],
		[{ personFolders: ["People"], personTags: ["person"], personMarkerKeys: ["type"], personMarkerValues: ["person"] }, "the folder People; the tag #person; type: person"],
		[{ personFolders: [" "], personTags: [], personMarkerKeys: [] }, "nowhere (every person setting is empty)"],
		[{ personFolders: [], personTags: [], personMarkerValues: [] }, "nowhere (every person setting is empty)"],
		[{ personFolders: ["A", "B"], personTags: [], personMarkerKeys: ["type", "kind"], personMarkerValues: ["person"] }, "the folders A, B; type or kind: person"],
	])("%j → %s", (change, words) => {
		expect(describeLookedIn({ ...DEFAULT_SETTINGS, ...change })).toBe(words);
	});

	it("markers off say nothing", () => {
		expect(describeMarkers({ ...DEFAULT_SETTINGS, personMarkerKeys: [] })).toBe("");
	});
});

// Rows for what person.ts's mutation run found free (issue 19).
describe("person.ts, rule by rule", () => {
	it("tags: a trailing comma or doubled separators add no empty tag", () => {
		expect(noteTags(note("X.md", "---\ntags: \"a, b,,  c,\"\n---\n").metadata).sort()).toEqual(["a", "b", "c"]);
	});

	it.each([
		["tags: [x, \"{{title}}\"]", true], ["deep:\n  a: \"{{date}}\"\n  b: plain", true], ["deep: [[[[\"{{date}}\"]]]]", false], ["deep: [[[\"{{date}}\"]]]", true],
	])("a template when any value holds template syntax, down to three levels: %s → %s", (props, yes) => {
		expect(isTemplateNote(note("Notes/X.md", `---\n${props}\n---\n`), DEFAULT_SETTINGS)).toBe(yes);
	});

	it.each([
		["type: \" [[People]] \"", true], ["type: [3, person]", true], ["type: \"Notes/ People \"", true],
	])("markers with spaces and non-text items: %s → %s", (props, yes) => {
		expect(isPerson(note("Notes/Sam.md", `---\n${props}\n---\n`), NO_FOLDERS)).toBe(yes);
	});

	it.each([
		["near [[Berlin]]", "near [[Berlin]]"], ["[[Berlin]] and Potsdam", "[[Berlin]] and Potsdam"], ["[[ Berlin ]]", "Berlin"],
		["[[Places/Berlin.md]]", "Berlin"], ["[[Berlin.mdx]]", "Berlin.mdx"],
	])("location %j → %j", (value, location) => {
		expect(locationOf(value)).toBe(location);
	});

	it("kinds: each once, in order, whatever the spelling", () => {
		expect(kindsOf("#call #CALL #met then #meeting and #gave")).toEqual(["call", "meet", "gave"]);
	});

	it("log lines: trailing spaces are not words; aliases from alias or aliases; none without", () => {
		const facts = readPerson(note("People/Sam.md", "---\nalias: Sammy\n---\n- 2026-11-20 coffee   \n"), DEFAULT_SETTINGS);
		expect([facts.logs[0]?.text, facts.aliases]).toEqual(["coffee", ["Sammy"]]);
		expect(readPerson(note("People/Sam.md", "Hi\n"), DEFAULT_SETTINGS).aliases).toEqual([]);
		expect(personTagsOf(undefined)).toEqual([]);
	});

	it.each([
		["- [ ] send the deck", "send the deck"], ["  * [x] done it  ", "done it"], ["10. [ ] numbered", "numbered"], ["3) [-] cancelled", "cancelled"],
		["- [ ] ends in CRLF\r", "ends in CRLF"], ["-[ ] no space", null], ["- [] empty box", null], ["- plain item", null], ["text - [ ] later", null],
		["- [ ]tight", "tight"], ["-  [ ] wide", "wide"], ["- [ ] a\rlone CR", null], ["- [ ] a\u2028line separator", null],
		["- [\r] box", null], ["123456789. [ ] nine digits", "nine digits"], ["1234567890. [ ] ten digits", null], ["- [ ]\r", ""],
		["\t+ [?]  \u00a0spaced\u00a0 ", "spaced"],
	])("the words of task %j: %j", (line, words) => {
		expect(taskText(`${line}\nnext line`, 0)).toBe(words);
		expect(taskText(line, 0)).toBe(words);
		expect(taskText(`before\n${line}`, 7)).toBe(words);
	});

	it("the words of a task read in place equal those of its line matched whole (the reading before it was read in place)", () => {
		const byLine = (content: string, offset: number): string | null => {
			const end = content.indexOf("\n", offset);
			const line = content.slice(offset, end === -1 ? content.length : end).replace(/\r$/, "");
			return /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\][ \t]*(.*)$/.exec(line)?.[1]?.trim() ?? null;
		};
		const piece = fc.constantFrom("- ", "* ", "1. ", "12) ", "[ ]", "[x]", "[", "]", " ", "\t", "\r", "\n", "\r\n", "\u2028", "\u00a0", "word", "9", "0123456789");
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")), fc.nat(40), (content, at) => {
			const offset = Math.min(at, content.length);
			expect(taskText(content, offset)).toBe(byLine(content, offset));
		}), { numRuns: 3000 });
	});

	it("the task on a given line, counting from 0; past the end, none", () => {
		const content = "# Title\n- [ ] first\n\n- [ ] second\n";
		expect([taskTextAt(content, 1), taskTextAt(content, 3), taskTextAt(content, 0), taskTextAt(content, 9)]).toEqual(["first", "second", null, null]);
		expect(taskText(undefined, 0)).toBeNull();
		expect(taskTextAt("- [ ] first\nplain", 5)).toBeNull();
	});

	it("a file or its properties that could not be read are problems of their own; a tier that is not text is named as empty", () => {
		const record = { ...note("People/Sam.md", "---\ntier: {a: 1}\n---\n"), fileError: "the file is not text", frontmatterError: "bad YAML" };
		expect(readPerson(record, DEFAULT_SETTINGS).problems.map((p) => [p.field, p.value, p.message])).toEqual([
			["file", "", "the file is not text"], ["frontmatter", "", "bad YAML"],
			["tier", "{\"a\":1}", "\"\" is not a tier; the tiers are inner-circle, close, casual, keep-warm, dormant"],
		]);
	});
});
