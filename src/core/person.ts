// Who is a person, and what their own note says: fields, log lines, and the problems found reading them.
import { parseCadence } from "./cadence";
import { type Day, parseBirthday, parseDay } from "./dates";
import { display, readField, textList, truthy } from "./fields";
import type { NoteMetadata, NoteRecord } from "./metadata";
import { exact, kept, own } from "./compact";
import { type FollowUp, type Interaction, type InteractionKind, type PersonFacts, type Problem } from "./model";
import { basename, inFolders, sameEntries } from "./paths";
import { inlineFields, mergedFields } from "./inline-fields";
import type { AscentSettings } from "./settings";

/** Every tag of a note, without `#`, lower case: body tags and the `tags`/`tag` property. */
export function noteTags(metadata: NoteMetadata): string[] {
	const fm = metadata.frontmatter;
	// Most notes have no tag at all (a build asks this of every daily note).
	// Stryker disable next-line ConditionalExpression,LogicalOperator: speed-only: the general path finds no tag either
	if ((metadata.tags === undefined || metadata.tags.length === 0) && (fm === undefined || (fm.tags === undefined && fm.tag === undefined))) return [];
	const tags = new Set<string>();
	// Stryker disable next-line Regex: a tag has one #, at its start
	for (const t of metadata.tags ?? []) tags.add(t.tag.replace(/^#/, "").toLowerCase());
	for (const key of ["tags", "tag"]) {
		const value = fm?.[key];
		// Split on commas and spaces (no part keeps a space; textList trims), and empty parts dropped.
		// Stryker disable next-line Regex: a run of separators gives empty parts, dropped below
		const list = typeof value === "string" ? value.split(/[,\s]+/) : textList(value);
		// Stryker disable next-line Regex: a tag has one #, at its start
		for (const t of list) if (t !== "") tags.add(t.replace(/^#/, "").toLowerCase());
	}
	return [...tags];
}

export function isExcluded(path: string, settings: AscentSettings): boolean {
	return inFolders(path, settings.excludedFolders) || (settings.excludedFiles?.some((f) => f.toLowerCase() === path.toLowerCase()) ?? false);
}

const TEMPLATE_TEXT = /\{\{[^{}\n]*\}\}|<%[\s\S]*?%>/;

/** Unfilled template syntax in a property (`{{date}}`, `<% tp.date.now() %>`): the note is a template, not a note. */
function looksLikeTemplate(value: unknown, depth = 0): boolean {
	// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only: the regular expression decides
	if (typeof value === "string") return (value.includes("{{") || value.includes("<%")) && TEMPLATE_TEXT.test(value);
	if (depth > 2 || value === null || typeof value !== "object" || value instanceof Date) return false;
	if (Array.isArray(value)) return value.some((v) => looksLikeTemplate(v, depth + 1));
	// YAML reads a bare `{{date}}` as a map whose key is the map `{ date }`.
	return Object.entries(value).some(([k, v]) => k.startsWith("{") || looksLikeTemplate(v, depth + 1));
}

/** A template: in a template folder, a template file, or with unfilled template syntax in its properties. */
export function isTemplateNote(record: NoteRecord, settings: AscentSettings): boolean {
	if (isExcluded(record.path, settings)) return true;
	const fm = record.metadata.frontmatter;
	for (const key in fm) if (looksLikeTemplate(fm[key])) return true;
	return false;
}

/** The text of a property value or a link to a note: `person`, `[[People]]`, `[[Notes/People|folks]]` → its name. */
export function markerText(value: string): string {
	// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only: plain words go through the general path unchanged
	if (!value.includes("[") && !value.includes("/")) return value.trim().toLowerCase();
	const link = /^\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]$/.exec(value.trim());
	// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
	const text = link ? (link[1] ?? "") : value;
	return text.slice(text.lastIndexOf("/") + 1).trim().toLowerCase();
}

/** The property markers in words: `type or category: person or people`, or "" when they are off. */
export function describeMarkers(settings: AscentSettings): string {
	const { personMarkerKeys: keys, personMarkerValues: values } = settings;
	if (keys.length === 0 || values.length === 0) return "";
	// Stryker disable next-line StringLiteral: both lists have entries here (checked above)
	const or = (list: readonly string[]) => (list.length === 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1] ?? ""}`);
	return `${or(keys)}: ${or(values)}`;
}

/** Where Ascent looks for people, in words: "the folders People or Contacts, the tags #person, or type: person". */
export function describeLookedIn(settings: AscentSettings): string {
	const folders = settings.personFolders.filter((f) => f.trim() !== "");
	const parts = [
		folders.length > 0 ? `the folder${folders.length > 1 ? "s" : ""} ${folders.join(", ")}` : "",
		settings.personTags.length > 0 ? `the tag${settings.personTags.length > 1 ? "s" : ""} ${settings.personTags.map((t) => `#${t}`).join(", ")}` : "",
		describeMarkers(settings),
	].filter((p) => p !== "");
	return parts.length === 0 ? "nowhere (every person setting is empty)" : parts.join("; ");
}

/** Marker keys and values, in lower case (values as `markerText` reads them). */
interface MarkerSets {
	keySet: ReadonlySet<string>;
	valueSet: ReadonlySet<string>;
}

function markerSetsOf(keys: readonly string[], values: readonly string[]): MarkerSets {
	return { keySet: new Set(keys.map((k) => k.toLowerCase())), valueSet: new Set(values.map((v) => markerText(v))) };
}

/** One of the marker's keys holds one of its values, as text or as a link, alone or in a list (also `[[People]]` unquoted). */
function markerMatches(frontmatter: Record<string, unknown> | undefined, { keySet, valueSet }: MarkerSets): boolean {
	// One pass over the note's keys (a handful), in any case, rather than a look-up per marker key.
	for (const key in frontmatter) {
		if (!keySet.has(key.toLowerCase())) continue;
		const value = frontmatter[key];
		if (typeof value === "string") {
			if (valueSet.has(markerText(value))) return true;
		} else if (Array.isArray(value)) {
			for (const item of value.flat()) if (typeof item === "string" && valueSet.has(markerText(item))) return true;
		}
	}
	return false;
}

/** An event note's marker (`type: event`): made once. */
const EVENT_MARKER = markerSetsOf(["type"], ["event"]);

let personMarker: { keys: string[]; values: string[]; sets: MarkerSets } | null = null;

/**
 * The person marker's sets from the settings' lists, made again only when the lists' entries change. (It shared one
 * cache with the event marker, which every dated note asks for between two people: each note made both again, 16 MB
 * of sets a build on the bench's large vault; PERFORMANCE.md, session 16.)
 */
function personMarkerSets(keys: readonly string[], values: readonly string[]): MarkerSets {
	if (personMarker && sameEntries(personMarker.keys, keys) && sameEntries(personMarker.values, values)) return personMarker.sets;
	// Stryker disable next-line ArrayDeclaration: a cache: a miss makes the same sets again
	personMarker = { keys: [...keys], values: [...values], sets: markerSetsOf(keys, values) };
	return personMarker.sets;
}

/** A note is a person by folder, by tag (prefix: `person` claims `#person/work`) or by property marker. */
export function isPerson(record: NoteRecord, settings: AscentSettings): boolean {
	return !isTemplateNote(record, settings) && claimsPerson(record, settings);
}

/** Whether a note that is no template (`isTemplateNote`) is a person: isPerson for a caller that has asked that already. */
export function claimsPerson(record: NoteRecord, settings: AscentSettings): boolean {
	if (!MARKDOWN.test(record.path)) return false;
	if (inFolders(record.path, settings.personFolders)) return true;
	if (markerMatches(record.metadata.frontmatter, personMarkerSets(settings.personMarkerKeys, settings.personMarkerValues))) return true;
	const tags = noteTags(record.metadata);
	// Stryker disable next-line ConditionalExpression: speed-only; with no tag, none matches below either.
	if (tags.length === 0) return false;
	const wanted = settings.personTags.map((t) => t.toLowerCase());
	return tags.some((tag) => wanted.some((w) => tag === w || tag.startsWith(`${w}/`)));
}

const MARKDOWN = /\.md$/i;

export function isEventNote(record: NoteRecord): boolean {
	return markerMatches(record.metadata.frontmatter, EVENT_MARKER);
}

/** A location as written: text, or a link's target name (`[[Places/Berlin|Berlin]]` → Berlin); the first of a list. */
export function locationOf(value: unknown): string | null {
	const first = textList(value)[0];
	if (first === undefined) return null;
	const link = /^\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/.exec(first);
	// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
	return link ? basename((link[1] ?? "").trim()).replace(/\.md$/i, "") : first;
}

const LOG_LINE = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[([xX])\][ \t]+)?(?:\[\[)?(\d{4}-\d{1,2}-\d{1,2})(?:\]\])?(?=[\s:,.–—-]|$)[ \t]*(?:[-–—:][ \t]*)?(.*)$/;
/** A kind tag: a whole tag (`#event` but not `#event-day` or `#events`), anywhere on the line. */
const KIND_TAG = /(^|\s)#(call|meet|met|meeting|message|msg|event|gave|give|asked|ask|intro|introduction)(?![\p{L}\p{N}_\-/])/giu;
const KIND_ALIASES: Record<string, InteractionKind> = { met: "meet", meeting: "meet", msg: "message", give: "gave", ask: "asked", introduction: "intro" };

/** Every kind a log line's tags name, in order, once each. */
export function kindsOf(text: string): InteractionKind[] {
	const kinds: InteractionKind[] = [];
	for (const match of text.matchAll(KIND_TAG)) {
		// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
		const tag = (match[2] ?? "").toLowerCase();
		// KIND_TAG matches kinds and their aliases only.
		const kind = (KIND_ALIASES[tag] ?? tag) as InteractionKind;
		if (!kinds.includes(kind)) kinds.push(kind);
	}
	return kinds;
}

/** Log lines in a person's note: `- 2026-11-20 coffee at the conference #meet`. Unticked tasks are plans, not contact. */
export function readLogLines(record: NoteRecord, problems: Problem[]): Interaction[] {
	const content = record.content;
	if (content === undefined) return [];
	const logs: Interaction[] = [];
	for (const item of record.metadata.listItems ?? []) {
		// Stryker disable next-line ConditionalExpression: speed-only: LOG_LINE does not match an open or cancelled task either
		if (item.task !== undefined && item.task !== "x" && item.task !== "X") continue;
		// Stryker disable next-line UnaryOperator,Regex: a line ends at \n; only its last \r belongs to the ending
		const lineEnd = content.indexOf("\n", item.position.start.offset);
		const lineText = content.slice(item.position.start.offset, lineEnd === -1 ? content.length : lineEnd).replace(/\r$/, "");
		const match = LOG_LINE.exec(lineText);
		if (!match) continue;
		const parsed = parseDay(match[2]);
		const line = item.position.start.line;
		if (!parsed.ok) {
			// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
			problems.push({ path: record.path, field: `log line ${line + 1}`, value: own(match[2] ?? ""), message: `the date ${parsed.message}` });
			continue;
		}
		// Stryker disable next-line StringLiteral: the group always matched (TypeScript cannot know it)
		// Its own copy (compact.ts own): the index keeps the words, not the note's whole text.
		const text = own((match[3] ?? "").trim());
		const kinds = kindsOf(text);
		const entry: Interaction = { date: parsed.value, source: "log", path: record.path, kind: kinds[0] ?? "other", text, line };
		// Stryker disable next-line ConditionalExpression,EqualityOperator: memory-only: one kind is `kind` already
		if (kinds.length > 1) entry.kinds = kinds;
		logs.push(entry);
	}
	return logs;
}

/** A note's aliases, as its properties list them. */
export function aliasesOf(record: NoteRecord): string[] {
	const field = readField(record.metadata.frontmatter, ["aliases", "alias"]);
	return field ? textList(field.value) : [];
}

/** A task's start up to its words (`- [ ] `), read in place: `lastIndex` is where the words start. */
const TASK_START = /[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\][ \t]*/y;
const LINE_BREAKS = /[\r\u2028\u2029]/;

/**
 * The text of a task line after its checkbox: `- [ ] ask about a referral` → `ask about a referral`. Read in place
 * in `content` (no copy of the line, no match list: this runs for every task of every note at a build); a line with a
 * line break of another kind inside (a lone `\r`, U+2028) is no task, as it was when the line was matched whole.
 */
export function taskText(content: string | undefined, offset: number): string | null {
	if (content === undefined) return null;
	TASK_START.lastIndex = offset;
	if (!TASK_START.test(content)) return null;
	const start = TASK_START.lastIndex;
	let end = content.indexOf("\n", start);
	if (end === -1) end = content.length;
	// One `\r` before the line's end is the line's own (CRLF); the words start after the box's `]` or a space, never a `\r`.
	if (content.charCodeAt(end - 1) === 13) end--;
	const words = content.slice(start, end);
	// Its own copy (compact.ts own): the index keeps the task's words, not the note's whole text.
	return LINE_BREAKS.test(words) ? null : own(words.trim());
}

/** The text of the task on `line` (0-based) of `content`, or null when that line holds no task. */
export function taskTextAt(content: string, line: number): string | null {
	let offset = 0;
	for (let l = 0; l < line; l++) {
		const next = content.indexOf("\n", offset);
		if (next === -1) return null;
		offset = next + 1;
	}
	return taskText(content, offset);
}

/** Open (unticked) tasks in a note, as follow-ups. */
export function openTasks(record: NoteRecord): FollowUp[] {
	return (record.metadata.listItems ?? []).filter((i) => i.task === " ").map((i) => ({
		path: record.path, line: i.position.start.line, text: taskText(record.content, i.position.start.offset),
	}));
}

/**
 * Reads everything a person's own note says. Never throws: unreadable values become problems. Nothing here
 * depends on today's date (dates in the future are judged when the person is viewed), so facts stay valid overnight.
 */
export function readPerson(record: NoteRecord, settings: AscentSettings): PersonFacts {
	// Dataview inline fields (`last-contact:: 2026-10-01`) count where no property of that name exists.
	const fm = mergedFields(record.metadata.frontmatter, inlineFields(record.content, record.metadata));
	const keys = settings.fieldKeys;
	const problems: Problem[] = [];
	const problem = (field: string, value: unknown, message: string) =>
		problems.push({ path: record.path, field, value: display(value), message });
	if (record.fileError) problem("file", "", record.fileError);
	if (record.frontmatterError) problem("frontmatter", "", record.frontmatterError);

	const dateField = (names: string[], label: string): Day | null => {
		const field = readField(fm, names);
		if (!field) return null;
		const parsed = parseDay(field.value);
		if (!parsed.ok) {
			problem(field.key, field.value, `${label} ${parsed.message}`);
			return null;
		}
		return parsed.value;
	};

	let cadenceDays: number | null | undefined;
	const cadence = readField(fm, keys.cadence);
	if (cadence) {
		const parsed = parseCadence(cadence.value);
		if (parsed.ok) cadenceDays = parsed.value.days;
		else problem(cadence.key, cadence.value, `the cadence ${parsed.message}`);
	}

	let tier: string | null = null;
	let tierCadenceDays: number | null = null;
	const tierField = readField(fm, keys.tier);
	if (tierField) {
		const name = textList(tierField.value)[0] ?? "";
		const found = settings.tiers.find((t) => t.name.toLowerCase() === name.toLowerCase());
		if (found) {
			tier = found.name;
			tierCadenceDays = found.cadenceDays;
		} else {
			problem(tierField.key, tierField.value, `"${name}" is not a tier; the tiers are ${settings.tiers.map((t) => t.name).join(", ")}`);
		}
	}

	let propertyContact: Interaction | null = null;
	const lastField = readField(fm, keys.lastContact);
	const last = dateField(keys.lastContact, "the last contact date");
	if (last !== null && lastField) propertyContact = { date: last, source: "property", path: record.path, kind: "other", text: lastField.key };

	let birthday: string | null = null;
	let birthYear: number | null = null;
	const bday = readField(fm, keys.birthday);
	if (bday) {
		const parsed = parseBirthday(bday.value);
		if (parsed.ok) {
			birthday = parsed.value.monthDay;
			birthYear = parsed.value.year;
		} else {
			problem(bday.key, bday.value, `the birthday ${parsed.message}`);
		}
	}

	const pausedField = readField(fm, keys.paused);

	const goalsField = readField(fm, keys.goals);
	return {
		path: record.path,
		name: basename(record.path),
		// Lists built by push keep spare room (V8's first push makes room for 17): exact() keeps only what they hold.
		aliases: exact(aliasesOf(record)),
		tags: kept(noteTags(record.metadata)),
		cadenceDays,
		tier,
		tierCadenceDays,
		goals: goalsField ? exact(textList(goalsField.value)) : kept([]),
		offers: exact(textList(readField(fm, keys.offers)?.value)),
		needs: exact(textList(readField(fm, keys.needs)?.value)),
		location: locationOf(readField(fm, keys.location)?.value),
		met: dateField(keys.met, "the first-met date"),
		// Quietly: `created` is often written by other tools in forms Ascent need not read.
		created: ((v) => (v?.ok ? v.value : null))(((f) => (f ? parseDay(f.value) : null))(readField(fm, keys.created))),
		nextContact: dateField(keys.nextContact, "the next contact date"),
		birthday,
		birthYear,
		snoozeUntil: dateField(keys.snoozeUntil, "the snooze date"),
		paused: pausedField ? truthy(pausedField.value) : false,
		propertyContact,
		logs: exact(readLogLines(record, problems)),
		followUps: kept(openTasks(record)),
		problems: kept(problems),
		ctime: record.ctime ?? null,
	};
}

/** A person's tags for search, or none when the person is unknown. */
export function personTagsOf(facts: PersonFacts | undefined): string[] {
	return facts?.tags ?? [];
}
