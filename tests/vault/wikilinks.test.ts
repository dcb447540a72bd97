// Wikilinks and embeds as the reference reader finds them (src/vault/wikilink-syntax.ts inside micromark), and as a
// note is read (parseNote, the fast path first): target, text as written, shown text and where it sits.
import { describe, expect, it } from "vitest";
import { parseNote, parseWithMicromark } from "../../src/vault/markdown";

type Found = [link: string, original: string, start: number, end: number];
const links = (text: string, read = parseWithMicromark): { links: Found[]; embeds: Found[] } => {
	const { metadata } = read(text);
	const of = (refs: typeof metadata.links) => (refs ?? []).map((l): Found => [l.link, l.original, l.position.start.offset, l.position.end.offset]);
	return { links: of(metadata.links), embeds: of(metadata.embeds) };
};

describe("wikilinks and embeds", () => {
	it.each([
		["a link", "Lunch with [[Sam]].", [["Sam", "[[Sam]]", 11, 18]], []],
		["an embed and a link", "![[Img.png]] and [[Sam]]", [["Sam", "[[Sam]]", 17, 24]], [["Img.png", "![[Img.png]]", 0, 12]]],
		["a ! that is not an embed", "![x] !x [[Sam]]", [["Sam", "[[Sam]]", 8, 15]], []],
		["two bangs: the second makes the embed", "!![[x]]", [], [["x", "![[x]]", 1, 7]]],
		["single brackets", "[a] [ [x]] [x]]", [], []],
		["an empty link", "[[]] x", [], []],
		["a link cut by a line end", "[[Sam\nRivera]]", [], []],
		["a single bracket inside", "[[a]b]] [[c]]", [["c", "[[c]]", 8, 13]], []],
		["a third closing bracket", "[[a]]] [[b]]", [["a", "[[a]]", 0, 5], ["b", "[[b]]", 7, 12]], []],
		["an opening at the end of the note", "text [[", [], []],
		["one closing bracket", "[[x] y", [], []],
		["an alias", "[[x|y]]", [["x", "[[x|y]]", 0, 7]], []],
	])("%s", (_, text, expectedLinks, expectedEmbeds) => {
		expect(links(text)).toEqual({ links: expectedLinks, embeds: expectedEmbeds });
		expect(links(text, parseNote)).toEqual({ links: expectedLinks, embeds: expectedEmbeds });
	});
});
