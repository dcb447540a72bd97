// Where code blocks and HTML comments begin and end, in one place: the disk reader (vault/guarded-markdown.ts) and
// the heading finder the plugin writes by (core/note-text.ts) both read notes by these rules (CommonMark's, which
// Obsidian follows: nothing in a code block or an HTML comment is a link, a tag or a heading).

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})\s*$/;
const HTML_COMMENT_OPEN = /^ {0,3}<!--/;

/** The fence a line opens a code block with (three or more backticks or tildes after at most three spaces), or null. */
export function fenceOpened(line: string): string | null {
	return FENCE_OPEN.exec(line)?.[1] ?? null;
}

/** Whether `line` closes the code block `fence` opened: the same character, at least as many, nothing after them. */
export function closesFence(line: string, fence: string): boolean {
	const run = FENCE_CLOSE.exec(line)?.[1];
	return run !== undefined && run[0] === fence[0] && run.length >= fence.length;
}

/** Whether a line starts an HTML block with a comment (`<!--` after at most three spaces). */
export function opensHtmlComment(line: string): boolean {
	return HTML_COMMENT_OPEN.test(line);
}

/**
 * Whether a line ends an HTML comment block: it holds `-->`. The line that opens the block counts too, so `<!-->` and
 * `<!--->` are whole comments, as CommonMark and micromark read them (before, the block ran on and hid the note
 * below them); the rest of the note after an opening line without `-->` is in the block until a line holds it.
 */
export function closesHtmlComment(line: string): boolean {
	return line.includes("-->");
}
