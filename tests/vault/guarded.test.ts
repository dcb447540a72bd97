// The guard in front of micromark: which notes it takes, and that on ordinary notes it reads what micromark reads
// for everything Ascent uses (links, embeds, list items and tasks with their parents, headings, quiet sections).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusAvailable } from "./corpus";
import type { NoteMetadata } from "../../src/core/metadata";
import { contactLinks } from "../../src/core/interactions";
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

	it("no note of the example vault", () => {
		for (const [path, text] of Object.entries(readExampleVault())) expect(needsGuard(text), path).toBe(false);
	});
});

/** What Ascent reads from metadata, in a form two readers can be compared by. */
function used(m: NoteMetadata) {
	return {
		links: (m.links ?? []).map((l) => [l.link, l.position.start.line]),
		embeds: (m.embeds ?? []).map((l) => l.link),
		counted: contactLinks(m),
		// Where each item is and whether it is a task (Ascent reads no parent).
		items: (m.listItems ?? []).map((i) => [i.position.start.line, i.task ?? null]),
		headings: (m.headings ?? []).map((h) => [h.heading, h.level, h.position.start.line]),
		frontmatter: m.frontmatter ?? null,
	};
}

describe("the guarded reader on ordinary notes", () => {
	it("reads what micromark reads, for every note of the example vault", () => {
		for (const [path, text] of Object.entries(readExampleVault())) {
			expect(used(parseGuarded(text).metadata), path).toEqual(used(parseWithMicromark(text).metadata));
		}
	});

	// Skipped where the corpus is missing, except under CI, where a missing corpus fails here.
	it.runIf(corpusAvailable || process.env.CI)("reads what micromark reads, for every case of the Obsidian corpus", () => {
		const differ: string[] = [];
		for (const f of readdirSync(CORPUS).filter((n) => n.endsWith(".json"))) {
			const { fileContents } = JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as { fileContents?: string };
			if (typeof fileContents !== "string") continue;
			if (JSON.stringify(used(parseGuarded(fileContents).metadata)) !== JSON.stringify(used(parseWithMicromark(fileContents).metadata))) differ.push(f);
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
});
