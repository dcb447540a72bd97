// The reference reader (micromark) on shapes the Obsidian corpus does not hold, each worked by hand: which tasks,
// links, tags, sections and block ids a user's note has. Every row also goes through parseNote (the reader a note
// actually gets), which must say the same.
import { describe, expect, it } from "vitest";
import type { NoteMetadata } from "../../src/core/metadata";
import { parseNote, parseWithMicromark } from "../../src/vault/markdown";

const tasks = (m: NoteMetadata) => (m.listItems ?? []).filter((i) => i.task !== undefined).map((i) => [i.position.start.line, i.task]);
const kinds = (m: NoteMetadata) => (m.sections ?? []).map((s) => s.type);
const readers = [["micromark", parseWithMicromark], ["parseNote", parseNote]] as const;

describe.each(readers)("through %s", (_, read) => {
	// Comment blocks hide the tasks in them; fences decide where a comment can start.
	it.each([
		["``` in the middle of a line opens no fence", "Use ``` here\n%%\n- [ ] a\n%%\n- [ ] b\n", [[4, " "]], ["paragraph", "comment", "list"]],
		["~~ at the start of a line opens no fence", "~~struck~~\n%%\n- [ ] a\n%%\n- [ ] b\n", [[4, " "]], ["paragraph", "comment", "list"]],
		["a shorter fence does not close a longer one", "````\n```\n%%\n````\n- [ ] a\n", [[4, " "]], ["code", "list"]],
		["a fence of the other character does not close", "~~~\n```\n%%\n~~~\n- [ ] a\n", [[4, " "]], ["code", "list"]],
		["a fence with text after it does not close", "```\n```js\n%%\n```\n- [ ] a\n", [[4, " "]], ["code", "list"]],
		["a longer fence of the same character closes", "```\n%%\n`````\n- [ ] a\n", [[3, " "]], ["code", "list"]],
		["a comment that is never closed runs to the end", "- [ ] a\n%%\n- [ ] b\n", [[0, " "]], ["list", "comment"]],
		["two comment blocks", "%%\na\n%%\n- [ ] x\n\nText\n%%\n- [ ] y\n%%\n- [ ] z\n", [[3, " "], [9, " "]], ["comment", "list", "paragraph", "comment", "list"]],
		["a task with nothing after its box, on the last line", "- [ ]", [[0, " "]], ["list"]],
		["a task with nothing after its box, then another", "- [ ]\n- [x] a\n", [[0, " "], [1, "x"]], ["list"]],
		["a box later in the item is not a task", "- see - [ ] b\n", [], ["list"]],
	])("%s", (_, text, expectedTasks, expectedKinds) => {
		const { metadata } = read(text);
		expect(tasks(metadata)).toEqual(expectedTasks);
		expect(kinds(metadata)).toEqual(expectedKinds);
	});

	it("an indented comment starts where its %% does", () => {
		const comment = read("Text\n  %% a\nb\n%%\n- [ ] x\n").metadata.sections?.find((s) => s.type === "comment");
		expect(comment?.position.start).toEqual({ line: 1, col: 2, offset: 7 });
		expect(comment?.position.end).toEqual({ line: 3, col: 2, offset: 16 });
	});

	it.each([
		["links to other sites are not notes", "[a](//example.org/x) [b](http://x.org) [c](mailto:a@b.org) [d](Notes/d.md)\n", ["Notes/d.md"]],
		["a link to a heading with a colon is a note", "[call](Ann.md#Call:%20notes)\n", ["Ann.md#Call: notes"]],
	])("%s", (_, text, links) => {
		expect((read(text).metadata.links ?? []).map((l) => l.link)).toEqual(links);
	});

	it("a markdown link shows its text without the marks; an image is an embed", () => {
		const { metadata } = read("[**Ann** _Lee_](Ann.md) ![](a.png)\n");
		expect(metadata.links?.map((l) => [l.link, l.displayText])).toEqual([["Ann.md", "Ann Lee"]]);
		expect(metadata.embeds?.map((l) => l.link)).toEqual(["a.png"]);
	});

	it("tags are not read in inline code, math or HTML", () => {
		expect(read('`#no` $#no$ <span title="#no">x</span> #yes\n').metadata.tags?.map((t) => t.tag)).toEqual(["#yes"]);
	});

	it("a child under an item with four spaces after its marker starts at that item's text", () => {
		const items = read("-    a\n     - b\n").metadata.listItems;
		expect(items?.map((i) => [i.position.start.line, i.position.start.col, i.parent])).toEqual([[0, 0, -1], [1, 5, 0]]);
	});

	it("a block id belongs to its paragraph alone, found by any case", () => {
		const { metadata } = read("First para\n\nSecond ^AbC\n");
		expect(Object.keys(metadata.blocks ?? {})).toEqual(["abc"]);
		expect(metadata.blocks?.abc?.position.start.line).toBe(2);
		expect(metadata.sections?.map((s) => s.id ?? null)).toEqual([null, "AbC"]);
	});

	it.each([
		["---js", "---js\nx: 1\n---\n", true],
		["---js with a space after it", "---js \nx: 1\n---\n", true],
		["---coffee with CRLF", "---coffee\r\nx: 1\r\n---\r\n", true],
		["---js later in the note", "Text\n---js\nx: 1\n---\n", false],
		["a plain ---", "---\nx: 1\n---\n", false],
	])("properties marked %s are refused", (_, text, refused) => {
		const { frontmatterError, metadata } = read(text);
		expect(frontmatterError !== undefined && /Ascent reads YAML only/.test(frontmatterError)).toBe(refused);
		if (refused) expect(metadata.frontmatter).toBeUndefined();
	});
});
