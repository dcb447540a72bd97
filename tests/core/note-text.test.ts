// The text edits Ascent makes to a note (src/core/note-text.ts), worked by hand: the log line it writes, where the
// line goes under its heading (and that nothing else of the note changes), which line is the heading, the properties
// block it splits off, and when two sets of properties are the same.
import { describe, expect, it } from "vitest";
import { findHeading, formatLogLine, insertUnderHeading, sameProperties, splitFrontmatter } from "../../src/core/note-text";
import type { Day } from "../../src/core/dates";

const DAY = "2026-11-30" as Day;

describe("the log line", () => {
	it.each([
		["call", "Coffee at the conference", "- 2026-11-30 Coffee at the conference #call"],
		["meet", "  two spaces around  ", "- 2026-11-30 two spaces around #meet"],
		["message", "first\r\n\r\nsecond\nthird", "- 2026-11-30 first second third #message"],
		["call", "", "- 2026-11-30 #call"],
		["other", "A walk", "- 2026-11-30 A walk"],
		["mention", "Named in passing", "- 2026-11-30 Named in passing"],
		["other", "", "- 2026-11-30"],
	] as const)("%s, %j → %j", (kind, note, line) => {
		expect(formatLogLine(DAY, kind, note)).toBe(line);
	});
});

describe("a line put under its heading", () => {
	it.each([
		["no heading: added at the end after a blank line", "Body\n", "Body\n\n## Log\n\n- new\n"],
		["no heading, an empty note", "", "## Log\n\n- new\n"],
		["no heading, a note of blank lines only", "\n\n\n", "## Log\n\n- new\n"],
		["no heading, CRLF and trailing blank lines kept to one", "Body\r\n\r\n\r\n", "Body\r\n\r\n## Log\r\n\r\n- new\r\n"],
		["no heading, a note ending in a lone carriage return", "Body\r", "Body\n\n## Log\n\n- new\n"],
		["no heading, no newline at the end", "Body", "Body\n\n## Log\n\n- new\n"],
		["under the heading and its blank line, before older lines", "# Note\n\n## Log\n\n- old\n", "# Note\n\n## Log\n\n- new\n- old\n"],
		["a list right under the heading stays tight", "## Log\n- old\n", "## Log\n- new\n- old\n"],
		["an indented list of another bullet too", "## Log\n  * old\n", "## Log\n- new\n  * old\n"],
		["text right under the heading gets a blank line after the new line", "## Log\nSome text\n", "## Log\n- new\n\nSome text\n"],
		["a heading on the last line, no newline", "## Log", "## Log\n- new"],
		["a heading on the last line", "## Log\n", "## Log\n\n- new"],
		["CRLF kept", "## Log\r\n\r\n- old\r\n", "## Log\r\n\r\n- new\r\n- old\r\n"],
		["any level, case ignored, closing hashes", "Intro\n### LOG ##\n\n- old\n", "Intro\n### LOG ##\n\n- new\n- old\n"],
		["the heading in code is not the heading", "```\n## Log\n```\n", "```\n## Log\n```\n\n## Log\n\n- new\n"],
	])("%s", (_, before, after) => {
		expect(insertUnderHeading(before, "Log", "- new")).toBe(after);
	});
});

// Code blocks and HTML comments: one table for the heading finder, the disk reader's guard and micromark
// (tests/vault/guarded.test.ts, "code blocks and HTML comments").
describe("which line is the heading", () => {
	it.each([
		["a heading", ["# Log"], 0],
		["none", ["Text", "## Logbook"], -1],
		["the name trimmed", ["Text", "##  Log  "], 1],
		["closing hashes", ["# Log ##"], 0],
		["no space after the hashes: not a heading", ["#Log", "## Log"], 1],
		["indented four spaces: not a heading", ["    # Log"], -1],
		["indented three spaces: a heading", ["   # Log"], 0],
		["in the properties block", ["---", "# Log", "---", "# Log"], 3],
		["in properties closed with trailing spaces", ["---", "a: 1", "---  ", "# Log"], 3],
		["in properties never closed", ["---", "# Log"], -1],
		["a first line of text is not properties", ["Text", "# Log", "---", "# Log"], 1],
		["in a %% comment", ["%%", "# Log", "%%", "# Log"], 3],
		["in a %% comment opened in a line", ["text %% start", "# Log", "end %%", "# Log"], 3],
		["after a closed inline %% comment", ["a %% c %% b", "# Log"], 1],
	])("%s", (_, lines, line) => {
		expect(findHeading(lines, "Log")).toBe(line);
	});

	it("the name asked for is trimmed and its case ignored", () => {
		expect(findHeading(["## Interaction log"], "  interaction LOG ")).toBe(0);
	});
});

describe("the properties block split off", () => {
	it.each([
		["properties and a body", "---\na: 1\n---\nBody", "a: 1", "Body"],
		["an empty block", "---\n---\nBody", "", "Body"],
		["CRLF", "---\r\na: 1\r\n---\r\nBody", "a: 1", "Body"],
		["a closing line with trailing spaces", "---\na: 1\n---  \nBody", "a: 1", "Body"],
		["nothing after the block", "---\na: 1\n---", "a: 1", ""],
		["a block later in the note is not properties", "Body\n---\na: 1\n---\n", null, "Body\n---\na: 1\n---\n"],
		["a block never closed", "---\na: 1\n----\nBody", null, "---\na: 1\n----\nBody"],
	])("%s", (_, text, yaml, body) => {
		expect(splitFrontmatter(text)).toEqual({ yaml, body });
	});
});

describe("two sets of properties compared", () => {
	it.each([
		["the same keys in another order", { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, [], true],
		["a value changed", { a: 1 }, { a: 2 }, [], false],
		["a value changed that Ascent set", { a: 1, x: 2 }, { a: 1, x: 3 }, ["x"], true],
		["a key added that Ascent set", { a: 1 }, { a: 1, x: 3 }, ["x"], true],
		["a key added", { a: 1 }, { a: 1, b: 3 }, ["x"], false],
		["nested keys in another order", { o: { p: 1, q: 2 } }, { o: { q: 2, p: 1 } }, [], true],
		["a nested value changed", { o: { p: 1 } }, { o: { p: 2 } }, [], false],
		["a list in another order", { a: [1, 2] }, { a: [2, 1] }, [], false],
		["lists whose items run together alike", { a: [1, 23] }, { a: [12, 3] }, [], false],
		["text and a number", { a: "1" }, { a: 1 }, [], false],
		["no properties and none left", null, { x: 1 }, ["x"], true],
		["no properties and some", null, { a: 1 }, [], false],
		["a key without a value and no key", { a: null }, {}, [], false],
	])("%s", (_, a, b, except, same) => {
		expect(sameProperties(a, b, except)).toBe(same);
		expect(sameProperties(b, a, except)).toBe(same);
	});
});
