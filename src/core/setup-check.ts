// The setup check: what the vault holds that looks like people and contact, what each setting matches, and the
// settings that would read the rest, each with the number of notes it would add. Reads metadata only, one note per
// step (the plugin runs it in slices; on 30,000 notes it never holds the app for more than one).
import type { DailyNoteFormat } from "./dailynotes";
import { type DateReaders, dateReaders } from "./interactions";
import type { NoteRecord } from "./metadata";
import { basename, fold, folderOf, inFolders, linkKey } from "./paths";
import { isPerson, isTemplateNote, markerText, noteTags } from "./person";
import { runAll } from "./steps";
import type { AscentSettings } from "./settings";

export type SettingsChange =
	| { kind: "add-folder"; folder: string }
	| { kind: "add-marker"; key: string; value: string }
	| { kind: "add-tag"; tag: string }
	| { kind: "add-contact-key"; key: string }
	| { kind: "daily-notes"; folder: string; format: string };

export interface Finding {
	text: string;
	count: number;
}

export interface Suggestion extends Finding {
	/** Stable across runs: the change itself. */
	id: string;
	/** What "Use this" changes, in words. */
	setting: string;
	change: SettingsChange;
}

export interface SetupReport {
	people: number;
	datedNotes: number;
	/** What each setting matches now. */
	matches: Finding[];
	/** What the vault holds that looks like people or contact. */
	found: Finding[];
	/** Settings that would read more of it, most notes first. */
	suggestions: Suggestion[];
}

/** Words that name people, in folder names (after any numbering: `10 People`, `03-Contacts`), markers and tags. */
const PEOPLE_WORDS = new Set(["people", "person", "persons", "contact", "contacts", "crm", "network", "friends", "colleagues", "relationships", "connections"]);
/** Property keys whose links are references, never contact (also in the README). */
const REFERENCE_KEYS = new Set(["author", "authors", "host", "artist", "guests", "company", "org", "organization", "deal", "source", "related",
	"up", "parent", "project", "topics", "tags", "categories", "category", "type", "aliases"]);
const ISO_NAME = /^\d{4}-\d{2}-\d{2}$/;

function peopleWord(name: string): boolean {
	return PEOPLE_WORDS.has(name.replace(/^[\d\s._-]+/, "").trim().toLowerCase());
}

/** The deepest folder of a path whose name is a people word, as a path from the root. */
function peopleFolder(path: string): string | null {
	const parts = path.split("/");
	// Stryker disable next-line ArithmeticOperator,StringLiteral: starting past the last folder reads no folder (undefined) first; parts[i] is always there.
	for (let i = parts.length - 2; i >= 0; i--) if (peopleWord(parts[i] ?? "")) return parts.slice(0, i + 1).join("/");
	return null;
}

