// Dated notes (daily notes, notes with a date, event notes) and which of their links count as contact.
import { exact, kept } from "./compact";
import { dailyNoteMatcher, type DailyNoteFormat, fileNameDayReader } from "./dailynotes";
import { type Day, parseDay } from "./dates";
import { isEmpty, readField } from "./fields";
import type { ListItemRef, NoteMetadata, NoteRecord, Pos, SectionRef } from "./metadata";
import type { InteractionKind } from "./model";
import { NoteTask } from "./note-task";
import { inlineFields } from "./inline-fields";
import { isEventNote, isExcluded, isTemplateNote, markerText, taskText } from "./person";
import { linkKey, sameEntries } from "./paths";
import type { AscentSettings } from "./settings";

export interface DatedNoteFacts {
	path: string;
	date: Day;
	kind: InteractionKind;
	/** The link texts that count as contact with whoever they resolve to. */
	links: string[];
	/** Open tasks with a link: follow-ups for whoever the link resolves to. */
	followUps: NoteTask[];
	/** Counted links on a line tagged #intro: an introduction, value given to whoever they reach. */
	introduced: string[];
}

const INTRO_TAG = /^#(intro|introduction)$/i;

/** The counted links that share a line with an #intro tag (tags and links located by the metadata, nothing read). */
export function introducedLinks(metadata: NoteMetadata, counted: readonly string[]): string[] {
	// Most notes have no #intro line: no set made for them (20,000 sets a build on the bench's large vault).
	let lines: Set<number> | null = null;
	for (const tag of metadata.tags ?? []) if (INTRO_TAG.test(tag.tag)) (lines ??= new Set<number>()).add(tag.position.start.line);
	if (lines === null) return NO_LINKS;
	const out: string[] = [];
	for (const link of metadata.links ?? []) {
		if (lines.has(link.position.start.line) && counted.includes(link.link) && !out.includes(link.link)) out.push(link.link);
	}
	return out;
}

const NO_LINKS: string[] = [];

function within(pos: Pos, outer: Pos): boolean {
	// Stryker disable next-line EqualityOperator: a link never starts where its quote or callout does (at its `>`)
	return pos.start.offset >= outer.start.offset && pos.end.offset <= outer.end.offset;
}

const QUIET = new Set(["blockquote", "callout", "comment"]);
const NO_SECTIONS: SectionRef[] = [];
const NO_ITEMS: ListItemRef[] = [];

/**
 * The innermost list item whose lines hold each line asked for, in one pass when the lines come in order (as a
 * note's links do): items open as the lines reach them and are let go once a line passes their end, so a note with
 * thousands of items and links costs their sum, not their product. A line asked out of order starts over.
 */
class ItemAt {
	private next = 0;
	// Stryker disable next-line UnaryOperator: speed-only; starting over from the first item finds the same one.
	private lastLine = -1;
	/** Items that started at or before the last line, the latest on top; ended ones leave when they surface. */
	private readonly open: ListItemRef[] = [];

	private items: readonly ListItemRef[] = [];

	/** Starts on another note's items (one walker serves every note: contactLinks runs for each note at a build). */
	reset(items: readonly ListItemRef[]): this {
		this.items = items;
		this.next = 0;
		// Stryker disable next-line UnaryOperator: speed-only; starting over from the first item finds the same one.
		this.lastLine = -1;
		this.open.length = 0;
		return this;
	}

	at(line: number): ListItemRef | null {
		// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; starting over finds the same item.
		if (line < this.lastLine) {
			this.next = 0;
			this.open.length = 0;
		}
		this.lastLine = line;
		const { items, open } = this;
		while (this.next < items.length && (items[this.next] as ListItemRef).position.start.line <= line) open.push(items[this.next++] as ListItemRef);
		while (open.length > 0 && (open[open.length - 1] as ListItemRef).position.end.line < line) open.pop();
		// Item spans exclude their children, so the latest item still open is the innermost one holding the line.
		return open[open.length - 1] ?? null;
	}
}

const ITEMS = new ItemAt();

/**
 * Links that record contact. Not counted: links in unticked (or cancelled) tasks, which are plans; in blockquotes,
 * callouts and comments, which quote or hide; embeds; and frontmatter links. A ticked task counts: it was done.
 * Linear in the note's links, sections and list items (each walked once when the links come in order).
 */
