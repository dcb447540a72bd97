// The fast path must give exactly what micromark gives, wherever it answers; anything it declines goes to micromark.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { CORPUS, corpusAvailable } from "./corpus";
import { describe, expect, it } from "vitest";
import { generateVault, SMALL } from "../../bench/generate";
import { parsePlainNote } from "../../src/vault/fast-markdown";
import { parseNote, parseWithMicromark } from "../../src/vault/markdown";
import { readExampleVault } from "../helpers";


/** Compares where the fast path answers; returns whether it did. */
function agrees(text: string): boolean {
	const fast = parsePlainNote(text);
	if (fast === null) return false;
	expect(fast, text).toEqual(parseWithMicromark(text));
	return true;
}

const word = fc.constantFrom("Coffee", "with", "Ana", "about", "the", "roadmap", "2026-11-20", "x", "Über", "ok.", "(soon)", "a:b", "3");
const inlinePart = fc.oneof(
	{ weight: 4, arbitrary: word },
	fc.constantFrom("[[Sam Rivera]]", "[[Ana|Ana L]]", "[[People/Bo#Work]]", "#tag", "#person/work", "#1984", "x#not", "[x]", "[[a]]b", "]]", "[[", "![[Img]]", "`code`", "*em*", "**bold [[Sam]]**", "*#tag*", "#tag*", "a*b", "* x", "_u_", "R&D", "&amp;", "&#35;x", "Great!", "!", "!#tag", "%%c%%", "<b>", "\\[", "|", "^id", " "),
);
const inline = fc.array(inlinePart, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" "));
const line = fc.oneof(
	{ weight: 3, arbitrary: inline },
	inline.map((t) => `- ${t}`),
	inline.map((t) => `- [ ] ${t}`),
	inline.map((t) => `- [x] ${t}`),
	inline.map((t) => `* ${t}`),
	inline.map((t) => `> ${t}`),
	inline.map((t) => `## ${t}`),
	inline.map((t) => `# ${t}`),
	inline.map((t) => `  - ${t}`),
	inline.map((t) => `1. ${t}`),
	fc.constantFrom("", "", "", "```", "```js", "~~~", "---", "===", "> [!note] callout", "%%", "    indented", "| a | b |", "$$", "- ", "#", "text  ", "- [ ]", "-"),
);
const body = fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n"));
const frontmatter = fc.constantFrom(
	"", "---\ncadence: 30\n---\n", "---\n---\n", "---\ntags: [a, b]\nattendees:\n  - \"[[Bo]]\"\n---\n", "---\nbroken: [\n---\n",
	"---js\n1\n---\n", "---\nx: 1\n", "---\n# only a comment\n---\n", "---\n- a list\n---\n", "---\njust text\n---\n",
	"---\nlast-contact: 2026-11-20\nbirthday: 03-14\npaused: yes\nn: ~\nf: 1.5e3\nh: 0x1F\n---\n", "---\na: 1\na: 2\n---\n",
	"---\nnested:\n  deep:\n    link: \"[[Sam]]\"\n---\n", "---\nx: &a [1]\ny: *a\n---\n", "---\n  indented: 1\n---\n", "---\nx: 1\n----\n",
	"---\nx: \"unterminated\n---\n", "---\n\n\n---\n", "---\nkey: value # comment\n---\n",
);
const note = fc.tuple(frontmatter, body, fc.constantFrom("", "\n")).map(([f, b, end]) => f + b + end);

describe("the fast path agrees with micromark", () => {
	it("on generated notes, and answers for a good share of them", () => {
		let answered = 0;
		let total = 0;
		fc.assert(fc.property(note, (text) => {
			total++;
			if (agrees(text)) answered++;
		}), { numRuns: process.env.STRESS ? 20_000 : 1500 });
		expect(answered / total).toBeGreaterThan(0.1);
	});

	it("on every note of the example vault and of the benchmark vault", () => {
		const texts = [...Object.values(readExampleVault()), ...generateVault({ ...SMALL, people: 200, datedNotes: 400 }).values()];
		const answered = texts.filter(agrees).length;
		// The benchmark's daily notes are plain by design: the fast path must take nearly all of them.
		expect(answered).toBeGreaterThan(texts.length * 0.6);
	});

	// Skipped where the corpus is missing, except under CI, where a missing corpus fails here.
	it.runIf(corpusAvailable || process.env.CI)("on every case of the Obsidian corpus", () => {
		for (const f of readdirSync(CORPUS).filter((n) => n.endsWith(".json"))) {
			const { fileContents } = JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { fileContents?: string };
			if (typeof fileContents === "string") agrees(fileContents);
		}
	});

	it("on fences that look like they close but do not, with %% inside", () => {
		for (const text of ["```\n```js\n%%\nx\n```\n", "```\n```js\n%% [[A]] #t\n```\nfoo\n", "~~~\n```\n~~~\n%% c %%\n"]) {
			const micromark = parseWithMicromark(text);
			if (!agrees(text)) expect(parseNote(text)).toEqual(micromark);
			// Inside code, %% is not a comment.
			expect(micromark.metadata.sections?.filter((s) => s.type === "comment" && s.position.start.line < 3)).toEqual([]);
		}
	});

	it("parseNote uses it and still reads everything else", () => {
		const plain = "---\ncadence: 30\n---\n## Log\n\n- [ ] call [[Sam]] #follow-up\n> quoted [[Ana]]\n";
		expect(parsePlainNote(plain)).not.toBeNull();
		expect(parseNote(plain).metadata.links?.map((l) => l.link)).toEqual(["Sam", "Ana"]);
		const rich = "- item\n  - child with `code` and [[Sam]]\n";
		expect(parsePlainNote(rich)).toBeNull();
		expect(parseNote(rich).metadata.listItems).toHaveLength(2);
	});
});

