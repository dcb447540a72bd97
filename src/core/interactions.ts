// Dated notes (daily notes, notes with a date, event notes) and which of their links count as contact.
import { type Day, parseDay } from "./dates";
import { readField } from "./fields";
import type { ListItemRef, NoteMetadata, NoteRecord, Pos } from "./metadata";
import type { FollowUp, InteractionKind } from "./model";
import { isEventNote, isExcluded, taskText } from "./person";
import type { AscentSettings } from "./settings";

export interface DatedNoteFacts {
	path: string;
	date: Day;
	kind: InteractionKind;
	/** The link texts that count as contact with whoever they resolve to. */
	links: string[];
	/** Links in open tasks: follow-ups for whoever they resolve to. */
	followUps: { link: string; task: FollowUp }[];
}

function within(pos: Pos, outer: Pos): boolean {
	return pos.start.offset >= outer.start.offset && pos.end.offset <= outer.end.offset;
}

/**
 * Links that record contact. Not counted: links in unticked (or cancelled) tasks, which are plans; in blockquotes,
 * callouts and comments, which quote or hide; embeds; and frontmatter links. A ticked task counts: it was done.
 */
export function contactLinks(metadata: NoteMetadata, openTaskLinks?: { link: string; item: ListItemRef }[]): string[] {
	const quiet = (metadata.sections ?? []).filter((s) => s.type === "blockquote" || s.type === "callout" || s.type === "comment");
	const items = metadata.listItems ?? [];
	const out: string[] = [];
	for (const link of metadata.links ?? []) {
		if (quiet.some((s) => within(link.position, s.position))) continue;
		const line = link.position.start.line;
		// Item spans exclude their children, so the item whose lines hold the link is the innermost one.
		let item = null;
		for (const candidate of items) {
			if (candidate.position.start.line <= line && candidate.position.end.line >= line) item = candidate;
		}
		if (item && item.task !== undefined && item.task !== "x" && item.task !== "X") {
			if (item.task === " ") openTaskLinks?.push({ link: link.link, item });
			continue;
		}
		out.push(link.link);
	}
	return out;
}

/** A dated note's date and counted links, or null for a note that is not dated. */
export function readDatedNote(
	record: NoteRecord,
	settings: AscentSettings,
	dailyDate: (path: string) => Day | null,
): DatedNoteFacts | null {
	if (isExcluded(record.path, settings)) return null;
	let date = dailyDate(record.path);
	if (date === null && settings.datePropertyKey !== "") {
		const field = readField(record.metadata.frontmatter, [settings.datePropertyKey]);
		const parsed = field ? parseDay(field.value) : null;
		if (parsed?.ok) date = parsed.value;
	}
	if (date === null) return null;
	const event = isEventNote(record);
	const open: { link: string; item: ListItemRef }[] = [];
	const links = contactLinks(record.metadata, open);
	const followUps = open.map(({ link, item }) => ({
		link, task: { path: record.path, line: item.position.start.line, text: taskText(record.content, item.position.start.offset) },
	}));
	if (event) {
		for (const fl of record.metadata.frontmatterLinks ?? []) {
			if (fl.key === "attendees" || fl.key.startsWith("attendees.")) links.push(fl.link);
		}
	}
	return { path: record.path, date, kind: event ? "event" : "mention", links, followUps };
}
