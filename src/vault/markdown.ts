// Turns a note's text into CachedMetadata-shaped data, the way Obsidian's own parser does (see tests/vault).
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatter } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { math } from "micromark-extension-math";
import { mathFromMarkdown } from "mdast-util-math";
import type {
	HeadingRef, LinkRef, ListItemRef, NoteMetadata, Pos, SectionRef, TagRef,
} from "../core/metadata";
import { parsePlainNote } from "./fast-markdown";
import { needsGuard, parseGuarded } from "./guarded-markdown";
import { Locator, type ParsedNote, readProperties, scanTags, splitWikiLink } from "./note-parts";
import { wikiLinkFromMarkdown, wikiLinkSyntax } from "./wikilink-syntax";

interface MdPoint { line: number; column: number; offset?: number }
interface MdNode {
	type: string;
	children?: MdNode[];
	position?: { start: MdPoint; end: MdPoint };
	value?: string;
	url?: string;
	embed?: boolean;
	depth?: number;
}

export type { ParsedNote } from "./note-parts";
export { splitWikiLink };

const micromarkExtensions = [frontmatter(["yaml"]), gfmTable(), math(), wikiLinkSyntax()];
const mdastExtensions = [frontmatterFromMarkdown(["yaml"]), gfmTableFromMarkdown(), mathFromMarkdown(), wikiLinkFromMarkdown()];

function startOf(node: MdNode): number {
	return node.position?.start.offset ?? 0;
}
function endOf(node: MdNode): number {
	return node.position?.end.offset ?? 0;
}

interface CommentBlock { start: number; end: number }

/**
 * Obsidian's `%%` comments are not markdown. A comment that opens at the start of a line is a block of its own:
 * it is blanked out (offsets kept) before the markdown parse, so nothing inside becomes a list item, and is
 * reported as a `comment` section. Tags and links inside comments are still reported, as Obsidian does.
 */
function findCommentBlocks(text: string): { blanked: string; comments: CommentBlock[] } {
	const comments: CommentBlock[] = [];
	let fence: string | null = null;
	let pos = 0;
	let out = "";
	let copied = 0;
	while (pos < text.length) {
		const lineEnd = text.indexOf("\n", pos);
		const end = lineEnd === -1 ? text.length : lineEnd;
		const line = text.slice(pos, end);
		const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (fence !== null) {
			// A closing fence is the same character, at least as long, and nothing after it (```js does not close).
			const rest = fenceMatch ? line.slice(fenceMatch[0].length) : "";
			if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length && /^[ \t]*$/.test(rest)) fence = null;
		} else if (fenceMatch) {
			fence = fenceMatch[1] ?? null;
		} else if (/^ {0,3}%%/.test(line)) {
			const open = pos + line.indexOf("%%");
			const close = text.indexOf("%%", open + 2);
			const blockEnd = close === -1 ? text.length : close + 2;
			comments.push({ start: open, end: blockEnd });
			out += text.slice(copied, open) + text.slice(open, blockEnd).replace(/[^\n]/g, " ");
			copied = blockEnd;
			const next = text.indexOf("\n", blockEnd);
			pos = next === -1 ? text.length : next + 1;
			continue;
		}
		pos = end + 1;
	}
	out += text.slice(copied);
	return { blanked: out, comments };
}