export function contactLinks(metadata: NoteMetadata, openTaskLinks?: { link: string; item: ListItemRef }[]): string[] {
	const sections = metadata.sections ?? NO_SECTIONS;
	// Stryker disable next-line ConditionalExpression,StringLiteral: defensive: neither Obsidian nor the disk reader lists a link inside a comment
	const quiet = sections.some((s) => QUIET.has(s.type)) ? sections.filter((s) => QUIET.has(s.type)) : NO_SECTIONS;
	const items = ITEMS.reset(metadata.listItems ?? []);
	// Sections come in order and do not overlap (Obsidian's and the disk reader's): the one section that can hold a
	// link is the first that does not end before it. Sections in any other order are each looked at.
	// Stryker disable next-line ArrowFunction,EqualityOperator: speed-only; a note taken for out of order has each section looked at.
	const ordered = quiet.every((s, i) => i === 0 || s.position.start.offset >= (quiet[i - 1] as SectionRef).position.end.offset);
	const out: string[] = [];
	let q = 0;
	// Stryker disable next-line UnaryOperator: speed-only; starting over from the first section finds the same one.
	let lastOffset = -1;
	for (const link of metadata.links ?? []) {
		const offset = link.position.start.offset;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; starting over finds the same section.
		if (offset < lastOffset) q = 0;
		lastOffset = offset;
		if (ordered) {
			// Stryker disable next-line EqualityOperator: a section that ends where a link starts cannot hold it either.
			while (q < quiet.length && (quiet[q] as SectionRef).position.end.offset < offset) q++;
			const section = quiet[q];
			if (section && within(link.position, section.position)) continue;
		} else if (quiet.some((s) => within(link.position, s.position))) continue;
		const item = items.at(link.position.start.line);
		if (item && item.task !== undefined && item.task !== "x" && item.task !== "X") {
			if (item.task === " ") openTaskLinks?.push({ link: link.link, item });
			continue;
		}
		out.push(link.link);
	}
	items.reset(NO_ITEMS);
	return out;
}

/** Links written in a property's value: `"[[Ann Lee]]"`, a list of them, or `[[Ann Lee]]` unquoted (YAML reads a list). */
function propertyLinks(value: unknown, out: string[], depth = 0): void {
	if (typeof value === "string") {
		for (const match of value.matchAll(/(!?)\[\[([^\]\n]+)\]\]/g)) {
			if (match[1] === "!") continue;
			// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
			const inner = match[2] ?? "";
			const bar = inner.indexOf("|");
			// `[[|Ann]]` names no note.
			const link = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
			if (link !== "") out.push(link);
		}
	} else if (Array.isArray(value) && depth < 3) {
		// `people: [[Ann Lee]]` without quotes is a list holding a list holding the name.
		if (depth > 0 && value.length === 1 && typeof value[0] === "string" && !value[0].includes("[[")) out.push(value[0].trim());
		else for (const item of value) propertyLinks(item, out, depth + 1);
	}
}

/** Lower-case key → its rank in a key list (earlier keys win), made again only when the lists' entries change. */
let keyRanks: { contact: string[]; channel: string[]; contactRank: Map<string, number>; channelRank: Map<string, number> } | null = null;

function ranks(settings: AscentSettings): NonNullable<typeof keyRanks> {
	if (keyRanks && sameEntries(keyRanks.contact, settings.contactPropertyKeys) && sameEntries(keyRanks.channel, settings.channelPropertyKeys)) return keyRanks;
	const rank = (keys: readonly string[]) => {
		const map = new Map<string, number>();
		keys.forEach((k, i) => { if (!map.has(k.toLowerCase())) map.set(k.toLowerCase(), i); });
		return map;
	};
	keyRanks = {
		// Stryker disable next-line ArrayDeclaration: a cache: a miss recomputes the same ranks
		contact: [...settings.contactPropertyKeys], channel: [...settings.channelPropertyKeys],
		contactRank: rank(settings.contactPropertyKeys), channelRank: rank(settings.channelPropertyKeys),
	};
	return keyRanks;
}

/**
 * One pass over a dated note's properties (a handful of keys, each lower-cased once): adds the links under the
 * contact keys (`people`, `attendees`, …; an event's `attendees` always) to `links`, and returns the value of the
 * first channel key present (earlier keys in the setting win).
 */
