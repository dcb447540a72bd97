// The guard in front of micromark: which notes it takes, and that on ordinary notes it reads what micromark reads
// for everything Ascent uses (links, embeds, list items and tasks with their parents, headings, quiet sections).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusAvailable } from "./corpus";
import type { NoteMetadata } from "../../src/core/metadata";
import { contactLinks } from "../../src/core/interactions";
import { findHeading } from "../../src/core/note-text";
import { needsGuard, parseGuarded } from "../../src/vault/guarded-markdown";
import { parseNote, parseWithMicromark } from "../../src/vault/markdown";
import { readExampleVault } from "../helpers";

describe("which notes the guard takes", () => {
	it.each([
		["6,000 nested quotes", `${">".repeat(6000)} x\n`],
		["20,000 [[ on a line", `${"[[".repeat(20_000)}\n`],
		["20,000 [[a| on a line", `${"[[a|".repeat(20_000)}\n`],
		["20,000 [ on a line", `${"[".repeat(20_000)}\n`],
		["a 1,000-deep list", Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")],
		["5 MB of text", "word ".repeat(1_000_000)],
	])("%s", (_, text) => expect(needsGuard(text)).toBe(true));

	// The limits, each at its edge: a note at a limit is read by micromark, one past it by the guarded reader.
	it.each([
		["1,000,000 characters", "x".repeat(1_000_000), false],
		["1,000,001 characters", "x".repeat(1_000_001), true],
		["500 [ on a line", "[".repeat(500), false],
		["501 [ on a line", "[".repeat(501), true],
		["501 ( on a line", "(".repeat(501), true],
		["250 [ and 251 ( on a line", `${"[".repeat(250)}${"(".repeat(251)}`, true],
		["300 [ on each of two lines (counted per line)", `${"[".repeat(300)}\n${"[".repeat(300)}`, false],
		["a 1,000-character line of words and no brackets", "word ".repeat(200), false],
		["32 quote markers", `${">".repeat(32)} x`, false],
		["33 quote markers", `${">".repeat(33)} x`, true],
		["33 quote markers after text on the line (not quotes)", `x ${">".repeat(33)}`, false],
		["33 quote markers on the line after text", `x\n${">".repeat(33)}`, true],
		["32 quote markers on each of two lines", `${">".repeat(32)}\n${">".repeat(32)}`, false],
		["indented 128 spaces", `${" ".repeat(128)}x`, false],
		["indented 129 spaces", `${" ".repeat(129)}x`, true],
		["indented 32 tabs (4 columns each)", `${"\t".repeat(32)}x`, false],
		["indented 32 tabs and a space", `${"\t".repeat(32)} x`, true],
		["indented 128 spaces on each of two lines", `${" ".repeat(128)}x\n${" ".repeat(128)}x`, false],
	])("%s", (_, text, guarded) => expect(needsGuard(text)).toBe(guarded));

	// Inline work: openers (`[ ( < \` * _`) times the length of the run of text one paragraph can span, at most 4,000,000.
	const lt = (n: number) => "<".repeat(n);
	it.each<[string, string, boolean]>([
		["2,000 < on a line (2,000 × 2,000)", lt(2000), false],
		["2,001 < on a line", lt(2001), true],
		...[..."*_`<"].map((c): [string, string, boolean] => [`2,001 ${c} on a line`, c.repeat(2001), true]),
		["[ and ( on six lines of one paragraph, under 500 a line", `${"[(".repeat(200)}\n`.repeat(6), true],
		["the same six lines as six paragraphs", `${"[(".repeat(200)}\n\n`.repeat(6), false],
		["1,500 < on each of two lines of one paragraph", `${lt(1500)}\n${lt(1500)}`, true],
		["… of two paragraphs", `${lt(1500)}\n\n${lt(1500)}`, false],
		["… of two paragraphs, CRLF and a blank line of spaces", `${lt(1500)}\r\n \t\r\n${lt(1500)}`, false],
		["… of two list items", `- ${lt(1500)}\n- ${lt(1500)}`, false],
		["… of two items, the second numbered 1) and indented three spaces", `- ${lt(1500)}\n   1) ${lt(1500)}`, false],
		["… of an item and a line numbered 2. (which continues it)", `- ${lt(1500)}\n2. ${lt(1500)}`, true],
		["… of an item and a line indented four spaces (which may continue it)", `x ${lt(1500)}\n    - ${lt(1500)}`, true],
		["… of an item and a bare bullet (not an item with text)", `- ${lt(1500)}\n-  \n${lt(1500)}`, true],
		["a 40 KB paragraph with 90 HTML comments opened", `x ${"<!--".repeat(90)}${"word ".repeat(8000)}`, false],
		["a 40 KB paragraph with 100 HTML comments opened", `x ${"<!--".repeat(100)}${"word ".repeat(8000)}`, true],
	])("%s", (_, text, guarded) => expect(needsGuard(text)).toBe(guarded));

	it("no note of the example vault", () => {
		for (const [path, text] of Object.entries(readExampleVault())) expect(needsGuard(text), path).toBe(false);
	});

	it.runIf(corpusAvailable || process.env.CI)("no case of the Obsidian corpus", () => {
		for (const f of readdirSync(CORPUS).filter((n) => n.endsWith(".json"))) {
			const { fileContents } = JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { fileContents?: string };
			if (typeof fileContents === "string") expect(needsGuard(fileContents), f).toBe(false);
		}
	});
});

const at = (p: { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } }) => [p.start.line, p.start.col, p.start.offset, p.end.line, p.end.col, p.end.offset];

