// `ascent import FILE`: LinkedIn, Google Contacts or vCard into a vault on disk, with a dry run.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename as pathBasename, dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { describePlan, type ExistingPerson, type ImportPlan, planImport } from "../core/import/plan";
import { readContacts } from "../core/import/read";
import { splitFrontmatter } from "../core/note-text";
import { PeopleIndex } from "../core/people-index";
import { readVault } from "../vault/disk";


/** Sets keys in a note's frontmatter, keeping every other key, comment and the body as they are. */
export function setProperties(text: string, fields: Record<string, unknown>): string {
	const { yaml, body } = splitFrontmatter(text);
	const doc = parseDocument(yaml ?? "");
	for (const [key, value] of Object.entries(fields)) doc.set(key, value);
	const out = String(doc);
	return `---\n${out.endsWith("\n") ? out : `${out}\n`}---\n${yaml === null ? text : body}`;
}

export async function applyPlan(vault: string, plan: ImportPlan, template: string): Promise<void> {
	for (const create of plan.creates) {
		const full = join(vault, create.path);
		await mkdir(dirname(full), { recursive: true });
		const body = template ? template.replace(/\{\{title\}\}/g, create.name).replace(/\{\{date\}\}/g, new Date().toISOString().slice(0, 10)) : `# ${create.name}\n`;
		const withFields = Object.keys(create.fields).length > 0 ? setProperties(body, create.fields) : body;
		await writeFile(full, withFields, { flag: "wx" });
	}
	for (const update of plan.updates) {
		if (update.changes.length === 0) continue;
		const full = join(vault, update.path);
		const text = await readFile(full, "utf8");
		await writeFile(full, setProperties(text, Object.fromEntries(update.changes.map((c) => [c.key, c.value]))));
	}
}

export async function runImport(file: string, vaultDir: string, options: { dryRun: boolean; overwrite: boolean }): Promise<string> {
	const { contacts, problems, format } = readContacts(file, await readFile(file, "utf8"));
	const vault = await readVault(vaultDir);
	const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
	const records = new Map(vault.records.map((r) => [r.path, r]));
	const people: ExistingPerson[] = index.personPaths().map((path) => {
		const facts = index.facts(path);
		return { path, name: facts?.name ?? path, aliases: facts?.aliases ?? [], frontmatter: records.get(path)?.metadata.frontmatter ?? {} };
	});
	const plan = planImport(contacts, people, vault.settings, {
		folder: vault.settings.personFolders[0] ?? "People",
		overwrite: options.overwrite,
		exists: (path) => existsSync(join(vaultDir, path)),
	});
	const lines = [`${format}: ${contacts.length} contacts in ${pathBasename(file)}${options.dryRun ? " (dry run: nothing written)" : ""}`, ...describePlan(plan)];
	for (const p of problems) lines.push(`  ! ${p.origin}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`);
	if (!options.dryRun) {
		const templatePath = vault.settings.personTemplate;
		const template = templatePath && existsSync(join(vaultDir, templatePath)) ? await readFile(join(vaultDir, templatePath), "utf8") : "";
		await applyPlan(vaultDir, plan, template);
		lines.push("Done. New people have no cadence yet: they wait in Triage, not in Needs attention.");
	}
	return `${lines.join("\n")}\n`;
}

