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