/**
 * The shapes people write every day: the fast path exists to read these itself (nearly every daily note of a vault),
 * and reads them exactly as micromark does. A row failing with "declined" means a change made the fast path hand a
 * plain note to the slow reader; with a difference, that it read one wrongly.
 */
describe("notes the fast path reads itself", () => {
	it.each([
		["properties, a heading, a paragraph with links and tags", "---\ntags: [person]\ncadence: 30\n---\n# Sam Rivera\n\nMet at [[Acme]] #work and [[Bo]]\n"],
		["properties only, closed at the end of the note", "---\ncadence: 30\n---"],
		["properties only, then a newline", "---\ncadence: 30\n---\n"],
		["properties that cannot be read, then a body", "---\ntier: [close\n---\nLunch with [[Ana]]\n"],
		["an empty note", ""],
		["a last line without a newline", "First\nLast with [[Sam]] #tag"],
		["tasks of every kind", "- [ ] call [[Ana]]\n- [x] sent the notes\n- [/] half done\n- [-] cancelled\n"],
		["a list, a blank line, a paragraph", "- a [[B]]\n\nText [[C]]\n"],
		["a bullet of each kind", "- dash\n* star\n+ plus\n"],
		["a quote", "> quoted [[Sam]]\n> more #tag\n"],
		["fenced code, then text", "```\n[[Not a link]] #not-a-tag\n```\nAfter [[Yes]]\n"],
		["a tilde fence holding a shorter backtick fence", "~~~\n```\n~~~\nafter\n"],
		["a long fence holding a shorter one", "````\n```\n````\n[[After]]\n"],
		["headings of each level, with links and tags", "# One [[A]]\n## Two #t\n###### Six\n"],
		["a heading right after text", "Text\n## Log\n- item\n"],
		["links and tags in one line", "Coffee with [[Ana]], [[Bo#Work]] and #follow-up/now"],
	])("%s", (_, text) => {
		const fast = parsePlainNote(text);
		expect(fast, "declined").not.toBeNull();
		expect(fast).toEqual(parseWithMicromark(text));
		expect("frontmatterError" in (fast ?? {})).toBe("frontmatterError" in parseWithMicromark(text));
	});

	it.each([
		["a byte order mark (parseNote takes it off first)", "\ufeff# Title\n"],
		["a line ending in a space (a hard break)", "text  \nmore\n"],
		["a line starting with a space", " indented text\n"],
		["a nested list", "- a\n  - b\n"],
		["an unclosed fence", "```\ncode\n"],
		["an ordered list", "1. first\n"],
		["a comment in the properties", "---\na: 1\n%% c %%\n---\n"],
		["properties closed by a longer line", "---\na: 1\n----\n"],
		["an unclosed properties block", "---\na: 1\n"],
		["an empty link", "[[ ]] and [[]]\n"],
		["a link over two lines", "[[Sam\nRivera]]\n"],
		["a loose list (a blank line between items)", "- a\n\n- b [[C]]\n"],
		["a box holding a bracket", "- [[] x\n- []] y\n"],
		["a line that starts with #", "#person\n#1984 is not a tag\n"],
		["a link with an alias (the | needs the parser)", "See [[People/Sam Rivera#Notes|Sam]]\n"],
	])("declines %s, and parseNote reads it as micromark does", (_, text) => {
		expect(parsePlainNote(text)).toBeNull();
		expect(parseNote(text)).toEqual(parseWithMicromark(text.replace(/^\ufeff/, "")));
	});
});