function isExternal(url: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

function safeDecode(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

function plainText(node: MdNode): string {
	if (typeof node.value === "string") return node.value;
	return (node.children ?? []).map(plainText).join("");
}

class Walker {
	readonly links: LinkRef[] = [];
	readonly embeds: LinkRef[] = [];
	readonly tags: TagRef[] = [];
	readonly listItems: ListItemRef[] = [];
	readonly headings: HeadingRef[] = [];
	private inQuote = false;

	constructor(private readonly text: string, private readonly loc: Locator) {}

	inline(node: MdNode): void {
		switch (node.type) {
			case "wikiLink": {
				const { link, displayText } = splitWikiLink(node.value ?? "");
				const ref: LinkRef = { link, original: this.slice(node), displayText, position: this.pos(node) };
				(node.embed ? this.embeds : this.links).push(ref);
				return;
			}
			case "link":
			case "image": {
				const url = node.url ?? "";
				if (url !== "" && !isExternal(url)) {
					const ref: LinkRef = {
						link: safeDecode(url), original: this.slice(node), displayText: plainText(node), position: this.pos(node),
					};
					(node.type === "image" ? this.embeds : this.links).push(ref);
				}
				break;
			}
			case "text":
				scanTags(this.text, startOf(node), endOf(node), this.loc, this.tags);
				return;
		}
		// Inline code, math and HTML have no children: nothing in them is read.
		for (const child of node.children ?? []) this.inline(child);
	}

	block(node: MdNode, listRoot: number | null, parentItem: { line: number; contentStart: number } | null): void {
		switch (node.type) {
			case "heading": {
				const children = node.children ?? [];
				const first = children[0];
				const last = children[children.length - 1];
				const heading = first && last ? this.text.slice(startOf(first), endOf(last)) : "";
				// A heading inside a quote or a callout is none of the note's own: Obsidian leaves it out of the note's
				// headings (and its outline), as the guarded reader does.
				if (!this.inQuote) this.headings.push({ heading, level: node.depth ?? 1, position: this.pos(node) });
				for (const child of children) this.inline(child);
				return;
			}
			case "list": {
				this.list(node, listRoot ?? this.pos(node).start.line, parentItem);
				return;
			}
		}
		if (node.type === "blockquote") {
			const outer = this.inQuote;
			this.inQuote = true;
			for (const child of node.children ?? []) this.block(child, listRoot, parentItem);
			this.inQuote = outer;
			return;
		}
		if (node.type === "paragraph" || node.type === "tableCell") {
			for (const child of node.children ?? []) this.inline(child);
			return;
		}
		// Code, math, HTML, properties, thematic breaks and definitions have no children: nothing in them is read.
		for (const child of node.children ?? []) this.block(child, listRoot, parentItem);
	}

	private listItem(item: MdNode, root: number, parent: { line: number; contentStart: number } | null, next?: MdNode): void {
		const position = this.itemPosition(item, parent, next);
		const ref: ListItemRef = { parent: parent?.line ?? -Math.max(1, root), position };
		const task = this.taskChar(item);
		if (task !== null) ref.task = task;
		this.listItems.push(ref);
		const self = { line: position.start.line, contentStart: this.contentColumn(item) };
		for (const child of item.children ?? []) this.block(child, root, self);
	}

	list(node: MdNode, root: number, parent: { line: number; contentStart: number } | null): void {
		const items = node.children ?? [];
		items.forEach((item, i) => this.listItem(item, root, parent, items[i + 1]));
	}

	/** Where the item's text begins on its first line (after the marker), which is where its children start. */
	private contentColumn(item: MdNode): number {
		const start = startOf(item);
		const lineStart = this.loc.lineStart(this.loc.at(start).line);
		const lineEnd = this.text.indexOf("\n", start);
		const line = this.text.slice(start, lineEnd === -1 ? this.text.length : lineEnd);
		const match = /^([ \t]*(?:[-*+]|\d{1,9}[.)]))([ \t]*)/.exec(line);
		const spaces = match?.[2]?.length ?? 0;
		return start - lineStart + (match?.[1]?.length ?? 0) + (spaces > 4 ? 1 : spaces);
	}

	/**
	 * Obsidian's item span: from the parent's text column to the end of the item's own text (children excluded);
	 * an item followed by a blank line and a sibling ends at the start of that blank line.
	 */
	private itemPosition(item: MdNode, parent: { contentStart: number } | null, next?: MdNode): Pos {
		let start = startOf(item);
		const lineStart = this.loc.lineStart(this.loc.at(start).line);
		if (parent) start = Math.min(start, lineStart + parent.contentStart);
		else if (!this.inQuote) start = lineStart;
		const own = (item.children ?? []).filter((c) => c.type !== "list");
		const last = own[own.length - 1];
		let end = last ? endOf(last) : endOf(item);
		if (!last) {
			const lineEnd = this.text.indexOf("\n", start);
			end = Math.min(endOf(item), lineEnd === -1 ? this.text.length : lineEnd);
		}
		if (next && this.text[end] === "\n" && this.isBlankLine(this.loc.at(end).line + 1)) end += 1;
		return this.loc.pos(start, end);
	}

	private isBlankLine(line: number): boolean {
		if (line >= this.loc.lineCount) return false;
		const start = this.loc.lineStart(line);
		const end = this.text.indexOf("\n", start);
		return this.text.slice(start, end === -1 ? this.text.length : end).trim() === "";
	}

	private taskChar(item: MdNode): string | null {
		const start = startOf(item);
		const lineEnd = this.text.indexOf("\n", start);
		const line = this.text.slice(start, lineEnd === -1 ? this.text.length : lineEnd);
		const match = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\](?:[ \t]|$)/u.exec(line);
		return match?.[1] ?? null;
	}

	private slice(node: MdNode): string {
		return this.text.slice(startOf(node), endOf(node));
	}

	private pos(node: MdNode): Pos {
		return this.loc.pos(startOf(node), endOf(node));
	}
}

