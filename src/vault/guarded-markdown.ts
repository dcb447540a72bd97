// The guard in front of micromark. Some shapes make a CommonMark parser slow or deep: thousands of `[` on a line
// (link brackets are retried, 17 s for 40 KB), hundreds of nested quotes or list levels (a stack overflow at 6,000
// `>`, 30 s for a 1,000-deep list), several megabytes of text. No real note has them; a hostile or generated one may,
// and it must not take the report or the app down. Such a note is read here instead: line by line, no recursion,
// linear in its length, with what Ascent uses (properties, links and embeds outside code, quotes and comments; tags;
// list items and tasks with their parents; headings; sections for code, quotes and comments).
import { closesFence, closesHtmlComment, fenceOpened, opensHtmlComment } from "../core/block-rules";
import { blankCodeSpans } from "../core/code-spans";
import type { HeadingRef, LinkRef, ListItemRef, NoteMetadata, SectionRef, TagRef } from "../core/metadata";
import { Locator, type ParsedNote, readProperties, scanTags, splitWikiLink } from "./note-parts";

/** Limits past which micromark is not asked: none is near a real note (see RELIABILITY.md). */
export const GUARD = { maxBytes: 1_000_000, maxBracketsPerLine: 500, maxDepth: 32, maxInlineWork: 4_000_000 } as const;

/** Characters that open an inline construct micromark may look for the end of, again from each one. */
const OPENERS = new Set([91, 40, 60, 96, 42, 95]); // [ ( < ` * _

/**
 * A line that starts a new list item, and so a new run of inline text, wherever it stands: a bullet or an item
 * numbered 1, indented at most three spaces (deeper, or numbered otherwise, it may continue the paragraph above).
 */
const NEW_ITEM = /^ {0,3}(?:[-*+]|1[.)])[ \t]+\S/;

/**
 * Whether a note needs the guarded reader: one pass over its characters, counting brackets per line, the nesting a
 * line opens with (quote markers and indentation), and the inline work micromark may do on a run of text that one
 * paragraph can span (from a blank line or a new list item): openers times length. An HTML comment, a code span or
 * an emphasis mark that is never closed is looked for again from every later one, so `<!--` × 10,000 on 40 KB took
 * 29 s and `*a_` × 13,000 took 25 s; a note just under the limit costs micromark up to about a second.
 */
export function needsGuard(text: string): boolean {
	if (text.length > GUARD.maxBytes) return true;
	let brackets = 0;
	let atStart = true;
	let depth = 0;
	let indent = 0;
	let openers = 0;
	let runStart = 0;
	let blank = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			if (openers * (i - runStart) > GUARD.maxInlineWork) return true;
			brackets = 0;
			atStart = true;
			depth = 0;
			indent = 0;
			// The next line starts a new run after a blank line or when it opens a list item.
			if (blank || NEW_ITEM.test(text.slice(i + 1, i + 40))) {
				openers = 0;
				runStart = i + 1;
			}
			blank = true;
			continue;
		}
		if (OPENERS.has(c)) openers++;
		if (c === 91 || c === 40) {
			if (++brackets > GUARD.maxBracketsPerLine) return true;
		}
		if (c !== 32 && c !== 9 && c !== 13) blank = false;
		if (atStart) {
			if (c === 62) depth++;
			else if (c === 32) indent++;
			else if (c === 9) indent += 4;
			else atStart = false;
			if (depth > GUARD.maxDepth || indent > GUARD.maxDepth * 4) return true;
		}
	}
	return openers * (text.length - runStart) > GUARD.maxInlineWork;
}

const WIKI = /(!?)\[\[([^[\]\n]{1,2000}?)\]\]/g;
const MD_LINK = /(!?)\[([^[\]\n]{0,2000})\]\(([^()\s\n]{1,2000})\)/g;
const ITEM = /^([ \t>]*?)((?:[-*+]|\d{1,9}[.)]))(?:[ \t]+|$)(?:\[(.)\](?=[ \t]|$))?/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
/** A rule (`***`, `- - -`): three or more of one mark, nothing else but spaces. It is no list item, though it starts like one. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * A line with its HTML comments blanked. A comment that opens and does not close on the line runs on to the line
 * where it closes only if that comes before its paragraph ends (`closesLater`): then the line is cut where it opens
 * (`open`); otherwise `<!--` is text and the rest of the line is read, as CommonMark (micromark) reads it. Linear.
 */
