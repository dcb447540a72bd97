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