function scanProperties(frontmatter: Record<string, unknown> | undefined, settings: AscentSettings, event: boolean, links: string[]): unknown {
	const { contactRank, channelRank } = ranks(settings);
	let channel: unknown;
	let channelAt = Infinity;
	for (const key in frontmatter) {
		// Stryker disable next-line ConditionalExpression: defensive: parsed properties have no inherited keys
		if (!Object.prototype.hasOwnProperty.call(frontmatter, key)) continue;
		const lower = key.toLowerCase();
		const value = frontmatter[key];
		if (contactRank.has(lower) || (event && lower === "attendees")) propertyLinks(value, links);
		const at = channelRank.get(lower);
		// Stryker disable next-line EqualityOperator: an equal rank is one key written in two cases; either value is the note's
		if (at !== undefined && at < channelAt && !isEmpty(value)) {
			channel = value;
			channelAt = at;
		}
	}
	return channel;
}

/** The words notes use for a channel, and the kind each stands for. */
const CHANNELS: Record<string, InteractionKind> = {
	call: "call", phone: "call", "phone-call": "call", "video-call": "call", videocall: "call", zoom: "call", voice: "call",
	email: "message", "e-mail": "message", mail: "message", message: "message", msg: "message", text: "message",
	sms: "message", chat: "message", dm: "message", letter: "message",
	meet: "meet", meeting: "meet", met: "meet", "in-person": "meet", coffee: "meet", lunch: "meet", dinner: "meet",
	"1:1": "meet", "one-on-one": "meet",
	event: "event", conference: "event", meetup: "event",
};

/** The kind a channel property names (`kind: call`, `channel: [[Email]]`, `type: meeting`), or null. */
export function channelKind(value: unknown): InteractionKind | null {
	const items = Array.isArray(value) ? value.flat() : [value];
	for (const item of items) {
		// Stryker disable next-line MethodExpression: defensive: an embed's text is no channel word either
		if (typeof item !== "string" || item.trim().startsWith("!")) continue;
		const word = markerText(item).replace(/\s+/g, "-");
		const kind = CHANNELS[word];
		if (kind) return kind;
	}
	return null;
}

/** A date written as text, a link (`"[[2025-09-22]]"`) or an unquoted link (a list holding a list). */
function propertyDay(value: unknown): Day | null {
	let v = value;
	for (let i = 0; i < 2 && Array.isArray(v) && v.length === 1; i++) v = v[0];
	const parsed = parseDay(v);
	return parsed.ok ? parsed.value : null;
}

/** How a note's date is read from its path: the daily-notes convention, and dates at the start of file names. */
export interface DateReaders {
	daily: (path: string) => Day | null;
	/** Null when dates in file names are turned off. */
	fileName: ((path: string) => Day | null) | null;
}

/** How dates are read from paths, as the settings and the daily-notes format say. */
export function dateReaders(settings: AscentSettings, dailyNotes: DailyNoteFormat, daily?: (path: string) => Day | null): DateReaders {
	return {
		daily: daily ?? dailyNoteMatcher(dailyNotes),
		fileName: settings.datesFromFileNames ? fileNameDayReader(dailyNotes.format) : null,
	};
}

/** The date of a note kept only for its open tasks: it records no contact, and sorts after every dated note. */
export const UNDATED = "";

/** The open tasks that link someone, as the index keeps them. */
function noteTasks(record: NoteRecord, open: readonly { link: string; item: ListItemRef }[]): NoteTask[] {
	return open.map(({ link, item }) => new NoteTask(record.path, item.position.start.line, taskText(record.content, item.position.start.offset), link));
}

/**
 * An undated note that holds open tasks with links (`- [ ] ask [[Sam]] for referrals 📅 2026-12-05` in a project
 * note): kept for those follow-ups only, with no links that count as contact; null when it holds none.
 */
function tasksOnly(record: NoteRecord): DatedNoteFacts | null {
	// Stryker disable next-line ConditionalExpression,LogicalOperator,ArrayDeclaration: speed-only: contactLinks finds no open task link either
	if (!(record.metadata.listItems ?? []).some((i) => i.task === " ") || (record.metadata.links ?? []).length === 0) return null;
	const open: { link: string; item: ListItemRef }[] = [];
	contactLinks(record.metadata, open);
	// Stryker disable next-line ConditionalExpression: memory-only: a note with no follow-ups would be kept for nothing
	if (open.length === 0) return null;
	const followUps = noteTasks(record, open);
	// Stryker disable next-line ArrayDeclaration: an undated note's links are never read as contact (its interaction has no day)
	return { path: record.path, date: UNDATED, kind: "mention", links: [], followUps, introduced: NO_LINKS };
}

