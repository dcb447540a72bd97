// The person card's facts and suggested openers: what to say, built from what the notes already hold (goals, open
// tasks, the words of the last contact, a near birthday, shared interests). No network, no model: every opener
// quotes the user's own notes.
import { type Day, daysBetween } from "./dates";
import { type Interaction, INTERACTION_KINDS, type PersonView } from "./model";
import { agoIn, sourceWords } from "./vocabulary";

/** One past contact as the card shows it: when, how, and its words when the note has any. */
export interface RecentContact {
	date: Day;
	path: string;
	/** "call", "meeting", "message"…, or null for a plain mention. */
	kind: string | null;
	/** The log line, or the line of the note that mentions the person (null: none, or not read yet). */
	words: string | null;
	/** Where it was read from: the raw source, and in words ("from a daily note"). */
	from: Interaction["source"];
	source: string;
}

export interface Opener {
	/** What it is built from, for the label: goal, follow-up, last time, birthday, interest, event. */
	from: "goal" | "follow-up" | "last-time" | "birthday" | "interest" | "event" | "hello";
	text: string;
}

const KIND_WORDS: Record<string, string | null> = {
	call: "call", meet: "meeting", message: "message", event: "event", gave: "gave", asked: "asked", intro: "introduction", other: null, mention: null,
};

/** The last `count` contacts (newest first), the property's date only where nothing else says more. */
export function recentContacts(interactions: readonly Interaction[], today: Day, count = 3): RecentContact[] {
	const out: RecentContact[] = [];
	// Newest first; on one day the property (a bare date) after what says more.
	const ordered = [...interactions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : Number(a.source === "property") - Number(b.source === "property")));
	for (const i of ordered) {
		if (i.date > today) continue;
		if (out.some((o) => o.date === i.date && (i.source === "property" || o.path === i.path))) continue;
		out.push({ date: i.date, path: i.path, kind: KIND_WORDS[i.kind] ?? null, words: i.text ? lineWords(i.text) : null, from: i.source, source: sourceWords(i) });
		if (out.length === count) break;
	}
	return out;
}

const MAX_WORDS = 140;

/**
 * The words of one line of a note, as a person would say them: no list or task marker, no leading date or time,
 * links as their text, kind tags (#call) dropped, one line of at most 140 characters.
 */
export function lineWords(line: string): string | null {
	let text = line
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/, "")
		.replace(/^#{1,6}\s+/, "")
		.replace(/\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/\[\[([^\]#|]*)(?:#[^\]]*)?\]\]/g, (_, target: string) => target.slice(target.lastIndexOf("/") + 1))
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		// Stryker disable next-line StringLiteral: spaces are collapsed and trimmed below; keeping the one before the tag changes nothing.
		.replace(/(^|\s)#(call|meet|message|event|gave|asked|other)\b/gi, "$1")
		.replace(/^\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?\s*[:—–-]?\s*/, "")
		.replace(/[*_`]+/g, "")
		.replace(/\s+/g, " ")
		.trim();
	if (text === "") return null;
	if (text.length > MAX_WORDS) text = `${text.slice(0, MAX_WORDS - 1).trimEnd()}…`;
	return text;
}

/**
 * The words of a contact in a note's text: the line at `line` when it is in the body, else (a link in the
 * properties, as meeting notes list their attendees) the first line of the body that says something.
 */
export function mentionWords(text: string, line: number | null): string | null {
	const lines = text.split(/\r\n|\r|\n/);
	let body = 0;
	if (lines[0]?.trim() === "---") {
		const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
		// Stryker disable next-line EqualityOperator: end is never 0 (the search starts at line 1).
		body = end < 0 ? lines.length : end + 1;
	}
	if (line !== null && line >= body && line < lines.length) return lineWords(lines[line] ?? "");
	// Stryker disable next-line EqualityOperator: one more turn reads no line ("") and finds no words.
	for (let i = body; i < lines.length; i++) {
		const words = lineWords(lines[i] ?? "");
		if (words !== null && !/^Reach out$/i.test(words)) return words;
	}
	return null;
}

/** Tags worth sharing something about: not the tags that only say "this is a person". */
export function interestTags(tags: readonly string[], personTags: readonly string[]): string[] {
	const markers = new Set(personTags.map((t) => t.toLowerCase()));
	// Neither the tags that mark a person nor the kind tags of log lines (#call, #asked) are interests.
	return tags.filter((t) => ![...markers].some((m) => t === m || t.startsWith(`${m}/`))
		&& !/^(people|contacts?)$/i.test(t) && !(INTERACTION_KINDS as readonly string[]).includes(t.toLowerCase()));
}

/** Suggested openers, most specific first; at most `max`. */
export function openers(input: {
	person: PersonView;
	recent: readonly RecentContact[];
	interests: readonly string[];
	today: Day;
	birthdayLeadDays: number;
	/** Out of touch this long (the reconnect setting): the last contact is said as "you last spoke …". */
	reconnectAfterDays?: number;
}, max = 5): Opener[] {
	const { person: p, recent, interests, today } = input;
	const out: Opener[] = [];
	for (const task of p.followUps.filter((t) => t.text).slice(0, 2)) out.push({ from: "follow-up", text: `Follow up: ${lineWords(task.text ?? "") ?? ""}` });
	// A goal written as a note to self ("ask about the move") reads as what to ask about.
	for (const goal of p.goals.slice(0, 2)) out.push({ from: "goal", text: `Ask how ${goal.replace(/^ask (?:about|how|if)\s+/i, "")} is going` });
	const last = recent[0];
	const dormant = last !== undefined && input.reconnectAfterDays !== undefined && daysBetween(last.date, today) >= input.reconnectAfterDays;
	// A dormant tie: say how long it has been first; people underestimate how welcome such a message is.
	if (last && dormant) out.unshift({ from: "last-time", text: `You last spoke ${agoIn(last.date, today)}${last.words ? `: ${last.words}` : ""}` });
	else if (last?.words) out.push({ from: "last-time", text: `Last time: ${last.words} (${agoIn(last.date, today)})` });
	if (p.nextBirthday) {
		const days = daysBetween(today, p.nextBirthday);
		if (days === 0) out.push({ from: "birthday", text: "Happy birthday!" });
		else if (days <= input.birthdayLeadDays) out.push({ from: "birthday", text: "Happy early birthday!" });
	}
	const event = p.events.at(-1);
	if (event && daysBetween(event.date, today) <= 60) {
		out.push({ from: "event", text: `Good to see you at ${event.path.slice(event.path.lastIndexOf("/") + 1).replace(/\.md$/i, "")}` });
	}
	for (const tag of interests.slice(0, 2)) out.push({ from: "interest", text: `Share something for ${tag.replace(/[-_/]/g, " ")}` });
	if (!p.lastContact) out.push({ from: "hello", text: "Say hello, and where you heard of them" });
	return out.slice(0, max);
}