function blankHtmlComments(line: string, closesLater: () => boolean): { text: string; open: boolean } {
	let out = "";
	let copied = 0;
	for (let at = line.indexOf("<!--"); at !== -1; at = line.indexOf("<!--", copied)) {
		// The opener's own dashes count: `<!-->` and `<!--->` are whole comments (CommonMark, micromark).
		const end = line.indexOf("-->", at);
		if (end === -1) return closesLater() ? { text: out + line.slice(copied, at), open: true } : { text: out + line.slice(copied), open: false };
		out += line.slice(copied, at) + " ".repeat(end + 3 - at);
		copied = end + 3;
	}
	// Stryker disable next-line ConditionalExpression: speed-only; with nothing copied, out is empty and the line is whole.
	return { text: copied === 0 ? line : out + line.slice(copied), open: false };
}

/**
 * The first line from a given one on that passes `test` (`lines` when none), for questions asked with lines that only
 * move forward: each line is tested at most once however many ask, so a note of thousands of unclosed `<!--` stays
 * linear.
 */
class ForwardSearch {
	private found = -1;

	constructor(private readonly lines: number, private readonly test: (line: number) => boolean) {}

	from(line: number): number {
		// The first match at or after an earlier line, if it is not before this one, is the first after this one too.
		// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; searching again from `line` finds the same line.
		if (this.found >= line) return this.found;
		let l = line;
		// Stryker disable next-line EqualityOperator: one step past the last line answers "none" all the same (no line is before it).
		while (l < this.lines && !this.test(l)) l++;
		this.found = l;
		return l;
	}
}

/** A quote's line: `>` after at most three spaces; its markers, all of them. */
const QUOTE_START = /^ {0,3}>/;
const QUOTE_MARKS = /^(?: {0,3}> ?)+/;

