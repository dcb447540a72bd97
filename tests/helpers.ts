// Shared test helpers: notes from text, through the same reader as the CLI.
import type { NoteRecord } from "../src/core/metadata";
import { PeopleIndex } from "../src/core/people-index";
import { DEFAULT_SETTINGS, type AscentSettings } from "../src/core/settings";
import { recordFromText } from "../src/vault/disk";

export function note(path: string, text: string): NoteRecord {
	return recordFromText(path, text);
}

export const DAILY = { folder: "Daily", format: "YYYY-MM-DD" };

export function buildIndex(notes: Record<string, string>, settings: AscentSettings = DEFAULT_SETTINGS): PeopleIndex {
	return PeopleIndex.build(Object.entries(notes).map(([p, t]) => note(p, t)), { settings, dailyNotes: DAILY });
}
