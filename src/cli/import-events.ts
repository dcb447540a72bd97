// `ascent import FILE.ics`: calendar events into event notes of a vault on disk, with a dry run. Shares the contact
// import's writing: every note planned and checked first, each written whole or skipped and named.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Day } from "../core/dates";
import { decodeText } from "../core/import/decode";
import { describeEventPlan, EVENT_KEY_PROPERTY, planEventImport } from "../core/import/event-plan";
import { readCalendar } from "../core/import/ics";
import { readVault } from "../vault/disk";
import { existingPeople, insideVault, prepare, write } from "./import";

export interface EventImportOptions {
	dryRun: boolean;
	from: Day;
	to: Day;
	/** Create every attendee not found among the people (the plugin's preview asks one by one). */
	createPeople: boolean;
}

export async function runEventImport(file: string, vaultDir: string, options: EventImportOptions): Promise<string> {
	const decoded = decodeText(await readFile(file), "lenient");
	const { events, problems } = readCalendar(decoded.text ?? "", basename(file), { from: options.from, to: options.to });
	const vault = await readVault(vaultDir);
	const personFolder = vault.settings.personFolders[0] ?? "People";
	insideVault(vaultDir, personFolder, "personFolders");
	insideVault(vaultDir, vault.settings.eventFolder, "eventFolder");
	const existing = vault.records.filter((r) => typeof r.metadata.frontmatter?.[EVENT_KEY_PROPERTY] === "string")
		.map((r) => ({ path: r.path, frontmatter: r.metadata.frontmatter ?? {} }));
	const plan = (create: ReadonlySet<string>) => planEventImport(events, existingPeople(vault), existing, vault.settings, {
		eventFolder: vault.settings.eventFolder, personFolder, exists: (path) => existsSync(join(vaultDir, path)), create,
	});
	// Asking for everyone to be created is a second plan with every unknown attendee chosen.
	let chosen = plan(new Set());
	if (options.createPeople) chosen = plan(new Set(chosen.unknown.map((u) => u.key)));
	const writes = await prepare(vaultDir, chosen, "", options.from);
	const written = options.dryRun ? 0 : await write(writes, chosen);
	const lines = [`iCalendar: ${events.length} ${events.length === 1 ? "event" : "events"} from ${options.from} to ${options.to} in ${basename(file)}${options.dryRun ? " (dry run: nothing written)" : ""}`];
	if (decoded.notice) lines.push(`  ! ${basename(file)}: ${decoded.notice}`);
	lines.push(...describeEventPlan(chosen));
	if (!options.createPeople && chosen.unknown.length > 0) lines.push("  (--create-people makes a note for each of them)");
	for (const p of problems) lines.push(`  ! ${p.origin}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`);
	if (!options.dryRun) lines.push(`Done: ${written} ${written === 1 ? "note" : "notes"} written${chosen.skipped.length > 0 ? `, ${chosen.skipped.length} skipped (above)` : ""}.`);
	return `${lines.join("\n")}\n`;
}
