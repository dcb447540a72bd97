// Note records from Obsidian's metadataCache: the plugin never parses markdown itself.
import { type App, moment, parseFrontMatterAliases, TFile } from "obsidian";
import { dailyNoteMatcher } from "../core/dailynotes";
import type { Day } from "../core/dates";
import type { ExistingPerson } from "../core/import/plan";
import type { NoteMetadata, NoteRecord } from "../core/metadata";
import type { PersonView } from "../core/model";
import type { PeopleIndex } from "../core/people-index";
import { type Place, placesOf } from "../core/places";

export function recordFor(app: App, file: TFile, content?: string): NoteRecord {
	// CachedMetadata has the shape NoteMetadata describes (checked against real exports in tests/vault).
	const metadata = (app.metadataCache.getFileCache(file) ?? {}) as unknown as NoteMetadata;
	const record: NoteRecord = { path: file.path, metadata, ctime: file.stat.ctime };
	if (content !== undefined) record.content = content;
	// Obsidian drops properties it cannot parse: the yaml section is there, the frontmatter is not.
	const yaml = metadata.sections?.[0];
	if (yaml?.type === "yaml" && !metadata.frontmatter && yaml.position.end.line - yaml.position.start.line > 1) {
		record.frontmatterError = "the properties could not be read; check the YAML between the --- lines";
	}
	return record;
}

/** The place notes these people's locations name, with their aliases (a link of that name, as Obsidian resolves it). */
export function placesAmong(app: App, people: readonly PersonView[]): Place[] {
	return placesOf(people.map((p) => p.location), (name) => {
		const file = app.metadataCache.getFirstLinkpathDest(name, "");
		return file ? parseFrontMatterAliases(app.metadataCache.getFileCache(file)?.frontmatter) : null;
	});
}

/** The people of the index as an import matches them: name, aliases and the properties Obsidian read. */
export function existingPeople(app: App, index: PeopleIndex): ExistingPerson[] {
	return index.personPaths().map((path) => {
		const facts = index.facts(path);
		const note = asFile(app, path);
		return { path, name: facts?.name ?? path, aliases: facts?.aliases ?? [], frontmatter: (note ? app.metadataCache.getFileCache(note)?.frontmatter : undefined) ?? {} };
	});
}

export function markdownFiles(app: App): TFile[] {
	return app.vault.getMarkdownFiles();
}

/**
 * Formats made of year, month and day numbers and punctuation (`YYYY-MM-DD`, `YYYY/MM/YYYY-MM-DD`, `DD.MM.YYYY`):
 * Ascent's own reader gives the same dates as moment's strict parse about ten times faster, which is a third of
 * the build on a vault of 20,000 daily notes. tests/obsidian/daily-dates.test.ts holds the two together.
 */
const NUMERIC_FORMAT = /^(?:YYYY|MM?|DD?|[^A-Za-z[\]])+$/;

/** Reads a daily note's date exactly as the Daily notes plugin names files (moment, or the core matcher where equal). */
export function dailyDateReader(folder: string, format: string): (path: string) => Day | null {
	if (NUMERIC_FORMAT.test(format) && format.includes("YYYY") && format.includes("M") && format.includes("D")) {
		return dailyNoteMatcher({ folder, format });
	}
	return strictMomentDate(folder, format);
}

/** The reference: moment's strict parse of the path below the folder. */
export function strictMomentDate(folder: string, format: string): (path: string) => Day | null {
	const base = folder.replace(/^\/+|\/+$/g, "");
	return (path: string) => {
		if (!path.toLowerCase().endsWith(".md")) return null;
		if (base !== "" && !path.toLowerCase().startsWith(`${base.toLowerCase()}/`)) return null;
		const rel = (base === "" ? path : path.slice(base.length + 1)).slice(0, -3);
		let parsed = moment(rel, format, true);
		// A format without folders also finds notes in subfolders of the daily folder (as the Calendar plugin does).
		if (!parsed.isValid() && !format.includes("/") && rel.includes("/")) parsed = moment(rel.slice(rel.lastIndexOf("/") + 1), format, true);
		return parsed.isValid() ? parsed.format("YYYY-MM-DD") : null;
	};
}

export function asFile(app: App, path: string): TFile | null {
	const file = app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? file : null;
}
