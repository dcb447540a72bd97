import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
// Shared test helpers: notes from text, through the same reader as the CLI.
import type { NoteRecord } from "../src/core/metadata";
import { PeopleIndex } from "../src/core/people-index";
import { DEFAULT_SETTINGS, type AscentSettings } from "../src/core/settings";
import { recordFromText } from "../src/vault/disk";
import fc from "fast-check";

export function note(path: string, text: string): NoteRecord {
	return recordFromText(path, text);
}

export const DAILY = { folder: "Daily", format: "YYYY-MM-DD" };

export function buildIndex(notes: Record<string, string>, settings: AscentSettings = DEFAULT_SETTINGS): PeopleIndex {
	return PeopleIndex.build(Object.entries(notes).map(([p, t]) => note(p, t)), { settings, dailyNotes: DAILY });
}

/**
 * A seeded run of random changes to an index built from `start`: each step writes one of `variants`' paths as one of
 * its texts (null: removes it) and picks one of `days`. `check(index, day, told)` runs on the first day with `told`
 * null (anyone may have changed), then after each step with the people the index said it touched since: for what
 * the UI keeps between refreshes, held to what is made afresh.
 */
export function afterAnyChanges(start: Record<string, string>, variants: Record<string, (string | null)[]>, days: readonly string[], maxLength: number,
	check: (index: PeopleIndex, day: string, told: ReadonlySet<string> | null) => void): void {
	const step = fc.record({ path: fc.constantFrom(...Object.keys(variants)), variant: fc.nat(3), day: fc.constantFrom(...days) });
	fc.assert(fc.property(fc.array(step, { maxLength }), (steps) => {
		const index = buildIndex(start);
		let changed = new Set<string>();
		index.onChange((people) => {
			for (const p of people) changed.add(p);
		});
		check(index, days[0] as string, null);
		for (const { path, variant, day } of steps) {
			const options = variants[path] as (string | null)[];
			const text = options[variant % options.length] ?? null;
			if (text === null) index.remove(path);
			else index.upsert(note(path, text));
			const told = changed;
			changed = new Set();
			check(index, day, told);
		}
	}));
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
