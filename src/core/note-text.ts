// Pure text edits Ascent makes to a note's body: log lines under a heading, newest first.
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
	const wanted = heading.trim().toLowerCase();
	const at = lines.findIndex((l) => {
		const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l);
		return m !== null && (m[1] ?? "").toLowerCase() === wanted;
	});
	if (at === -1) {
		const body = text.replace(/(\r?\n)*$/, "");
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