/**
 * A dated note's date and counted links; for an undated note, only its open tasks that link someone (`UNDATED`);
 * null for a note that is neither. Its date comes from, in order: the
 * daily-notes convention, the date property (text or a link), a date at the start of its file name, a `date::`
 * inline field. Its kind: event notes are events; otherwise a channel property (`kind: call`) or inline field.
 */
export function readDatedNote(record: NoteRecord, settings: AscentSettings, readers: DateReaders): DatedNoteFacts | null {
	return isTemplateNote(record, settings) ? null : datedFacts(record, settings, readers);
}

/** readDatedNote for a note that is no template (`isTemplateNote`), for a caller that has asked that already. */
export function datedFacts(record: NoteRecord, settings: AscentSettings, readers: DateReaders): DatedNoteFacts | null {
	const fm = record.metadata.frontmatter;
	let date = readers.daily(record.path);
	// Stryker disable next-line ConditionalExpression,StringLiteral: no note has a property named "" (the setting turned off)
	if (date === null && settings.datePropertyKey !== "") {
		const field = readField(fm, [settings.datePropertyKey]);
		if (field) date = propertyDay(field.value);
	}
	if (date === null && readers.fileName) date = readers.fileName(record.path);
	// Stryker disable next-line ConditionalExpression,StringLiteral: no inline field is named "" (the setting turned off)
	if (date === null && settings.datePropertyKey !== "") {
		const inline = inlineFields(record.content, record.metadata);
		const field = inline ? readField(inline, [settings.datePropertyKey]) : null;
		if (field) date = propertyDay(field.value);
	}
	if (date === null) return tasksOnly(record);
	const event = isEventNote(record);
	const open: { link: string; item: ListItemRef }[] = [];
	const links = contactLinks(record.metadata, open);
	const followUps = noteTasks(record, open);
	const channel = scanProperties(fm, settings, event, links);
	const kind: InteractionKind = event ? "event" : channelKind(channel) ?? "mention";
	// Kept by the index for as long as the note is: without the spare room `push` leaves.
	return { path: record.path, date, kind, links: exact(links), followUps: kept(followUps), introduced: introducedLinks(record.metadata, links) };
}

/**
 * Whether a note holds an open task that links a person (`isPersonName` takes a link's lower-case name): its words,
 * and the due date they may carry, are text that metadata does not hold, so the plugin reads such a note too.
 */
export function hasOpenTaskLinking(record: NoteRecord, isPersonName: (name: string) => boolean): boolean {
	const open = (record.metadata.listItems ?? []).filter((i) => i.task === " ");
	// Stryker disable next-line ConditionalExpression: speed-only: with no open task the loop finds none
	if (open.length === 0) return false;
	// One pass when links come in order: the tasks started by a link's line, and the furthest line they reach.
	let next = 0;
	let reach = -1;
	// Stryker disable next-line UnaryOperator: speed-only; starting over from the first task finds the same tasks.
	let lastLine = -1;
	for (const link of record.metadata.links ?? []) {
		const line = link.position.start.line;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; starting over finds the same tasks.
		if (line < lastLine) {
			next = 0;
			reach = -1;
		}
		lastLine = line;
		while (next < open.length && (open[next] as ListItemRef).position.start.line <= line) reach = Math.max(reach, (open[next++] as ListItemRef).position.end.line);
		if (reach >= line && isPersonName(linkKey(link.link))) return true;
	}
	return false;
}

/**
 * Whether the index needs a note's text to know its date: a note that is not dated by its path or properties and
 * that links someone (`isPersonName` takes a link's lower-case name) may be dated by a `date::` inline field. Inside
 * Obsidian only these notes (and people) are read; every other date comes from metadata.
 */
export function needsTextForDate(record: NoteRecord, settings: AscentSettings, dates: DateReaders, isPersonName: (name: string) => boolean): boolean {
	if (settings.datePropertyKey === "" || isExcluded(record.path, settings)) return false;
	if (dates.daily(record.path) !== null || dates.fileName?.(record.path)) return false;
	const { metadata } = record;
	if (readField(metadata.frontmatter, [settings.datePropertyKey])) return false;
	for (const link of metadata.links ?? []) if (isPersonName(linkKey(link.link))) return true;
	for (const link of metadata.frontmatterLinks ?? []) if (isPersonName(linkKey(link.link))) return true;
	return false;
}