function sectionType(node: MdNode, text: string): string {
	if (node.type === "blockquote") {
		return /^[ \t]*>[ \t]*\[![^\]]*\]/.test(text.slice(startOf(node), startOf(node) + 200)) ? "callout" : "blockquote";
	}
	return node.type;
}

const BLOCK_ID = /\s\^([A-Za-z0-9-]+)\s*$/;

/** Parses one note. Never throws on content: a broken frontmatter is reported and the body is still read. */
export function parseNote(content: string): ParsedNote {
	const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
	// Shapes that would make micromark slow or deep (see guarded-markdown.ts) never reach it.
	return parsePlainNote(text) ?? (needsGuard(text) ? parseGuarded(text) : parseWithMicromark(text));
}

/** Any note, through micromark: the reference reader (the fast path must agree with it, see tests/vault). */
export function parseWithMicromark(text: string): ParsedNote {
	const loc = new Locator(text);
	const { blanked, comments } = findCommentBlocks(text);
	const tree = fromMarkdown(blanked, { extensions: micromarkExtensions, mdastExtensions }) as MdNode;
	const walker = new Walker(text, loc);
	const metadata: NoteMetadata = {};
	let frontmatterError: string | undefined;
	const sections: SectionRef[] = [];
	const blocks: NonNullable<NoteMetadata["blocks"]> = {};

	for (const node of tree.children ?? []) {
		const start = loc.at(startOf(node));
		const position = loc.pos(start.offset - start.col, endOf(node));
		if (node.type === "yaml" && (node.value ?? "").trim() !== "") {
			frontmatterError = readProperties(text, position, metadata);
		}
		const section: SectionRef = { type: sectionType(node, text), position };
		if (node.type === "paragraph") {
			const id = BLOCK_ID.exec(text.slice(startOf(node), endOf(node)))?.[1];
			if (id) {
				section.id = id;
				blocks[id.toLowerCase()] = { id, position };
			}
		}
		sections.push(section);
		walker.block(node, null, null);
	}

	// `---js`, `---coffee`: gray-matter would run such a block; Obsidian does not treat it as properties. Neither do we.
	const language = /^---([A-Za-z]+)[ \t]*\r?\n/.exec(text)?.[1];
	// micromark reads properties only after a bare `---`, so a note with a language has none.
	if (language) {
		frontmatterError = `the properties block is marked ---${language}; Ascent reads YAML only and never runs code in a note`;
	}

	for (const comment of comments) {
		sections.push({ type: "comment", position: loc.pos(comment.start, comment.end) });
		scanTags(text, comment.start, comment.end, loc, walker.tags);
	}
	sections.sort((a, b) => a.position.start.offset - b.position.start.offset);
	walker.tags.sort((a, b) => a.position.start.offset - b.position.start.offset);

	if (sections.length > 0) metadata.sections = sections;
	if (walker.links.length > 0) metadata.links = walker.links;
	if (walker.embeds.length > 0) metadata.embeds = walker.embeds;
	if (walker.tags.length > 0) metadata.tags = walker.tags;
	if (walker.listItems.length > 0) metadata.listItems = walker.listItems;
	if (walker.headings.length > 0) metadata.headings = walker.headings;
	if (Object.keys(blocks).length > 0) metadata.blocks = blocks;
	return frontmatterError === undefined ? { metadata } : { metadata, frontmatterError };
}
