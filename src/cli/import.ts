// `ascent import FILE`: LinkedIn, Google Contacts or vCard into a vault on disk, with a dry run. Every note is
// planned and checked before any is written; a note that cannot be written is skipped and reported, never half-done.
import { formatMoment } from "../core/moment-format";
import { existsSync, realpathSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename as pathBasename, dirname, join, relative, resolve, sep } from "node:path";
import { localDay } from "../core/dates";
import { decodeText } from "../core/import/decode";
import { describePlan, type ExistingPerson, type ImportPlan, planImport } from "../core/import/plan";
import { readContacts } from "../core/import/read";
import { PropertiesError, setProperties } from "../core/note-edit";
import { PeopleIndex } from "../core/people-index";
import { fillTemplate, vaultPath } from "../core/safe-names";
import { readVault } from "../vault/disk";

export class ImportRefused extends Error {}

/**
 * The file a vault path names, after resolving `..` and symbolic links of the parts that exist; throws when it
 * would be outside the vault (a synced `data.json` may name any path).
 */
export function insideVault(vaultDir: string, path: string, setting: string): string {
	const rel = vaultPath(path);
	const root = realpathSync(vaultDir);
	const refuse = () => new ImportRefused(`settings ${setting}: "${path}" is outside the vault; nothing was imported`);
	if (rel === null) throw refuse();
	let full = resolve(root, rel);
	// The deepest part that exists, with its links resolved, must still be in the vault.
	let existing = full;
	while (!existsSync(existing) && existing !== root) existing = dirname(existing);
	const real = realpathSync(existing);
	full = resolve(real, relative(existing, full));
	if (full !== root && !full.startsWith(`${root}${sep}`)) throw refuse();
	return full;
}

export interface PreparedWrite {
	path: string;
	full: string;
	text: string;
	create: boolean;
}

/** Every note the plan writes, as its final text; what cannot be written is moved to the plan's `skipped`. */
export async function prepare(vaultDir: string, plan: ImportPlan, template: string, today: string): Promise<PreparedWrite[]> {
	const out: PreparedWrite[] = [];
	for (const create of plan.creates) {
		try {
			const full = insideVault(vaultDir, create.path, create.body === undefined ? "personFolders" : "eventFolder");
			const body = create.body ?? (template ? fillTemplate(template, { title: create.name, date: today, clock: { now: new Date(), format: formatMoment } }) : `# ${create.name}\n`);
			const text = Object.keys(create.fields).length > 0 ? setProperties(body, create.fields) : body;
			out.push({ path: create.path, full, text, create: true });
		} catch (error) {
			if (error instanceof ImportRefused) throw error;
			plan.skipped.push({ name: create.name, origin: create.origin, reason: reason(error, "the person template") });
		}
	}
	for (const update of plan.updates) {
		if (update.changes.length === 0) continue;
		try {
			const full = insideVault(vaultDir, update.path, "a note's path");
			const decoded = decodeText(await readFile(full), "strict");
			if (decoded.text === null) throw new PropertiesError("the note is not UTF-8; it is left as it is (save it as UTF-8 to import into it)");
			const text = setProperties(decoded.text, Object.fromEntries(update.changes.map((c) => [c.key, c.value])));
			out.push({ path: update.path, full, text, create: false });
		} catch (error) {
			if (error instanceof ImportRefused) throw error;
			plan.skipped.push({ name: update.path, origin: update.origin, reason: reason(error, "the note") });
		}
	}
	return out;
}

function reason(error: unknown, what: string): string {
	if (error instanceof PropertiesError) return `${what}: ${error.message}`;
	return error instanceof Error ? error.message : String(error);
}

/** Writes what `prepare` made; a note the file system refuses (a name too long, no permission) is skipped and named. */
export async function write(writes: PreparedWrite[], plan: ImportPlan): Promise<number> {
	let written = 0;
	for (const w of writes) {
		try {
			if (w.create) await mkdir(dirname(w.full), { recursive: true });
			await writeFile(w.full, w.text, w.create ? { flag: "wx" } : {});
			written++;
		} catch (error) {
			const code = (error as { code?: string }).code;
			plan.skipped.push({ name: w.path, origin: "", reason: code ? `${code}: ${(error as Error).message}` : String(error) });
		}
	}
	return written;
}

/** The people of a vault read from disk, as import matches them. */
export function existingPeople(vault: Awaited<ReturnType<typeof readVault>>): ExistingPerson[] {
	const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
	const records = new Map(vault.records.map((r) => [r.path, r]));
	return index.personPaths().map((path) => {
		const facts = index.facts(path);
		return { path, name: facts?.name ?? path, aliases: facts?.aliases ?? [], frontmatter: records.get(path)?.metadata.frontmatter ?? {} };
	});
}

export async function runImport(file: string, vaultDir: string, options: { dryRun: boolean; overwrite: boolean }): Promise<string> {
	const decoded = decodeText(await readFile(file), "lenient");
	const { contacts, problems, format } = readContacts(file, decoded.text ?? "");
	const vault = await readVault(vaultDir);
	const folderSetting = vault.settings.personFolders[0] ?? "People";
	insideVault(vaultDir, folderSetting, "personFolders");
	const people = existingPeople(vault);
	const plan = planImport(contacts, people, vault.settings, {
		folder: folderSetting,
		overwrite: options.overwrite,
		exists: (path) => existsSync(join(vaultDir, path)),
	});
	const templatePath = vault.settings.personTemplate;
	let template = "";
	if (templatePath) {
		const full = insideVault(vaultDir, templatePath, "personTemplate");
		const read = existsSync(full) ? decodeText(await readFile(full), "strict") : { text: "" };
		template = read.text ?? "";
	}
	const writes = await prepare(vaultDir, plan, template, localDay(new Date()));
	const written = options.dryRun ? 0 : await write(writes, plan);
	const lines = [`${format}: ${contacts.length} contacts in ${pathBasename(file)}${options.dryRun ? " (dry run: nothing written)" : ""}`];
	if (decoded.notice) lines.push(`  ! ${pathBasename(file)}: ${decoded.notice}`);
	lines.push(...describePlan(plan));
	for (const p of problems) lines.push(`  ! ${p.origin}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`);
	if (!options.dryRun) {
		lines.push(`Done: ${written} ${written === 1 ? "note" : "notes"} written${plan.skipped.length > 0 ? `, ${plan.skipped.length} skipped (above)` : ""}. New people have no cadence yet: they wait in Triage, not in Needs attention.`);
	}
	return `${lines.join("\n")}\n`;
}
