// The fast path: most notes in a vault are plain (a properties block, headings, one level of bullets and tasks,
// quotes, paragraphs, fenced code, wikilinks and tags). Such a note is read line by line here, about a hundred
// times faster than micromark builds its tree. Anything else, or anything doubtful, returns null and the note goes
// to micromark, which stays the reference: tests/vault checks that both give the same metadata wherever this path
// answers. Markdown is still parsed by the library; this only recognises the notes where there is nothing to parse.
import type { HeadingRef, LinkRef, ListItemRef, Loc, NoteMetadata, Pos, SectionRef, TagRef } from "../core/metadata";
import { Locator, type ParsedNote, readProperties, scanTags, splitWikiLink } from "./note-parts";

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
	try {
		return read(text);
	} catch (error) {
		if (error === BAIL) return null;
		throw error;
	}
}

function read(text: string): ParsedNote | null {
	if (text.charCodeAt(0) === 0xfeff) return null;
	// Positions are made from the line being read (its number and where it starts), with no search.
	let lineNo = 0;
	let pos = 0;
	const at = (offset: number): Loc => ({ line: lineNo, col: offset - pos, offset });
	const loc = { pos: (start: number, end: number): Pos => ({ start: at(start), end: at(end) }) };
	const metadata: NoteMetadata = {};
	const sections: SectionRef[] = [];
	const links: LinkRef[] = [];
	const tags: TagRef[] = [];
	const listItems: ListItemRef[] = [];
	const headings: HeadingRef[] = [];
	let frontmatterError: string | undefined;

	if (text.startsWith("---")) {
		if (!text.startsWith("---\n")) return null;
		const close = text.indexOf("\n---", 3);
		if (close === -1) return null;
		const after = close + 4;
		if (after < text.length && text[after] !== "\n") return null;
		const value = text.slice(4, close + 1);
		// `%%` inside the block: the full reader treats a line-leading one as a comment, even there; leave it to it.
		if (value.includes("%%")) return null;
		const closingLine = new Locator(text.slice(0, after)).lineCount - 1;
		const position: Pos = { start: { line: 0, col: 0, offset: 0 }, end: { line: closingLine, col: after - close - 1, offset: after } };
		if (value.trim() !== "") frontmatterError = readProperties(text, position, metadata, text.slice(3, close));
		sections.push({ type: "yaml", position });
		pos = after + 1;
		lineNo = closingLine + 1;
	}

	let block = "none" as Block;
	let blockStart: Loc = { line: 0, col: 0, offset: 0 };
	let blockEnd: Loc = blockStart;
	let listRoot = 0;
	let bullet = "-";
	let fence = "";
	let blankAfterList = false;
	const close = (): void => {
		if (block !== "none") sections.push({ type: block, position: { start: blockStart, end: blockEnd } });
		block = "none";
	};
	const open = (type: Block, start: number): void => {
		close();
		block = type;
		blockStart = at(start);
	};
	/** Links and tags in `from`–`to`, which holds nothing but text, wikilinks and tags. */
	const inline = (from: number, to: number): void => {
		let k = from;
		while (k < to) {
			const at = text.indexOf("[[", k);
			const end = at === -1 || at >= to ? to : at;
			if (text.slice(k, end).includes("[") || text.slice(k, end).includes("]")) throw BAIL;
			scanTags(text, k, end, loc, tags);
			if (end === to) return;
			const shut = text.indexOf("]]", at + 2);
			if (shut === -1 || shut + 2 > to) throw BAIL;
			const inner = text.slice(at + 2, shut);
			if (inner === "" || inner.includes("[") || inner.includes("]") || inner.trim() === "") throw BAIL;
			const { link, displayText } = splitWikiLink(inner);
			links.push({ link, original: text.slice(at, shut + 2), displayText, position: loc.pos(at, shut + 2) });
			k = shut + 2;
		}
	};

	while (pos <= text.length) {
		const lineEnd = text.indexOf("\n", pos);
		const end = lineEnd === -1 ? text.length : lineEnd;
		const line = text.slice(pos, end);
		const next = end + 1;
		if (block === "code") {
			if (FENCE_CLOSE.test(line) && line[0] === fence[0] && line.length >= fence.length) {
				blockEnd = at(end);
				close();
			}
			if (lineEnd === -1) break;
			pos = next;
			lineNo++;
			continue;
		}
		if (line === "") {
			if (block === "list") blankAfterList = true;
			close();
			if (lineEnd === -1) break;
			pos = next;
			lineNo++;
			continue;
		}
		if (line.endsWith(" ") || line.startsWith(" ")) return null;
		const fenceMatch = FENCE_OPEN.exec(line);
		if (fenceMatch) {
			open("code", pos);
			fence = /^(`+|~+)/.exec(line)?.[1] ?? "";
			blankAfterList = false;
		} else if (NEEDS_PARSER.test(line)) {
			return null;
		} else if (line.startsWith("#") && HEADING.test(line)) {
			const [, marks = "", content = ""] = HEADING.exec(line) ?? [];
			if (content.endsWith("#") || !PLAIN_START.test(content)) return null;
			open("none", pos);
			sections.push({ type: "heading", position: loc.pos(pos, end) });
			headings.push({ heading: content, level: marks.length, position: loc.pos(pos, end) });
			inline(pos + marks.length + 1, end);
			blankAfterList = false;
		} else if (BULLET.test(line)) {
			if (blankAfterList) return null;
			let contentAt = pos + 2;
			let task: string | undefined;
			if (line[2] === "[" && line[4] === "]" && line[5] === " " && line[3] !== "[" && line[3] !== "]") {
				task = line[3];
				contentAt = pos + 6;
			}
			if (!PLAIN_START.test(text.slice(contentAt, end))) return null;
			// Another bullet character starts another list (CommonMark).
			if (block !== "list" || line[0] !== bullet) {
				open("list", pos);
				listRoot = lineNo;
				bullet = line[0] ?? "-";
			}
			const item: ListItemRef = { parent: -Math.max(1, listRoot), position: loc.pos(pos, end) };
			if (task !== undefined) item.task = task;
			listItems.push(item);
			inline(contentAt, end);
			blockEnd = at(end);
		} else if (line.startsWith("> ")) {
			if (!PLAIN_START.test(line.slice(2))) return null;
			if (block !== "blockquote") open("blockquote", pos);
			inline(pos + 2, end);
			blockEnd = at(end);
			blankAfterList = false;
		} else {
			// A paragraph line: after a list item or a quote it would continue them (lazily); that is the parser's job.
			if (block === "list" || block === "blockquote" || !PLAIN_START.test(line)) return null;
			if (block !== "paragraph") open("paragraph", pos);
			inline(pos, end);
			blockEnd = at(end);
			blankAfterList = false;
		}
		if (lineEnd === -1) break;
		pos = next;
		lineNo++;
	}
	if (block === "code") return null;
	close();

	if (sections.length > 0) metadata.sections = sections;
	if (links.length > 0) metadata.links = links;
	if (tags.length > 0) metadata.tags = tags;
	if (listItems.length > 0) metadata.listItems = listItems;
	if (headings.length > 0) metadata.headings = headings;
	return frontmatterError === undefined ? { metadata } : { metadata, frontmatterError };
}
