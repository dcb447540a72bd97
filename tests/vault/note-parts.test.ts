// The pieces both readers of a note share (src/vault/note-parts.ts): a wikilink's target and shown text, tags as
// Obsidian finds them, positions, and links inside properties. Hand-worked answers; the corpus tests hold the
// readers to real Obsidian metadata on whole notes.
import { describe, expect, it } from "vitest";
import type { NoteMetadata, TagRef } from "../../src/core/metadata";
import { Locator, readProperties, scanTags, splitWikiLink } from "../../src/vault/note-parts";

describe("a wikilink's target and shown text", () => {
	it.each([
		["Sam", "Sam", "Sam"],
		["  Sam Rivera ", "Sam Rivera", "Sam Rivera"],
		["Sam|Sammy", "Sam", "Sammy"],
		["Sam |Sammy", "Sam", "Sammy"],
		["Sam#Work", "Sam#Work", "Sam > Work"],
		["Sam#Work#Now", "Sam#Work#Now", "Sam > Work > Now"],
		["Sam##Work", "Sam##Work", "Sam > Work"],
		["#Heading", "#Heading", "Heading"],
		["Sam#Work|W", "Sam#Work", "W"],
		["|Ann", "|Ann", "|Ann"],
		[" |Ann", "|Ann", "|Ann"],
		["a|b|c", "a", "b|c"],
	])("[[%s]] goes to %j and shows %j", (inner, link, displayText) => {
		expect(splitWikiLink(inner)).toEqual({ link, displayText });
	});
});

describe("tags", () => {
	const tags = (text: string, from = 0, to = text.length) => {
		const into: TagRef[] = [];
		scanTags(text, from, to, new Locator(text), into);
		return into.map((t) => [t.tag, t.position.start.offset, t.position.end.offset]);
	};

	it.each([
		["#person", [["#person", 0, 7]]],
		["met #work, then #home.", [["#work", 4, 9], ["#home", 16, 21]]],
		["#a/b-c_d", [["#a/b-c_d", 0, 8]]],
		["#Über #東京", [["#Über", 0, 5], ["#東京", 6, 9]]],
		["a#b (#c) #1984 #12a #", [["#12a", 15, 19]]],
		["line\n#next\t#tab", [["#next", 5, 10], ["#tab", 11, 15]]],
		["##double", []],
	])("%j", (text, expected) => {
		expect(tags(text)).toEqual(expected);
	});

	it("only between the offsets given, a tag cut where the range ends", () => {
		expect(tags("ab #x", 0, 3)).toEqual([]);
		expect(tags("#abc #d", 0, 2)).toEqual([["#a", 0, 2]]);
		expect(tags("#abc #d", 4, 7)).toEqual([["#d", 5, 7]]);
	});
});

describe("positions", () => {
	it("line, column and offset, with a newline on the line it ends", () => {
		const loc = new Locator("ab\ncd\n\nx");
		expect([0, 2, 3, 5, 6, 7, 8].map((o) => loc.at(o))).toEqual([
			{ line: 0, col: 0, offset: 0 }, { line: 0, col: 2, offset: 2 }, { line: 1, col: 0, offset: 3 }, { line: 1, col: 2, offset: 5 },
			{ line: 2, col: 0, offset: 6 }, { line: 3, col: 0, offset: 7 }, { line: 3, col: 1, offset: 8 },
		]);
		expect([loc.lineCount, loc.lineStart(1), loc.lineStart(3), loc.lineStart(9)]).toEqual([4, 3, 7, 0]);
		expect(loc.pos(3, 5)).toEqual({ start: { line: 1, col: 0, offset: 3 }, end: { line: 1, col: 2, offset: 5 } });
	});
});

describe("links inside properties", () => {
	it("each link in any value, keyed by where it sits (lists by index, maps by key)", () => {
		const metadata: NoteMetadata = {};
		const text = "---\nwith: \"[[Ann]] and [[Bo|Bobby]]\"\nattendees:\n  - \"[[Cy#Work]]\"\n  - plain\nmeta:\n  host: \"[[Di]]\"\nn: 3\n---\n";
		const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: 9, col: 3, offset: text.length - 1 } };
		expect(readProperties(text, position, metadata)).toBeUndefined();
		expect(metadata.frontmatterPosition).toBe(position);
		expect(metadata.frontmatterLinks).toEqual([
			{ key: "with", link: "Ann", original: "[[Ann]]", displayText: "Ann" },
			{ key: "with", link: "Bo", original: "[[Bo|Bobby]]", displayText: "Bobby" },
			{ key: "attendees.0", link: "Cy#Work", original: "[[Cy#Work]]", displayText: "Cy > Work" },
			{ key: "meta.host", link: "Di", original: "[[Di]]", displayText: "Di" },
		]);
	});

	it("properties that cannot be read: the error, a position, and no values", () => {
		const metadata: NoteMetadata = {};
		const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 13 } };
		expect(readProperties("---\na: [1\n---\n", position, metadata)).toMatch(/^the properties are not valid YAML/);
		expect(metadata).toEqual({ frontmatterPosition: position });
	});
});
