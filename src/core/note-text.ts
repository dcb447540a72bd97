// Pure text edits Ascent makes to a note's body: log lines under a heading, newest first.
import { closesFence, closesHtmlComment, fenceOpened, opensHtmlComment } from "./block-rules";
import type { Day } from "./dates";
import type { InteractionKind } from "./model";

/** A log line in the format the reader parses back: `- 2026-11-30 coffee at the conference #meet`. */
export function formatLogLine(date: Day, kind: InteractionKind, note: string): string {
	const text = note.replace(/[\r\n]+/g, " ").trim();
	const tag = kind === "other" || kind === "mention" ? "" : `#${kind}`;
	return `- ${date}${text ? ` ${text}` : ""}${tag ? ` ${tag}` : ""}`;
}

/**
 * Inserts `line` under the heading named `heading` (any level, case ignored): after the heading and a blank line
 * directly under it, before older lines, so the newest comes first. A missing heading is added at the end.
 * Every other byte of the note stays as it was, line endings included.
 */
export function insertUnderHeading(text: string, heading: string, line: string): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(/\r?\n/);
	const at = findHeading(lines, heading);
	if (at === -1) {
		let end = text.length;
		// A loop, not a regular expression: /[\r\n]+$/ retries every run of newlines and is quadratic on a long one.
		while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
		const body = text.slice(0, end);
		const sep = body === "" ? "" : `${eol}${eol}`;
		return `${body}${sep}## ${heading}${eol}${eol}${line}${eol}`;
	}
	let insertAt = at + 1;
	if (lines[insertAt] === "") insertAt += 1;
	lines.splice(insertAt, 0, line);
	if (insertAt === at + 1 && lines[insertAt + 1] !== undefined && lines[insertAt + 1] !== "" && !/^\s*[-*+]/.test(lines[insertAt + 1] ?? "")) {
		lines.splice(insertAt + 1, 0, "");
	}
	return lines.join(eol);
}

/**
 * The line of the heading named `heading` (any level, case ignored), found from the note's structure: headings
 * inside the properties block, fenced code (``` or ~~~, as long as the fence that opened it), `%%` comments and
 * HTML comments do not count. -1 when the note has none. One pass over the lines.
 */
export function findHeading(lines: readonly string[], heading: string): number {
	const wanted = heading.trim().toLowerCase();
	let fence: string | null = null;
	let comment = false;
	let html = false;
	let i = 0;
	if (lines[0]?.trimEnd() === "---") {
		for (i = 1; i < lines.length && lines[i]?.trimEnd() !== "---"; i++);
		i++;
	}
	for (; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (fence !== null) {
			if (closesFence(line, fence)) fence = null;
			continue;
		}
		const marks = (line.match(/%%/g) ?? []).length;
		if (comment) {
			if (marks % 2 === 1) comment = false;
			continue;
		}
		if (marks % 2 === 1) {
			comment = true;
			continue;
		}
		// An HTML comment that opens a line runs to the line where it closes (an HTML block).
		if (html) {
			if (closesHtmlComment(line)) html = false;
			continue;
		}
		if (opensHtmlComment(line)) {
			html = !closesHtmlComment(line);
			continue;
		}
		fence = fenceOpened(line);
		if (fence !== null) continue;
		const m = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
		if (m !== null && (m[1] ?? "").trim().toLowerCase() === wanted) return i;
	}
	return -1;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The YAML between the opening and closing `---` (null without frontmatter), and the body after it. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { yaml: null, body: text };
	return { yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
	if (value !== null && typeof value === "object") {
		return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
	}
	return JSON.stringify(value) ?? "undefined";
}

/** True when two parsed frontmatters hold the same keys and values, leaving out `except` (the keys Ascent set). */
export function sameProperties(a: Record<string, unknown> | null, b: Record<string, unknown> | null, except: string[]): boolean {
	const strip = (o: Record<string, unknown> | null) => {
		const copy = { ...(o ?? {}) };
		for (const key of except) delete copy[key];
		return canonical(copy);
	};
	return strip(a) === strip(b);
}
