// Pieces shared by the two readers of a note (micromark for any note, the fast path for plain ones): positions,
// tags, wikilink texts and the properties block.
import type { FrontmatterLinkRef, Loc, NoteMetadata, Pos, TagRef } from "../core/metadata";
import { readFrontmatter, readFrontmatterText } from "./frontmatter";

export interface ParsedNote {
	metadata: NoteMetadata;
	frontmatterError?: string;
}

/** Line starts, so that any offset can become Obsidian's {line, col, offset}. */
export class Locator {
	private readonly starts: number[] = [0];
	constructor(text: string) {
		// indexOf finds each line break faster than a look at every character (a tenth of the guarded reader's time on
		// a note of thousands of short lines went to that look).
		for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
	}
	at(offset: number): Loc {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, col: offset - (this.starts[lo] ?? 0), offset };
	}
	pos(start: number, end: number): Pos {
		return { start: this.at(start), end: this.at(end) };
	}
	lineStart(line: number): number {
		return this.starts[line] ?? 0;
	}
	get lineCount(): number {
		return this.starts.length;
	}
}

const TAG_CHAR = /[^\s\u0021-\u002C\u002E\u003A-\u0040\u005B-\u005E\u0060\u007B-\u007E]/u;

/** Finds `#tags` in source text between two offsets, as Obsidian recognises them. */
export function scanTags(text: string, from: number, to: number, loc: Pick<Locator, "pos">, into: TagRef[]): void {
	let i = text.indexOf("#", from);
	while (i !== -1 && i < to) {
		const before = i === 0 ? " " : text[i - 1] ?? " ";
		if (/\s/.test(before)) {
			let j = i + 1;
			while (j < to && TAG_CHAR.test(text[j] ?? " ")) j++;
			const name = text.slice(i + 1, j);
			if (name.length > 0 && !/^\d+$/.test(name)) into.push({ tag: `#${name}`, position: loc.pos(i, j) });
			i = text.indexOf("#", j);
		} else {
			i = text.indexOf("#", i + 1);
		}
	}
}

/** `[[target#heading|alias]]` → Obsidian's link, displayText. */
export function splitWikiLink(inner: string): { link: string; displayText: string } {
	if (!inner.includes("|") && !inner.includes("#")) {
		const link = inner.trim();
		return { link, displayText: link };
	}
	const bar = inner.indexOf("|");
	// `[[|alias]]`: with nothing before the bar, Obsidian keeps the whole text as the link.
	const hasAlias = bar > 0 && inner.slice(0, bar).trim() !== "";
	const link = (hasAlias ? inner.slice(0, bar) : inner).trim();
	if (hasAlias) return { link, displayText: inner.slice(bar + 1) };
	const parts = link.split("#").filter((p) => p.length > 0);
	return { link, displayText: parts.join(" > ") };
}

function collectFrontmatterLinks(value: unknown, key: string, into: FrontmatterLinkRef[]): void {
	if (typeof value === "string") {
		for (const match of value.matchAll(/\[\[([^\]\n]+)\]\]/g)) {
			const { link, displayText } = splitWikiLink(match[1] ?? "");
			into.push({ key, link, original: match[0], displayText });
		}
	} else if (Array.isArray(value)) {
		value.forEach((item, i) => collectFrontmatterLinks(item, `${key}.${i}`, into));
	} else if (value !== null && typeof value === "object") {
		for (const [k, v] of Object.entries(value)) collectFrontmatterLinks(v, `${key}.${k}`, into);
	}
}

/** Reads the properties block into `metadata` (`matter`: its text, when the caller has found it); returns the error when it cannot be read. */
export function readProperties(text: string, position: Pos, metadata: NoteMetadata, matter?: string): string | undefined {
	metadata.frontmatterPosition = position;
	const result = matter === undefined ? readFrontmatter(text) : readFrontmatterText(matter);
	if (!result.data) return result.error;
	metadata.frontmatter = result.data;
	const links: FrontmatterLinkRef[] = [];
	for (const [key, value] of Object.entries(result.data)) collectFrontmatterLinks(value, key, links);
	metadata.frontmatterLinks = links;
	return undefined;
}