/**
 * What the guarded reader claims to read as micromark does, positions to the character: links and embeds (with what
 * was written and shown), tags (also inside `%%` comments), headings, properties, where each list item starts and
 * whether it is a task, and which kinds of metadata a note has at all. Not compared: block ids (the guarded reader
 * reads none), list item ends and sections (it reads a list broken by blank lines as several lists, a callout as a
 * quote: shapes no hostile note needs read exactly, and Ascent reads neither).
 */
function exact(m: NoteMetadata) {
	return {
		kinds: Object.keys(m).filter((k) => k !== "blocks").sort(),
		links: (m.links ?? []).map((l) => [l.link, l.original, l.displayText, at(l.position)]),
		embeds: (m.embeds ?? []).map((l) => [l.link, l.original, l.displayText, at(l.position)]),
		counted: contactLinks(m),
		tags: (m.tags ?? []).map((t) => [t.tag, at(t.position)]),
		items: (m.listItems ?? []).map((i) => [i.position.start.line, i.task ?? null]),
		headings: (m.headings ?? []).map((h) => [h.heading, h.level, at(h.position)]),
		frontmatter: m.frontmatter ?? null,
	};
}

describe("the guarded reader on ordinary notes", () => {
	it("reads what micromark reads, for every note of the example vault", () => {
		for (const [path, text] of Object.entries(readExampleVault())) {
			expect(exact(parseGuarded(text).metadata), path).toEqual(exact(parseWithMicromark(text).metadata));
		}
	});

	// Skipped where the corpus is missing, except under CI, where a missing corpus fails here.
	it.runIf(corpusAvailable || process.env.CI)("reads what micromark reads, for every case of the Obsidian corpus", () => {
		const differ: string[] = [];
		for (const f of readdirSync(CORPUS).filter((n) => n.endsWith(".json"))) {
			const { fileContents } = JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { fileContents?: string };
			if (typeof fileContents !== "string") continue;
			if (JSON.stringify(exact(parseGuarded(fileContents).metadata)) !== JSON.stringify(exact(parseWithMicromark(fileContents).metadata))) differ.push(f);
		}
		expect(differ).toEqual([]);
	});

	it("reads a hostile note's links, tasks and quotes without recursion", () => {
		const text = `---\ncadence: 30\n---\n${">".repeat(6000)} [[Quoted]]\n\n- [ ] call [[Ann]]\n  - [x] met [[Bo]]\n${"[[".repeat(20_000)}\n[[Cy]]\n`;
		const { metadata } = parseNote(text);
		expect(metadata.frontmatter).toEqual({ cadence: 30 });
		expect(contactLinks(metadata)).toEqual(["Bo", "Cy"]);
		expect(metadata.listItems?.map((i) => [i.position.start.line, i.task, i.parent])).toEqual([[5, " ", -5], [6, "x", 5]]);
	});

	// Shapes an ordinary note has, each read by both readers: what they must agree on (see exact) and, worked by hand,
	// what a user would miss if the guarded reader got it wrong.
	it.each([
		["links beside inline code", "Met [[Ann]] and `[[Not a link]]` then ``[[Nor]]`` and [[Bo|Bob]]\n", ["Ann", "Bo"], []],
		["a fenced block holds no links", "# Day\n```\n[[Code]]\n```\n~~~~\n[[Tilde]]\n```\n~~~~\n[[After]]\n", ["After"], []],
		["a fence closed only by the same character, as long, alone", "````js\n[[A]]\n```\n[[B]]\n```` x\n[[C]]\n````\n[[D]]\n", ["D"], []],
		["an HTML comment over lines", "Met [[Ann]] <!-- [[Hidden]]\nstill [[Hidden]]\nend --> and [[Bo]] <!-- [[X]] --> [[Cy]] <!--a--><!-- [[Y]] -->\n", ["Ann", "Bo", "Cy"], []],
		["a line that opens with an HTML comment is an HTML block, to the line where it closes", "Text [[Ann]]\n<!-- x --> [[No]] #no\n  <!-- a\n[[No]]\n\n--> [[No]]\n[[Bo]]\n- [[Cy]]\n<!-- -->\n- [[Dy]]\n", ["Ann", "Bo", "Cy", "Dy"], []],
		["an HTML comment not closed on its line", "Met [[Ann]] <!-- [[No]] <!-- [[No]]\n[[No]] --> [[Bo]]\n", ["Ann", "Bo"], []],
		// A line right after a quote's paragraph text that starts no block of its own goes on with it, inside the
		// quote (a lazy line): its links are quoted, not contact.
		["a lazy line goes on with the quote's paragraph, and the next", "> met [[Ann]]\n[[Bo]] too\n[[Cy]]\n\n[[Dy]]\n", ["Ann", "Bo", "Cy", "Dy"], []],
		["… after an item's words in a quote, or a task's", "> - a [[Ann]]\n[[Bo]]\n\n> - [ ] call\n[[Cy]]\n\n> > deep\n[[Dy]]\n", ["Ann", "Bo", "Cy", "Dy"], []],
		["… and an indented line or a comment closed on it too", "> a\n    [[Ann]]\n\n> b <!-- [[Bo]]\n[[Cy]] -->\n[[Dy]]\n", ["Ann", "Dy"], []],
		["no lazy line after a quote's heading, fence, bare bullet or empty line (a heading in a quote is none of the note's)", "> # H\n[[Ann]]\n\n> ```\n[[Bo]]\n\n> -\n[[Cy]]\n\n>\n[[Dy]]\n", ["Ann", "Bo", "Cy", "Dy"], []],
		["no lazy line where a block starts: items of any number, a heading, a rule, a fence, a comment", "> a\n2. [[Ann]]\n\n> b\n-\n[[Bo]]\n\n> c\n# [[Cy]]\n\n> d\n***\n[[Dy]]\n\n> e\n<!-- x -->\n[[Ed]]\n\n> f\n%%\n[[No]]\n%%\n[[Fy]]\n", ["Ann", "Bo", "Cy", "Dy", "Ed", "Fy"], []],
		["code spans: a run of backticks is closed by the next run as long", "a ``[[No]] ` x`` b [[Ann]] `[[No]]`` c `` ` `` [[Bo]] ```[[No]]``` [[Cy]]\n", ["Ann", "Bo", "Cy"], []],
		["links of both kinds on a line, in the order written", "[Bo](Bo.md) [[Ann]] ![](a.png) ![[Embed]] [Cy](Cy.md)\n", ["Bo", "Ann", "Cy", "a.png", "Embed"], []],
		["an HTML comment closed alone on its line", "<!-- a\n-->\n[[Ann]]\n", ["Ann"], []],
		// An inline comment left open on its line hides what follows only if it closes before its paragraph ends;
		// otherwise `<!--` is text (before, everything after it was lost until a `-->` anywhere).
		["an HTML comment never closed: text, and the links after it count", "Met [[Ann]] <!-- [[Bo]] <!-- [[Cy]]\n[[Dy]]\n\n[[Ed]]\n", ["Ann", "Bo", "Cy", "Dy", "Ed"], []],
		["… closed only after a blank line", "Met <!-- [[Ann]]\n\n[[Bo]] -->\n", ["Ann", "Bo"], []],
		["… closed only after a blank line, its paragraph going on before it", "a <!-- [[Ann]]\n[[Bo]]\n\n[[Cy]] -->\n", ["Ann", "Bo", "Cy"], []],
		["… closed only after the next list item", "- a <!-- [[Ann]]\n- [[Bo]] -->\n[[Cy]]\n", ["Ann", "Bo", "Cy"], []],
		["… closed only after a heading, a rule, a fence or a quote", "a <!-- [[Ann]]\n# H\n[[Bo]] -->\n\nb <!-- [[Cy]]\n***\n[[Dy]] -->\n\nc <!-- [[Ed]]\n```\n-->\n```\n\nd <!-- [[Fy]]\n> [[Gu]] -->\n", ["Ann", "Bo", "Cy", "Dy", "Ed", "Fy", "Gu"], []],
		["… closed only after a %% comment opens", "a <!-- [[Ann]]\n%%\n[[Bo]] -->\n%%\n[[Cy]] #t\n", ["Ann", "Cy"], ["#t"]],
		["… closed within its paragraph (a line numbered 2. or indented goes on with it)", "a <!-- [[Ann]]\n2. [[Bo]] -->\n[[Cy]]\n\n- b <!-- [[Dy]]\n  [[Ed]] -->\n- [[Fy]]\n", ["Cy", "Fy"], []],
		["… in a quote: closed on the quote's next line (a comment), after the quote's blank line (text)", "> a <!-- [[Ann]]\n> [[Bo]] -->\n\n> b <!-- [[Cy]]\n>\n> [[Dy]] -->\n", ["Cy", "Dy"], []],
		["… after a comment closed on the same line", "[[Ann]] <!-- x --> [[Bo]] <!-- [[Cy]]\n", ["Ann", "Bo", "Cy"], []],
		["… closed only after a line of spaces and tabs", "Met <!-- [[Ann]]\n \t\n[[Bo]] -->\n", ["Ann", "Bo"], []],
		["… closed only after a rule of spaced marks", "a <!-- [[Ann]]\n* * *\n[[Bo]] -->\n\nb <!-- [[Cy]]\n- - -\n[[Dy]] -->\n", ["Ann", "Bo", "Cy", "Dy"], []],
		["… closed within its paragraph: lines of marks that are no rule go on with it", "a <!-- [[Ann]]\nso *** good\n*** and more\n***x\n*a*b*\n[[Bo]] -->\n[[Cy]]\n", ["Cy"], []],
		["… closed within its paragraph: %% inside a line, or twice at its start, goes on with it", "a <!-- [[Ann]]\n%% x %% y\n[[Bo]] -->\n[[Cy]]\n\nb <!-- [[Dy]]\nx %% y\n[[Ed]] -->\n%%\n[[Fy]]\n", ["Cy"], []],
		["… closed only after a %% block opens, indented or with words", "a <!-- [[Ann]]\n  %%\n[[Bo]] -->\n%%\n[[Cy]]\n\nb <!-- [[Dy]]\n%% note\n[[Ed]] -->\n%%\n[[Fy]]\n", ["Ann", "Cy", "Dy", "Fy"], []],
		["… closed within its paragraph: a line ending in one %% goes on with it", "a <!-- [[Ann]]\ntext %%\n[[Bo]] -->\n[[Cy]]\n", ["Cy"], []],
		["… in a code span is no comment; a comment holds a code span's backtick", "a `<!--` [[Ann]]\n[[Bo]] -->\n\nb <!-- `x\n[[Cy]] -->` [[Dy]]\n", ["Ann", "Bo", "Dy"], []],
		["a %% comment block: tags count, links do not", "[[Ann]]\n%% #opened [[No]]\n#inside [[No]]\n#closing %% after\n[[Bo]] #after\n", ["Ann", "Bo"], ["#opened", "#inside", "#closing", "#after"]],
		["a %% comment inside a line", "Lunch %% with [[Ann]] %% and [[Bo]] #t\n", ["Ann", "Bo"], ["#t"]],
		["markdown links, local and external", "[Ann](Ann.md) [site](https://x.org) [proto](//x.org) [mail](mailto:a@b.org) [Sam](People/Sam%20Lee.md) ![](a.png) ![[Embed]]\n", ["Ann", "People/Sam Lee", "a.png", "Embed"], []],
		["a markdown link to a heading with a colon is a note", "[call](Ann.md#Call:%20notes)\n", ["Ann.md#Call: notes"], []],
		["a markdown link that cannot be decoded", "[Bad](100%25%zz.md)\n", ["100%25%zz"], []],
		["headings close a list", "- [ ] call [[Ann]]\n# Next\n- [x] met [[Bo]]\n", ["Ann", "Bo"], []],
		["properties, then an empty properties block", "---\ncadence: 30\n---\n[[Ann]]\n", ["Ann"], []],
		["CRLF line ends", "---\r\ncadence: 30\r\n---\r\n# H\r\n- [ ] [[Ann]] #t\r\n", ["Ann"], ["#t"]],
	])("%s", (_, text, links, tags) => {
		const guarded = parseGuarded(text).metadata;
		expect(exact(guarded)).toEqual(exact(parseWithMicromark(text).metadata));
		expect([...(guarded.links ?? []), ...(guarded.embeds ?? [])].map((l) => l.link.replace(/\.md$/, ""))).toEqual(links);
		expect((guarded.tags ?? []).map((t) => t.tag)).toEqual(tags);
	});

	it("an empty properties block holds no properties, and properties are read only at the very start", () => {
		expect(parseGuarded("---\n---\n[[Ann]]\n").metadata.frontmatter).toBeUndefined();
		expect(parseGuarded("---\n  \n---\n").metadata.frontmatter).toBeUndefined();
		expect(parseGuarded("\n---\ncadence: 30\n---\n").metadata.frontmatter).toBeUndefined();
		expect(parseGuarded("---\ncadence: 30\n--- \n").metadata.frontmatter).toEqual({ cadence: 30 });
		expect(parseGuarded("---\ncadence: [\n---\n").frontmatterError).toMatch(/line/);
		expect(parseGuarded("---\ncadence: 30\n---\n").frontmatterError).toBeUndefined();
	});

	// List items by hand: which item each one hangs under (a line number) or, for a list's first level, minus the line
	// the list starts on (-1 for a list on the first line), as Obsidian writes it.
	it.each([
		["a nested list", "# H\n- a\n  - b\n    - c\n  - d\n- e\n", [[1, -1], [2, 1], [3, 2], [4, 1], [5, -1]]],
		["a list on the first line", "- a\n  - b\n", [[0, -1], [1, 0]]],
		["a tab indents as four spaces", "# H\n- a\n\t- b\n    - c\n", [[1, -1], [2, 1], [3, 1]]],
		["a heading between two lists", "- a\n# H\n- b\n  - c\n", [[0, -1], [2, -2], [3, 2]]],
		["a paragraph before a list", "Text\n\n- a\n- b\n", [[2, -2], [3, -2]]],
		["numbered items", "# H\n1. a\n2) b\n   10. c\n", [[1, -1], [2, -1], [3, 2]]],
		["items in a quote", "# H\n> - a\n>   - b\n", [[1, -1], [2, 1]]],
	])("%s", (_, text, items) => {
		expect(parseGuarded(text).metadata.listItems?.map((i) => [i.position.start.line, i.parent])).toEqual(items);
	});

	it.each([
		["- [ ] a", " "], ["- [x] a", "x"], ["- [X] a", "X"], ["- [-] a", "-"], ["* [>] a", ">"], ["1. [ ] a", " "], ["- [ ]", " "],
		["- [] a", null], ["- [ ]a", null], ["-[ ] a", undefined], ["- [xx] a", null],
		// A rule of spaced marks starts like an item and is none (CommonMark, micromark).
		["* * *", undefined], ["- - -", undefined], ["  -  -  - ", undefined], ["> * * *", undefined],
	])("%j: task mark %j", (line, task) => {
		const items = parseGuarded(`${line}\n`).metadata.listItems;
		if (task === undefined) expect(items).toBeUndefined();
		else expect(items?.map((i) => i.task ?? null)).toEqual([task]);
	});

	it("reads sections: headings, paragraphs, code, comments, quotes and lists, each over its lines", () => {
		const text = "---\na: 1\n---\n# H\nText\nmore\n```\ncode\n```\n%%\nc\n%%\n> q\n> q\n- a\n- b\n\nEnd\n";
		expect(parseGuarded(text).metadata.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
			["yaml", 0, 2], ["heading", 3, 3], ["paragraph", 4, 5], ["code", 6, 8], ["comment", 9, 11], ["blockquote", 12, 13], ["list", 14, 15], ["paragraph", 17, 17],
		]);
		expect(parseGuarded("# H\n").metadata.sections?.map((s) => [s.type, at(s.position)])).toEqual([["heading", [0, 0, 0, 0, 3, 3]]]);
		expect(parseGuarded("").metadata).toEqual({ sections: [] });
	});
});