/** The first character of a line after its spaces and tabs ("" for a blank line): every block start begins with one of a few. */
function firstMark(raw: string): string {
	let i = 0;
	// Bounded by the length: a read past the end (NaN, or "") makes V8 take back its compiled code.
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; past the end the character reads NaN, neither space nor tab.
	while (i < raw.length && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; charAt past the end is "" as well.
	return i < raw.length ? raw.charAt(i) : "";
}

/** What a list item can start with, after its indentation (a quote's `>` may come first). */
const ITEM_MARKS = new Set(["-", "*", "+", ">", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);

/** What a block that can interrupt a paragraph starts with, after its indentation. */
const BLOCK_MARKS = new Set(["#", "-", "*", "+", "1", ">", "`", "~", "<", "_", "%"]);

/** A line that ends the paragraph before it: blank, or the start of a block that can interrupt a paragraph. */
function endsParagraph(raw: string): boolean {
	const mark = firstMark(raw);
	// Stryker disable next-line ConditionalExpression: speed-only; a line starting with none of these marks starts no block below.
	if (mark.trim() !== "" && !BLOCK_MARKS.has(mark)) return false;
	return raw.trim() === "" || HEADING.test(raw) || NEW_ITEM.test(raw) || QUOTE_START.test(raw) || fenceOpened(raw) !== null
		|| opensHtmlComment(raw) || THEMATIC_BREAK.test(raw) || (raw.trimStart().startsWith("%%") && raw.split("%%").length % 2 === 0);
}


function isExternal(url: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/** A note read line by line, for the shapes micromark cannot take in reasonable time or depth. */
export function parseGuarded(text: string): ParsedNote {
	const loc = new Locator(text);
	const metadata: NoteMetadata = {};
	const sections: SectionRef[] = [];
	const links: LinkRef[] = [];
	const embeds: LinkRef[] = [];
	const tags: TagRef[] = [];
	const listItems: ListItemRef[] = [];
	const headings: HeadingRef[] = [];
	let frontmatterError: string | undefined;
	let line = 0;
	let offset = 0;
	const lines = loc.lineCount;
	const lineEnd = (l: number) => (l + 1 < lines ? loc.lineStart(l + 1) - 1 : text.length);
	const textOf = (l: number) => {
		const raw = text.slice(loc.lineStart(l), lineEnd(l));
		return raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
	};
	if (/^---\r?\n/.test(text)) {
		for (let l = 1; l < lines; l++) {
			if (/^---[ \t]*\r?$/.test(textOf(l))) {
				const position = loc.pos(0, lineEnd(l));
				// An empty block holds no properties (as micromark and Obsidian read it).
				if (l > 1 && text.slice(loc.lineStart(1), loc.lineStart(l)).trim() !== "") frontmatterError = readProperties(text, position, metadata);
				sections.push({ type: "yaml", position });
				line = l + 1;
				break;
			}
		}
	}
	// Open list items by indentation (a stack, not recursion), and the kind of block that is open.
	const open: { indent: number; line: number }[] = [];
	let listRoot = -1;
	let fence: string | null = null;
	let blockType: string | null = null;
	let blockStart = 0;
	let comment = false;
	let quoteText = false;
	let html = false;
	let htmlBlock = false;
	// An inline comment left open on a line: where the next `-->` is, and where its paragraph ends (inside a quote,
	// read after the quote's markers: the quote's next line goes on with it).
	// The line of the next `-->` at or after a line's start: found in the text (no copy of each line), and searched for
	// again only once the lines asked pass it (so the text is searched once over).
	// Stryker disable next-line StringLiteral: equivalent; a first answer before the lines asked about (always after the first) is searched again.
	let nextClose = text.indexOf("-->");
	const closing = new ForwardSearch(lines, (l) => {
		const start = loc.lineStart(l);
		// Stryker disable next-line all: speed-only; searching again from this line's start finds the same `-->`, or none.
		if (nextClose !== -1 && nextClose < start) nextClose = text.indexOf("-->", start);
		// Stryker disable next-line EqualityOperator: equivalent; no `-->` starts at a line's break.
		return nextClose !== -1 && nextClose < lineEnd(l);
	});
	const paragraphEnd = new ForwardSearch(lines, (l) => endsParagraph(textOf(l)));
	const quotedParagraphEnd = new ForwardSearch(lines, (l) => endsParagraph(textOf(l).replace(QUOTE_MARKS, "")));
	// Made once for every line (the line and its offset are read when they are called).
	const at = { pos: (a: number, b: number) => loc.pos(offset + a, offset + b) };
	let inQuote = false;
	const closesLater = () => closing.from(line + 1) < (inQuote ? quotedParagraphEnd : paragraphEnd).from(line + 1);
	// A line's links, embeds and tags, outside inline code and HTML comments; true when a comment is left open on it.
	// Its own function, so that V8 compiles this, the work of every line, long before the whole reader.
	const readText = (rest: string): boolean => {
		const code = blankCodeSpans(rest);
		const blanked = blankHtmlComments(code, closesLater);
		const plain = blanked.text;
		// Each search only on a line that can hold what it looks for (most lines of a long note hold no link): a search
		// over every line was a third of the reader's time on a note of thousands of short lines.
		// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only; a line without `[[` holds no wikilink.
		if (plain.includes("[[")) for (const m of plain.matchAll(WIKI)) {
			const { link, displayText } = splitWikiLink(m[2] ?? "");
			const start = offset + (m.index ?? 0);
			(m[1] === "!" ? embeds : links).push({ link, original: m[0], displayText, position: loc.pos(start, start + m[0].length) });
		}
		// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only; a line without `](` holds no markdown link.
		if (plain.includes("](")) for (const m of plain.matchAll(MD_LINK)) {
			const url = m[3] ?? "";
			if (isExternal(url)) continue;
			let decoded = url;
			try {
				decoded = decodeURI(url);
			} catch {
				// Kept as written.
			}
			const start = offset + (m.index ?? 0);
			(m[1] === "!" ? embeds : links).push({ link: decoded, original: m[0], displayText: m[2] ?? "", position: loc.pos(start, start + m[0].length) });
		}
		scanTags(plain, 0, plain.length, at, tags);
		return blanked.open;
	};
	const closeBlock = (end: number) => {
		if (blockType !== null) sections.push({ type: blockType, position: loc.pos(loc.lineStart(blockStart), lineEnd(end)) });
		blockType = null;
	};
	for (; line < lines; line++) {
		offset = loc.lineStart(line);
		const raw = textOf(line);
		if (fence !== null) {
			if (closesFence(raw, fence)) {
				fence = null;
				closeBlock(line);
			}
			continue;
		}
		if (htmlBlock) {
			if (closesHtmlComment(raw)) {
				htmlBlock = false;
				closeBlock(line);
			}
			continue;
		}
		// A line inside an HTML comment holds nothing; the text after its end is read.
		let rest = raw;
		if (html) {
			const end = raw.indexOf("-->");
			if (end === -1) continue;
			html = false;
			rest = " ".repeat(end + 3) + raw.slice(end + 3);
			if (rest.trim() === "") continue;
		}
		// Whether the line before was text of a paragraph inside a quote (a line after it may go on with it).
		const afterQuoteText: boolean = quoteText;
		quoteText = false;
		// Whether the line holds an odd number of `%%` (one opens or closes a comment; a pair is a comment inside it).
		// Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: speed-only; a line without `%%` holds an even number (none) either way.
		const oddMarks = rest.includes("%%") && rest.split("%%").length % 2 === 0;
		if (comment) {
			// Tags inside a comment count (Obsidian reads them); links do not. The first `%%` on an odd line closes it.
			const close = oddMarks ? rest.indexOf("%%") : rest.length;
			scanTags(rest, 0, close, at, tags);
			if (oddMarks) {
				comment = false;
				closeBlock(line);
			}
			continue;
		}
		if (raw.trim() === "") {
			closeBlock(line - 1);
			if (open.length === 0) listRoot = -1;
			continue;
		}
		// Each block start looked for only after the mark it begins with (most lines begin with a word).
		const mark = firstMark(raw);
		// Stryker disable next-line ConditionalExpression,LogicalOperator: speed-only; a fence begins with ` or ~.
		const fenceOpen = mark === "`" || mark === "~" ? fenceOpened(raw) : null;
		if (fenceOpen !== null) {
			closeBlock(line - 1);
			fence = fenceOpen;
			blockType = "code";
			blockStart = line;
			continue;
		}
		// A line that opens with an HTML comment starts an HTML block, to the end of the line where the comment
		// closes: nothing in it is a link or a tag (CommonMark; it interrupts a paragraph or a list).
		// Stryker disable next-line ConditionalExpression: speed-only; an HTML block begins with <.
		if (mark === "<" && opensHtmlComment(raw)) {
			closeBlock(line - 1);
			blockType = "html";
			blockStart = line;
			open.length = 0;
			listRoot = -1;
			if (closesHtmlComment(raw)) closeBlock(line);
			else htmlBlock = true;
			continue;
		}
		if (oddMarks && raw.trimStart().startsWith("%%")) {
			closeBlock(line - 1);
			scanTags(raw, raw.indexOf("%%") + 2, raw.length, at, tags);
			comment = true;
			blockType = "comment";
			blockStart = line;
			continue;
		}
		// A line that starts no block of its own right after a quote's paragraph text goes on with that paragraph,
		// inside the quote (a lazy line, CommonMark): its links are quoted too.
		// (A line that opens with `>` ends a paragraph: it is the quote's own line, not a lazy one.)
		const lazy: boolean = afterQuoteText && !endsParagraph(raw) && !ITEM.test(raw);
		// Stryker disable next-line ConditionalExpression: speed-only; a quote begins with >.
		const marked = mark === ">" && QUOTE_START.test(raw);
		const quoted: boolean = lazy || marked;
		// Stryker disable next-line ConditionalExpression: speed-only; a heading begins with #.
		const heading = quoted || mark !== "#" ? null : HEADING.exec(raw);
		if (heading) {
			closeBlock(line - 1);
			headings.push({ heading: heading[2] ?? "", level: heading[1]?.length ?? 1, position: loc.pos(offset, offset + raw.length) });
			sections.push({ type: "heading", position: loc.pos(offset, offset + raw.length) });
			open.length = 0;
			listRoot = -1;
		} else {
			// Inside a quote, items are read after the quote markers, as their own lists.
			// Stryker disable next-line StringLiteral: a quote's own line always has its markers (TypeScript cannot know it).
			const prefix = marked ? (QUOTE_MARKS.exec(raw)?.[0] ?? "") : "";
			const body: string = raw.slice(prefix.length);
			// Stryker disable next-line ConditionalExpression: speed-only; an item begins with a bullet, a digit or a quote's >.
			const item: RegExpExecArray | null = lazy || !ITEM_MARKS.has(firstMark(body)) || THEMATIC_BREAK.test(body) ? null : ITEM.exec(body);
			// Text of a paragraph in a quote: the line's words after its markers and an item's bullet, if any.
			quoteText = lazy || (marked && !endsParagraph(item ? body.slice(item[0].length) : body));
			const type = quoted ? "blockquote" : item ? "list" : "paragraph";
			if (blockType !== type) {
				closeBlock(line - 1);
				blockType = type;
				blockStart = line;
				open.length = 0;
				listRoot = -1;
			}
			if (item) {
				const indent = prefix.length + (item[1] ?? "").replace(/\t/g, "    ").length;
				while (open.length > 0 && (open[open.length - 1]?.indent ?? 0) >= indent) open.pop();
				if (open.length === 0 && listRoot === -1) listRoot = line;
				const ref: ListItemRef = { parent: open.length > 0 ? (open[open.length - 1]?.line ?? 0) : -Math.max(1, listRoot), position: loc.pos(offset + indent, offset + raw.length) };
				if (item[3] !== undefined) ref.task = item[3];
				listItems.push(ref);
				open.push({ indent, line });
			}
		}
		// Links and embeds outside inline code and HTML comments (which may span lines); tags.
		inQuote = quoted;
		if (readText(rest)) html = true;
	}
	closeBlock(lines - 1);
	// Wikilinks and markdown links were found in two passes over each line; the order is the order written.
	const byOffset = (a: LinkRef, b: LinkRef) => a.position.start.offset - b.position.start.offset;
	links.sort(byOffset);
	embeds.sort(byOffset);
	metadata.sections = sections;
	if (links.length > 0) metadata.links = links;
	if (embeds.length > 0) metadata.embeds = embeds;
	if (tags.length > 0) metadata.tags = tags;
	if (listItems.length > 0) metadata.listItems = listItems;
	if (headings.length > 0) metadata.headings = headings;
	const result: ParsedNote = { metadata };
	if (frontmatterError) result.frontmatterError = frontmatterError;
	return result;
}