/** "1 note", "3 notes". */
export function notes(count: number, noun = "note"): string {
	return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function bump<K>(map: Map<K, number>, key: K, n = 1): void {
	map.set(key, (map.get(key) ?? 0) + n);
}

/** Applies a suggestion's change to settings (the caller saves them). */
export function applyChange(settings: AscentSettings, change: SettingsChange): void {
	// New lists rather than pushes: whoever holds the old list keeps what it said.
	const add = (list: string[], value: string) => (list.some((v) => v.toLowerCase() === value.toLowerCase()) ? list : [...list, value]);
	switch (change.kind) {
		case "add-folder": settings.personFolders = add(settings.personFolders, change.folder); break;
		case "add-marker":
			settings.personMarkerKeys = add(settings.personMarkerKeys, change.key);
			settings.personMarkerValues = add(settings.personMarkerValues, change.value);
			break;
		case "add-tag": settings.personTags = add(settings.personTags, change.tag); break;
		case "add-contact-key": settings.contactPropertyKeys = add(settings.contactPropertyKeys, change.key); break;
		case "daily-notes": settings.dailyNotesFolder = change.folder; settings.dailyNotesFormat = change.format; break;
	}
}

export interface SetupInput {
	records: readonly NoteRecord[];
	settings: AscentSettings;
	dailyNotes: DailyNoteFormat;
	dailyNotesConfigured: boolean;
	dailyDate?: (path: string) => string | null;
}

export function setupCheck(input: SetupInput): SetupReport {
	return runAll(setupCheckSteps(input));
}

/** The check, one note per step (twice over the vault: people first, then the notes that may be contact). */
export function* setupCheckSteps(input: SetupInput): Generator<void, SetupReport, void> {
	const { records, settings } = input;
	const dates: DateReaders = dateReaders(settings, input.dailyNotes, input.dailyDate);
	const people = new Set<string>();
	const names = new Set<string>();
	const folderCounts = new Map<string, number>();
	const tagCounts = new Map<string, number>();
	const markerCounts = new Map<string, { key: string; value: string; count: number }>();
	const candidates = new Map<string, string[]>();
	const byFolderSetting = new Map<string, number>();
	const byTagSetting = new Map<string, number>();
	let byMarker = 0;
	const candidate = (path: string, id: string) => {
		const list = candidates.get(id);
		if (list) list.push(path);
		else candidates.set(id, [path]);
	};
	for (const record of records) {
		yield;
		if (!record.path.toLowerCase().endsWith(".md") || isTemplateNote(record, settings)) continue;
		const fm = record.metadata.frontmatter;
		const tags = noteTags(record.metadata);
		// Stryker disable next-line ConditionalExpression,MethodExpression,StringLiteral: speed-only; inFolders matches no note to an empty folder.
		for (const folder of settings.personFolders) if (folder.trim() !== "" && inFolders(record.path, [folder])) bump(byFolderSetting, folder);
		for (const tag of settings.personTags) if (tags.some((t) => t === tag.toLowerCase() || t.startsWith(`${tag.toLowerCase()}/`))) bump(byTagSetting, tag);
		const person = isPerson(record, settings);
		if (person) {
			people.add(record.path);
			names.add(fold(basename(record.path)));
			if (fm && settings.personMarkerKeys.some((k) => fm[k] !== undefined)) byMarker++;
			continue;
		}
		const folder = peopleFolder(record.path);
		if (folder !== null) {
			bump(folderCounts, folder);
			candidate(record.path, `folder:${folder}`);
		}
		for (const tag of tags) {
			if (!peopleWord(tag)) continue;
			bump(tagCounts, tag);
			candidate(record.path, `tag:${tag}`);
		}
		for (const [key, raw] of Object.entries(fm ?? {})) {
			// Tags are suggested as tags (above), not again as a marker `tags: crm`.
			if (/^tags?$/i.test(key)) continue;
			const values = (Array.isArray(raw) ? raw.flat() : [raw]).filter((v): v is string => typeof v === "string");
			for (const value of values) {
				const word = markerText(value);
				if (!peopleWord(word)) continue;
				const id = `marker:${key}:${word}`;
				const entry = markerCounts.get(id);
				if (entry) entry.count++;
				else markerCounts.set(id, { key, value: word, count: 1 });
				candidate(record.path, id);
			}
		}
	}
	// Whoever a suggestion would add is a person for the question "whom do these notes link?".
	for (const paths of candidates.values()) for (const path of paths) names.add(fold(basename(path)));

	const contactKeys = new Set(settings.contactPropertyKeys.map((k) => k.toLowerCase()));
	const keyNotes = new Map<string, number>();
	const otherKeyNotes = new Map<string, number>();
	const isoFolders = new Map<string, number>();
	let dated = 0;
	let daily = 0;
	let byProperty = 0;
	let byName = 0;
	for (const record of records) {
		yield;
		// Stryker disable next-line StringLiteral: a file that is not a note (a canvas) is neither daily nor dated below.
		if (people.has(record.path) || !record.path.toLowerCase().endsWith(".md") || isTemplateNote(record, settings)) continue;
		const isDaily = dates.daily(record.path) !== null;
		if (!isDaily && ISO_NAME.test(basename(record.path))) bump(isoFolders, folderOf(record.path));
		// Stryker disable next-line ConditionalExpression,StringLiteral: no property is named "" (the setting turned off).
		const hasProperty = settings.datePropertyKey !== "" && record.metadata.frontmatter?.[settings.datePropertyKey] !== undefined;
		// Stryker disable next-line ConditionalExpression,LogicalOperator: a daily note or one with the property is counted as such before the name is asked.
		const isNamed = !isDaily && !hasProperty && dates.fileName !== null && dates.fileName(record.path) !== null;
		if (isDaily) daily++;
		else if (hasProperty) byProperty++;
		else if (isNamed) byName++;
		if (!isDaily && !hasProperty && !isNamed) continue;
		dated++;
		const seen = new Set<string>();
		for (const link of record.metadata.frontmatterLinks ?? []) {
			// Stryker disable next-line StringLiteral: split always gives a first part.
			const key = (link.key.split(".")[0] ?? "").toLowerCase();
			if (seen.has(key) || !names.has(linkKey(link.link))) continue;
			seen.add(key);
			if (contactKeys.has(key)) bump(keyNotes, key);
			else if (!REFERENCE_KEYS.has(key)) bump(otherKeyNotes, key);
		}
	}

	const keyed = settings.contactPropertyKeys.filter((k) => (keyNotes.get(k.toLowerCase()) ?? 0) > 0);
	const matches: Finding[] = [
		...settings.personFolders.filter((f) => f.trim() !== "").map((f) => ({ text: `people folder "${f}"`, count: byFolderSetting.get(f) ?? 0 })),
		...settings.personTags.map((t) => ({ text: `person tag #${t}`, count: byTagSetting.get(t) ?? 0 })),
		{ text: "property markers", count: byMarker },
		{ text: `daily notes (${input.dailyNotes.format} in ${input.dailyNotes.folder || "the whole vault"})`, count: daily },
		{ text: `notes with a "${settings.datePropertyKey || "date"}" property`, count: byProperty },
		{ text: "notes dated by their file name", count: byName },
		...(keyed.length === 0
			? [{ text: `dated notes linking people under ${settings.contactPropertyKeys.map((k) => `"${k}"`).join(", ") || "no property"}`, count: 0 }]
			: keyed.map((k) => ({ text: `dated notes linking people under "${k}"`, count: keyNotes.get(k.toLowerCase()) ?? 0 }))),
	];
	const found: Finding[] = [];
	const suggestions: Suggestion[] = [];
	const suggest = (id: string, text: string, setting: string, change: SettingsChange) => {
		// Stryker disable next-line ArrayDeclaration: defensive; every suggestion asked for has its notes.
		const count = new Set(candidates.get(id) ?? []).size;
		// Stryker disable next-line ConditionalExpression,EqualityOperator: defensive; as above, the count is at least 1.
		if (count > 0) suggestions.push({ id, text, count, setting, change });
	};
	for (const [folder, count] of folderCounts) {
		found.push({ text: `in ${folder}`, count });
		// A folder name alone reads that folder anywhere; a deeper folder is added as a path from the root.
		suggest(`folder:${folder}`, `${notes(count)} in ${folder}`, `add "${folder}" to the people folders`, { kind: "add-folder", folder });
	}
	for (const { key, value, count } of markerCounts.values()) {
		found.push({ text: `with ${key}: ${value}`, count });
		suggest(`marker:${key}:${value}`, `${notes(count)} with ${key}: ${value}`, `mark people by ${key}: ${value}`, { kind: "add-marker", key, value });
	}
	for (const [tag, count] of tagCounts) {
		found.push({ text: `tagged #${tag}`, count });
		suggest(`tag:${tag}`, `${notes(count)} tagged #${tag}`, `add #${tag} to the person tags`, { kind: "add-tag", tag });
	}
	for (const [key, count] of keyNotes) found.push({ text: `dated, with people under "${key}" (counted as contact)`, count });
	for (const [key, count] of otherKeyNotes) {
		found.push({ text: `dated, linking people under "${key}" (not counted)`, count });
		suggestions.push({
			id: `key:${key}`, text: `${notes(count, "dated note")} ${count === 1 ? "links" : "link"} people under "${key}"`, count,
			setting: `count links under "${key}" as contact`, change: { kind: "add-contact-key", key },
		});
	}
	for (const [folder, count] of isoFolders) {
		const where = folder === "" ? "the vault's root" : folder;
		const note = input.dailyNotesConfigured ? "" : " (no Daily notes settings)";
		found.push({ text: `named YYYY-MM-DD in ${where}${note}`, count });
		if (!settings.datesFromFileNames) {
			suggestions.push({
				id: `daily:${folder}`, text: `${notes(count, "daily note")} named YYYY-MM-DD in ${where}`, count,
				setting: `read daily notes from ${where}`, change: { kind: "daily-notes", folder, format: "YYYY-MM-DD" },
			});
		}
	}
	found.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
	suggestions.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
	return { people: people.size, datedNotes: dated, matches, found, suggestions };
}

/** The check as text, for `ascent check` and the settings tab. */
export function describeSetup(report: SetupReport): string {
	const lines = [`People found: ${report.people} · dated notes: ${report.datedNotes}`, "", "What each setting matches:"];
	for (const m of report.matches) lines.push(`  ${m.text}: ${notes(m.count)}`);
	lines.push("", report.found.length === 0 ? "Nothing else in the vault looks like people or contact." : "What the vault holds:");
	for (const f of report.found) lines.push(`  ${notes(f.count)} ${f.text}`);
	if (report.suggestions.length > 0) {
		lines.push("", "Suggested settings (each says how many notes it adds):");
		for (const s of report.suggestions) lines.push(`  ${s.text}: ${s.setting}`);
	}
	return `${lines.join("\n")}\n`;
}
