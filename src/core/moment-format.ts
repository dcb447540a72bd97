// Moment-style date formats (what Obsidian's Daily notes and Templates settings hold: YYYY-MM-DD, dddd, [week] W)
// written out with date-fns, which does the formatting (and the locale's names) rather than hand-written code.
import { format } from "date-fns";

/** Moment's tokens and date-fns's for the same thing, longest first so that `MMMM` is never read as `MM` twice. */
const TOKENS: Record<string, string> = {
	YYYY: "yyyy", YY: "yy", MMMM: "MMMM", MMM: "MMM", MM: "MM", M: "M", Do: "do", DD: "dd", D: "d", dddd: "EEEE", ddd: "EEE",
	HH: "HH", H: "H", hh: "hh", h: "h", mm: "mm", m: "m", ss: "ss", s: "s", A: "a", a: "aaa", WW: "II", W: "I", ww: "ww", w: "w",
	Q: "Q", E: "i",
};
const PATTERN = new RegExp(`\\[([^\\]]*)\\]|${Object.keys(TOKENS).sort((a, b) => b.length - a.length).join("|")}`, "g");

/** The date-fns pattern for a moment format: tokens translated, every run of other text quoted once. */
export function dateFnsPattern(moment: string): string {
	let out = "";
	let text = "";
	const flush = () => {
		// Two quoted runs side by side would read as a quote mark: each run of text is quoted as one.
		if (text !== "") out += `'${text.replace(/'/g, "''")}'`;
		text = "";
	};
	let last = 0;
	for (const match of moment.matchAll(PATTERN)) {
		text += moment.slice(last, match.index);
		if (match[1] !== undefined) text += match[1];
		else {
			flush();
			out += TOKENS[match[0]] ?? "";
		}
		last = match.index + match[0].length;
	}
	text += moment.slice(last);
	flush();
	return out;
}

/** `date` written in a moment format ("YYYY-MM-DD", "dddd, MMMM Do", "[Week] W"). */
export function formatMoment(date: Date, moment: string): string {
	return format(date, dateFnsPattern(moment));
}
