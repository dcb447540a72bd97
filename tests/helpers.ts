import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
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

const EXAMPLE = join(__dirname, "../examples/vault");

/** The example vault's notes as path → text. */
export function readExampleVault(dir = EXAMPLE, out: Record<string, string> = {}): Record<string, string> {
	for (const name of readdirSync(dir)) {
		if (name.startsWith(".")) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) readExampleVault(full, out);
		else if (name.endsWith(".md")) out[relative(EXAMPLE, full).split(sep).join("/")] = readFileSync(full, "utf8");
	}
	return out;
}
