// Dataview inline fields in a note's body: `key:: value` on a line of its own, `[key:: value]` and `(key:: value)`
// inside a line. Obsidian's metadata does not hold them, so they are read from the note's text, in one pass.
import { own } from "./compact";
import { blankCodeSpans } from "./code-spans";
import type { NoteMetadata } from "./metadata";

/** Sections whose text says nothing about the note itself: code, quotes, callouts, comments, math, properties. */
const QUIET = new Set(["code", "blockquote", "callout", "comment", "math", "yaml"]);
/** A key is short; looking further for `::` would make a line of brackets quadratic. */
const MAX_KEY = 64;
const LINE_FIELD = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[xX]\][ \t]+)?)?([^\s[\]()`:][^[\]()`:]{0,63}?)::(?:[ \t]+(.*)|$)/;

/** Strips Markdown emphasis around a key (`**Date**` → `Date`). */
function cleanKey(key: string): string {
	return key.trim().replace(/^[*_~]+|[*_~]+$/g, "").trim();
}

/** Removes inline code spans from a line (a field inside backticks is an example, not a field). */
function withoutCode(line: string): string {
	return line.includes("`") ? blankCodeSpans(line) : line;
}

/**
 * The inline fields of a note, first occurrence of each key winning, or null when it has none. Lines inside code
 * blocks, quotes, callouts, comments and unticked or cancelled tasks are skipped: a plan or a quotation dates
 * nothing. Linear in the note's length (one pass over lines, brackets matched with a stack).
 */
export function inlineFields(content: string | undefined, metadata: NoteMetadata): Record<string, string> | null {
	// Stryker disable next-line StringLiteral: speed-only; a note without "::" would find no field below either.
	if (content === undefined || !content.includes("::")) return null;
	// The properties block is a section of its own (yaml), quiet like code.
	const quiet = (metadata.sections ?? []).filter((s) => QUIET.has(s.type)).map((s) => [s.position.start.line, s.position.end.line] as const);
	const skipped = new Set<number>();
	for (const item of metadata.listItems ?? []) {
		if (item.task !== undefined && item.task !== "x" && item.task !== "X") {
			for (let l = item.position.start.line; l <= item.position.end.line; l++) skipped.add(l);
		}
	}
	const out: Record<string, string> = Object.create(null) as Record<string, string>;
	let found = false;
	const add = (rawKey: string, value: string) => {
		const key = cleanKey(rawKey);
		if (key === "" || Object.prototype.hasOwnProperty.call(out, key)) return;
		// Its own copy: a person's facts keep the value for as long as the vault is open, not the note's whole text.
		out[key] = own(value.trim());
		found = true;
	};
	let q = 0;
	let start = 0;
	// Speed-only: the loop reads only lines holding "::" (the next one is found with indexOf, not line by line); every
	// other line would add nothing.
	// Stryker disable next-line all
	let colons = content.indexOf("::");
	// Stryker disable next-line all
	for (let line = 0; start <= content.length && colons !== -1; line++) {
		let end = content.indexOf("\n", start);
		if (end === -1) end = content.length;
		// Stryker disable next-line all
		if (colons < end) {
			while ((quiet[q]?.[1] ?? Infinity) < line) q++;
			const inQuiet = (quiet[q]?.[0] ?? Infinity) <= line;
			if (!inQuiet && !skipped.has(line)) {
				const text = content.slice(start, end);
				readLine(withoutCode(text.endsWith("\r") ? text.slice(0, -1) : text), add);
			}
			// Stryker disable next-line StringLiteral: speed-only (see above).
			colons = content.indexOf("::", end);
		}
		start = end + 1;
	}
	return found ? out : null;
}

function readLine(line: string, add: (key: string, value: string) => void): void {
	const whole = LINE_FIELD.exec(line);
	if (whole && !/[[(]/.test(whole[1] ?? "")) add(whole[1] ?? "", whole[2] ?? "");
	// Bracketed fields: each `[` or `(` is matched with its closing bracket through a stack; where a key and `::`
	// follow the opening bracket, the text up to the match is the value. The stack is two arrays of numbers (no
	// object per bracket): a line of 100,000 brackets costs about what a plain line does.
	const closers: number[] = [];
	const opened: number[] = [];
	const values: number[] = [];
	// Stryker disable next-line EqualityOperator: one step past the end reads NaN, which is no bracket.
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 91 || c === 40) {
			let valueAt = -1;
			// Stryker disable next-line MethodExpression: looking past the end reads NaN, which is no colon (speed-only).
			const limit = Math.min(line.length, i + 1 + MAX_KEY);
			for (let j = i + 1; j < limit; j++) {
				const d = line.charCodeAt(j);
				if (d === 58) {
					// An empty key (`[:: x]`) is dropped where fields are added.
					if (line.charCodeAt(j + 1) === 58) valueAt = j + 2;
					break;
				}
				if (d === 91 || d === 93 || d === 40 || d === 41) break;
			}
			closers.push(c === 91 ? 93 : 41);
			opened.push(i);
			values.push(valueAt);
			// Stryker disable next-line ConditionalExpression: speed-only; any other character matches no closer below.
		} else if (c === 93 || c === 41) {
			const top = closers.length - 1;
			if (closers[top] !== c) continue;
			const at = opened[top] ?? 0;
			const valueAt = values[top] ?? -1;
			closers.pop();
			opened.pop();
			values.pop();
			if (valueAt !== -1) add(line.slice(at + 1, valueAt - 2), line.slice(valueAt, i));
		}
	}
}

/** The fields of a note as one record: its properties, and inline fields under keys no property has (any case). */
export function mergedFields(frontmatter: Record<string, unknown> | undefined, inline: Record<string, string> | null): Record<string, unknown> | undefined {
	if (inline === null) return frontmatter;
	const taken = new Set(Object.keys(frontmatter ?? {}).map((k) => k.toLowerCase()));
	const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const [key, value] of Object.entries(inline)) if (!taken.has(key.toLowerCase())) out[key] = value;
	return Object.assign(out, frontmatter);
}
