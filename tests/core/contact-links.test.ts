// contactLinks and hasOpenTaskLinking walk a note's links, sections and list items once (issue 20: linear readers).
// Held here to their plain definitions (each link against every section and item) on random notes, with the links
// in order as Obsidian lists them and shuffled. (Their cost on a note of thousands of tasks is a bench row.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactLinks, hasOpenTaskLinking } from "../../src/core/interactions";
import type { LinkRef, ListItemRef, NoteMetadata, Pos, SectionRef } from "../../src/core/metadata";

const pos = (line: number, endLine: number, offset: number, endOffset: number): Pos => ({
	start: { line, col: 0, offset }, end: { line: endLine, col: 0, offset: endOffset },
});

/** The definitions, one link at a time against everything. */
function plainContactLinks(metadata: NoteMetadata): { counted: string[]; open: string[] } {
	const quiet = (metadata.sections ?? []).filter((s) => ["blockquote", "callout", "comment"].includes(s.type));
	const counted: string[] = [];
	const open: string[] = [];
	for (const link of metadata.links ?? []) {
		if (quiet.some((s) => link.position.start.offset >= s.position.start.offset && link.position.end.offset <= s.position.end.offset)) continue;
		const line = link.position.start.line;
		let item: ListItemRef | null = null;
		for (const c of metadata.listItems ?? []) if (c.position.start.line <= line && c.position.end.line >= line) item = c;
		if (item && item.task !== undefined && item.task !== "x" && item.task !== "X") {
			if (item.task === " ") open.push(link.link);
			continue;
		}
		counted.push(link.link);
	}
	return { counted, open };
}

function plainOpenTaskLinking(metadata: NoteMetadata, isPerson: (n: string) => boolean): boolean {
	const open = (metadata.listItems ?? []).filter((i) => i.task === " ");
	return (metadata.links ?? []).some((l) => open.some((i) => i.position.start.line <= l.position.start.line && i.position.end.line >= l.position.start.line)
		&& isPerson(l.link.toLowerCase()));
}

/**
 * A note as lines: each line is a paragraph, a quote line, or a list item (task or not, some spanning two lines,
 * nested items after their parent's own lines), with links on some lines. Sections and items in order, as readers
 * give them.
 */
const noteArb = fc.array(fc.record({
	kind: fc.constantFrom("para", "quote", "item", "child"),
	task: fc.constantFrom(undefined, " ", "x", "X", "-", ">"),
	span: fc.integer({ min: 1, max: 2 }),
	links: fc.array(fc.constantFrom("Ann", "Bo", "Cy"), { maxLength: 3 }),
}), { maxLength: 40 }).map((lines) => {
	const links: LinkRef[] = [];
	const listItems: ListItemRef[] = [];
	const sections: SectionRef[] = [];
	let line = 0;
	for (const l of lines) {
		const at = line * 100;
		const end = line + l.span - 1;
		if (l.kind === "quote") sections.push({ type: "blockquote", position: pos(line, end, at, end * 100 + 99) });
		else if (l.kind !== "para") {
			listItems.push({ parent: l.kind === "child" ? 0 : -1, task: l.task, position: pos(line, end, at, end * 100 + 99) });
		}
		l.links.forEach((name, i) => links.push({ link: name, original: `[[${name}]]`, position: pos(line, line, at + 10 + i * 20, at + 20 + i * 20) }));
		line += l.span;
	}
	return { links, listItems, sections };
});

describe("contactLinks and hasOpenTaskLinking: one pass, the same answers as the definitions", () => {
	it("agree with the definitions, links in order and shuffled, sections in order and shuffled", () => {
		fc.assert(fc.property(noteArb, fc.integer(), (metadata, salt) => {
			const mix = <T extends { position: Pos }>(list: readonly T[] | undefined): T[] => [...(list ?? [])].sort((a, b) => ((a.position.start.offset * 7919 + salt) % 97) - ((b.position.start.offset * 7919 + salt) % 97));
			const shuffled = { ...metadata, links: mix(metadata.links) };
			// Neither Obsidian nor the disk reader lists sections out of order; a note whose sections come so is read
			// all the same (each section looked at).
			const sectionsMixed = { ...metadata, sections: mix(metadata.sections) };
			for (const m of [metadata, shuffled, sectionsMixed]) {
				const open: { link: string; item: ListItemRef }[] = [];
				const counted = contactLinks(m, open);
				const plain = plainContactLinks(m);
				expect(counted).toEqual(plain.counted);
				expect(open.map((o) => o.link)).toEqual(plain.open);
				for (const who of ["ann", "bo"]) {
					const isPerson = (n: string) => n === who;
					expect(hasOpenTaskLinking({ path: "D.md", metadata: m, content: "" }, isPerson)).toBe(plainOpenTaskLinking(m, isPerson));
				}
			}
		}), { numRuns: 400 });
	});

	it("a link in a quote that spans lines after a list, and a link in a nested open task, as a user writes them", () => {
		const metadata: NoteMetadata = {
			sections: [{ type: "list", position: pos(0, 2, 0, 299) }, { type: "blockquote", position: pos(3, 4, 300, 499) }],
			listItems: [
				{ parent: -1, task: "x", position: pos(0, 0, 0, 99) },
				{ parent: 0, task: " ", position: pos(1, 1, 100, 199) },
				{ parent: -1, task: undefined, position: pos(2, 2, 200, 299) },
			],
			links: [
				{ link: "Done", original: "", position: pos(0, 0, 10, 20) },
				{ link: "Plan", original: "", position: pos(1, 1, 110, 120) },
				{ link: "Item", original: "", position: pos(2, 2, 210, 220) },
				{ link: "Quoted", original: "", position: pos(4, 4, 410, 420) },
			],
		};
		const open: { link: string; item: ListItemRef }[] = [];
		expect(contactLinks(metadata, open)).toEqual(["Done", "Item"]);
		expect(open.map((o) => o.link)).toEqual(["Plan"]);
	});
});