// core/block-rules.ts is the one home of where code blocks and HTML comments begin and end: the heading finder the
// plugin writes by and the guarded reader follow it, and micromark (CommonMark) is the reference both are held to.
describe("code blocks and HTML comments: one table through the heading finder, the guarded reader and micromark", () => {
	const firstLog = (metadata: NoteMetadata) => metadata.headings?.find((h) => h.heading === "Log")?.position.start.line ?? -1;
	it.each<[string, string[], number]>([
		["in fenced code", ["```", "# Log", "```", "# Log"], 3],
		["in tildes", ["~~~", "# Log", "~~~", "# Log"], 3],
		["in code a shorter fence does not close", ["````", "```", "# Log", "````", "# Log"], 4],
		["in code a fence of the other character does not close", ["~~~", "```", "# Log", "~~~", "# Log"], 4],
		["in code a fence with text after it does not close", ["```", "``` js", "# Log", "```", "# Log"], 4],
		["in code a fence indented four spaces does not close", ["```", "    ```", "# Log", "```", "# Log"], 4],
		["code closed by a longer fence", ["```", "# Log", "`````", "# Log"], 3],
		["code closed by a fence with trailing spaces", ["```", "# Log", "```  ", "# Log"], 3],
		["a fence indented three spaces opens code", ["   ```", "# Log", "```", "# Log"], 3],
		["``` in the middle of a line opens nothing", ["a ``` b", "# Log"], 1],
		["~~ or `` open nothing", ["~~ x", "`` y", "# Log"], 2],
		["in an HTML comment", ["<!--", "# Log", "-->", "# Log"], 3],
		["in an HTML comment closed at the end of a line of text", ["<!-- a", "# Log", "b -->", "# Log"], 3],
		["after an HTML comment on one line", ["<!-- note -->", "# Log"], 1],
		["a second <!-- on the comment's line does not close it", ["<!-- a <!--", "# Log", "-->", "# Log"], 3],
		["an empty comment <!--> is whole on its line", ["<!-->", "# Log", "-->", "# Log"], 1],
		["an empty comment <!---> is whole on its line", ["<!--->", "# Log", "-->", "# Log"], 1],
		["<!----> is whole on its line", ["<!---->", "# Log"], 1],
	])("%s", (_, lines, line) => {
		const text = `${lines.join("\n")}\n`;
		expect(findHeading(lines, "Log"), "the heading finder").toBe(line);
		expect(firstLog(parseGuarded(text).metadata), "the guarded reader").toBe(line);
		expect(firstLog(parseWithMicromark(text).metadata), "micromark").toBe(line);
	});
});

describe("empty HTML comments inside a line", () => {
	it.each(["Lunch <!--> with [[Ann]]\n", "Lunch <!---> with [[Ann]]\n", "Lunch <!-- --> with [[Ann]]\n"])("%j: the link after it is read, as micromark reads it", (text) => {
		const links = (metadata: NoteMetadata) => (metadata.links ?? []).map((l) => l.link);
		expect(links(parseGuarded(text).metadata)).toEqual(["Ann"]);
		expect(links(parseWithMicromark(text).metadata)).toEqual(["Ann"]);
	});
});
