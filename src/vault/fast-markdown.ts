// The fast path: most notes in a vault are plain (a properties block, headings, one level of bullets and tasks,
// quotes, paragraphs, fenced code, wikilinks and tags). Such a note is read line by line here, about a hundred
// times faster than micromark builds its tree. Anything else, or anything doubtful, returns null and the note goes
// to micromark, which stays the reference: tests/vault checks that both give the same metadata wherever this path
// answers. Markdown is still parsed by the library; this only recognises the notes where there is nothing to parse.
import type { HeadingRef, LinkRef, ListItemRef, Loc, NoteMetadata, Pos, SectionRef, TagRef } from "../core/metadata";
import { type ParsedNote, readProperties, scanTags, splitWikiLink } from "./note-parts";

/**
 * What needs a real parser: code spans, escapes, HTML, underscores (they can end a tag's text), strikethrough, math,
 * comments, embeds, character references, block ids, tables. `*` emphasis, a lone `&` and `!` are plain enough.
 */
const NEEDS_PARSER = /[`\\<_~$%^|\t\r]|!\[|&(?:#|[A-Za-z]+;)/;
/** How a line of text may start: a letter or digit (not an ordered-list marker), a wikilink, or a tag. */
const PLAIN_START = /^(?:[\p{L}]|\d(?!\d{0,8}[.)](?: |$))|\[\[|#[\p{L}])/u;
const FENCE_OPEN = /^(`{3,}[^`]*|~{3,}.*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})$/;
const HEADING = /^(#{1,6}) (.+)$/;
const BULLET = /^[-*+] /;

type Block = "none" | "paragraph" | "list" | "blockquote" | "code";

class Bail extends Error {}
const BAIL = new Bail();

/** The metadata of a plain note, or null when the note needs the full parser. */
export function parsePlainNote(text: string): ParsedNote | null {
	if (text.charCodeAt(0) === 0xfeff) return null;
	try {
		return new PlainReader(text).read();
	} catch (error) {
		// Stryker disable next-line ConditionalExpression: only a fault of this reader itself is rethrown, so tests see it; no note can cause one.
		if (error === BAIL) return null;
		throw error;
	}
}

/** One note, read once from top to bottom; a class rather than closures, as this runs for every note of a vault. */
class PlainReader {
	private readonly metadata: NoteMetadata = {};
	private readonly sections: SectionRef[] = [];
	private readonly links: LinkRef[] = [];
	private readonly tags: TagRef[] = [];
	private readonly listItems: ListItemRef[] = [];
	private readonly headings: HeadingRef[] = [];
	private frontmatterError: string | undefined;
	// Positions are made from the line being read (its number and where it starts), with no search.
	private lineNo = 0;
	private pos = 0;
	private block: Block = "none";
	private blockStart: Loc = { line: 0, col: 0, offset: 0 };
	private blockEnd: Loc = this.blockStart;
	private listRoot = 0;
	private bullet = "-";
	private fence = "";
	private blankAfterList = false;

	constructor(private readonly text: string) {}

	read(): ParsedNote | null {
		const { text } = this;
		if (text.startsWith("---") && !this.properties()) return null;
		while (this.pos <= text.length) {
			const lineEnd = text.indexOf("\n", this.pos);
			const end = lineEnd === -1 ? text.length : lineEnd;
			if (!this.line(text.slice(this.pos, end), end)) return null;
			if (lineEnd === -1) break;
			this.pos = end + 1;
			this.lineNo++;
		}
		if (this.block === "code") return null;
		this.close();
		const { metadata } = this;
		if (this.sections.length > 0) metadata.sections = this.sections;
		if (this.links.length > 0) metadata.links = this.links;
		if (this.tags.length > 0) metadata.tags = this.tags;
		if (this.listItems.length > 0) metadata.listItems = this.listItems;
		if (this.headings.length > 0) metadata.headings = this.headings;
		return this.frontmatterError === undefined ? { metadata } : { metadata, frontmatterError: this.frontmatterError };
	}

	/** The properties block; false when it is not one this path reads. */
	private properties(): boolean {
		const { text } = this;
		if (!text.startsWith("---\n")) return false;
		const close = text.indexOf("\n---", 3);
		if (close === -1) return false;
		const after = close + 4;
		if (after < text.length && text[after] !== "\n") return false;
		const value = text.slice(4, close + 1);
		// `%%` inside the block: the full reader treats a line-leading one as a comment, even there; leave it to it.
		if (value.includes("%%")) return false;
		let closingLine = 0;
		for (let i = text.indexOf("\n"); i !== -1 && i < after; i = text.indexOf("\n", i + 1)) closingLine++;
		const position: Pos = { start: { line: 0, col: 0, offset: 0 }, end: { line: closingLine, col: after - close - 1, offset: after } };
		if (value.trim() !== "") this.frontmatterError = readProperties(text, position, this.metadata, text.slice(3, close));
		this.sections.push({ type: "yaml", position });
		this.pos = after + 1;
		this.lineNo = closingLine + 1;
		return true;
	}

	/** One line, from `this.pos` to `end`; false when it needs the full parser. */
	private line(line: string, end: number): boolean {
		const { pos } = this;
		if (this.block === "code") {
			if (FENCE_CLOSE.test(line) && line[0] === this.fence[0] && line.length >= this.fence.length) {
				this.blockEnd = this.at(end);
				this.close();
			}
			return true;
		}
		if (line === "") {
			if (this.block === "list") this.blankAfterList = true;
			this.close();
			return true;
		}
		if (line.endsWith(" ") || line.startsWith(" ")) return false;
		if (FENCE_OPEN.test(line)) {
			this.open("code", pos);
			this.fence = /^(`+|~+)/.exec(line)?.[1] ?? "";
			this.blankAfterList = false;
			return true;
		}
		if (NEEDS_PARSER.test(line)) return false;
		const heading = line.startsWith("#") ? HEADING.exec(line) : null;
		if (heading) {
			const [, marks = "", content = ""] = heading;
			if (content.endsWith("#") || !PLAIN_START.test(content)) return false;
			this.open("none", pos);
			this.sections.push({ type: "heading", position: this.span(pos, end) });
			this.headings.push({ heading: content, level: marks.length, position: this.span(pos, end) });
			this.inline(pos + marks.length + 1, end);
			this.blankAfterList = false;
			return true;
		}
		if (BULLET.test(line)) {
			if (this.blankAfterList) return false;
			let contentAt = pos + 2;
			let task: string | undefined;
			if (line[2] === "[" && line[4] === "]" && line[5] === " " && line[3] !== "[" && line[3] !== "]") {
				task = line[3];
				contentAt = pos + 6;
			}
			if (!PLAIN_START.test(this.text.slice(contentAt, end))) return false;
			// Another bullet character starts another list (CommonMark).
			if (this.block !== "list" || line[0] !== this.bullet) {
				this.open("list", pos);
				this.listRoot = this.lineNo;
				this.bullet = line[0] ?? "-";
			}
			const item: ListItemRef = { parent: -Math.max(1, this.listRoot), position: this.span(pos, end) };
			if (task !== undefined) item.task = task;
			this.listItems.push(item);
			this.inline(contentAt, end);
			this.blockEnd = this.at(end);
			return true;
		}
		if (line.startsWith("> ")) {
			if (!PLAIN_START.test(line.slice(2))) return false;
			if (this.block !== "blockquote") this.open("blockquote", pos);
			this.inline(pos + 2, end);
			this.blockEnd = this.at(end);
			this.blankAfterList = false;
			return true;
		}
		// A paragraph line: after a list item or a quote it would continue them (lazily); that is the parser's job.
		if (this.block === "list" || this.block === "blockquote" || !PLAIN_START.test(line)) return false;
		if (this.block !== "paragraph") this.open("paragraph", pos);
		this.inline(pos, end);
		this.blockEnd = this.at(end);
		this.blankAfterList = false;
		return true;
	}

	private at(offset: number): Loc {
		return { line: this.lineNo, col: offset - this.pos, offset };
	}

	private span(start: number, end: number): Pos {
		return { start: this.at(start), end: this.at(end) };
	}

	private close(): void {
		if (this.block !== "none") this.sections.push({ type: this.block, position: { start: this.blockStart, end: this.blockEnd } });
		this.block = "none";
	}

	private open(type: Block, start: number): void {
		this.close();
		this.block = type;
		this.blockStart = this.at(start);
	}

	/** Links and tags in `from`–`to`, which holds nothing but text, wikilinks and tags. */
	private inline(from: number, to: number): void {
		const { text } = this;
		let k = from;
		while (k < to) {
			const open = text.indexOf("[[", k);
			const end = open === -1 || open >= to ? to : open;
			const plain = text.slice(k, end);
			if (plain.includes("[") || plain.includes("]")) throw BAIL;
			scanTags(text, k, end, this.locator, this.tags);
			if (end === to) return;
			const shut = text.indexOf("]]", open + 2);
			if (shut === -1 || shut + 2 > to) throw BAIL;
			const inner = text.slice(open + 2, shut);
			if (inner === "" || inner.includes("[") || inner.includes("]") || inner.trim() === "") throw BAIL;
			const { link, displayText } = splitWikiLink(inner);
			this.links.push({ link, original: text.slice(open, shut + 2), displayText, position: this.span(open, shut + 2) });
			k = shut + 2;
		}
	}

	/** What scanTags needs to place a tag: spans on the line being read. */
	private readonly locator = { pos: (start: number, end: number): Pos => this.span(start, end) };
}
