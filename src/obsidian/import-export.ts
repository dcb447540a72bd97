// Contacts in and out: import from a .csv or .vcf in the vault (preview, then one undo step) and export as vCard.
// A feature on a narrow context: it gets what it uses, not the services hub.
import { Notice, type TFile } from "obsidian";
import { decodeText } from "../core/import/decode";
import { type ImportPlan, planImport } from "../core/import/plan";
import { safeFileName } from "../core/safe-names";
import type { AscentContext } from "./context";
import { type Choice, ChoiceModal, FilePickerModal, ImportPreviewModal } from "./modals";
import { asFile, existingPeople } from "./records";
import { safePath } from "./writes";

/** What import and export need: the narrow context every feature gets. */
export type ImportExportContext = Pick<AscentContext, "app" | "ready" | "store" | "writer" | "today" | "run" | "people" | "activePerson" | "plugin">;

export class ImportExport {
	constructor(private readonly ctx: ImportExportContext) {}

	/** The feature's commands. */
	register(): void {
		this.ctx.plugin.addCommand({ id: "import-contacts", name: "Import contacts…", callback: () => this.openImport() });
		this.ctx.plugin.addCommand({ id: "export-vcard", name: "Export people to a contacts file…", callback: () => this.openExport() });
	}

	/** Import contacts from a .csv or .vcf in the vault: preview first, one undo step. */
	openImport(): void {
		const files = this.ctx.app.vault.getFiles().filter((f) => /\.(csv|vcf|vcard)$/i.test(f.path));
		new FilePickerModal(this.ctx.app, files, (file) => void this.previewImport(file)).open();
	}

	async previewImport(file: TFile): Promise<void> {
		const index = this.ctx.ready();
		if (!index) return;
		const decoded = decodeText(new Uint8Array(await this.ctx.app.vault.readBinary(file)), "lenient");
		// The readers (papaparse, the vCard reader) load with the first import, not with the plugin (PERFORMANCE.md).
		const { readContacts } = await import("../core/import/read");
		const { contacts, problems, format } = readContacts(file.path, decoded.text ?? "");
		if (decoded.notice) problems.unshift({ origin: file.name, field: "file", value: "", message: decoded.notice });
		const settings = this.ctx.store.settings;
		const folder = settings.personFolders[0] ?? "People";
		if (safePath(folder) === null || (settings.personTemplate !== "" && safePath(settings.personTemplate) === null)) {
			new Notice(`Ascent: the people folder or the person template in settings is outside the vault ("${safePath(folder) === null ? folder : settings.personTemplate}"); nothing was imported.`);
			return;
		}
		const people = existingPeople(this.ctx.app, index);
		const plan = (overwrite: boolean) => planImport(contacts, people, settings, {
			folder, overwrite, exists: (p) => this.ctx.app.vault.getAbstractFileByPath(p) !== null,
		});
		const template = settings.personTemplate ? asFile(this.ctx.app, safePath(settings.personTemplate) ?? "") : null;
		const templateText = template ? await this.ctx.app.vault.read(template) : "";
		new ImportPreviewModal(this.ctx.app, `Import ${contacts.length} contacts from ${format}`, plan,
			problems.map((p) => `! ${p.origin}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`),
			(chosen) => void this.importPlan(chosen, templateText)).open();
	}

	/** Writes a previewed plan: says how many notes were written, and names each one skipped (nothing half-written). */
	private async importPlan(plan: ImportPlan, template: string): Promise<void> {
		let written = 0;
		const ok = await this.ctx.run("Imported.", async () => {
			written = await this.ctx.writer.applyImport(plan, template, this.ctx.today());
		});
		if (!ok) return;
		const skipped = plan.skipped.map((k) => `${k.name}: ${k.reason}`);
		new Notice(`Ascent wrote ${written} ${written === 1 ? "note" : "notes"}${skipped.length > 0 ? `; skipped ${skipped.length}: ${skipped.join("; ")}` : ""}.`, skipped.length > 0 ? 0 : 5000);
	}

	/** Writes a .vcf of one person, a tier, or everyone into the vault root. */
	async exportVCards(paths: string[], label: string): Promise<string | null> {
		const people = paths.flatMap((path) => {
			const file = asFile(this.ctx.app, path);
			const facts = this.ctx.ready()?.facts(path);
			return file && facts ? [{ name: facts.name, frontmatter: (this.ctx.app.metadataCache.getFileCache(file)?.frontmatter ?? {}) }] : [];
		});
		if (people.length === 0) {
			new Notice("Nobody to export.");
			return null;
		}
		// The label may be a tier's name: a file name in the vault's root, whatever it holds.
		const base = safeFileName(`Ascent export ${label} ${this.ctx.today()}`) || `Ascent export ${this.ctx.today()}`;
		let path = `${base}.vcf`;
		for (let n = 2; this.ctx.app.vault.getAbstractFileByPath(path); n++) path = `${base} ${n}.vcf`;
		const { toVCards } = await import("../core/import/vcard-export");
		await this.ctx.app.vault.create(path, toVCards(people, this.ctx.store.settings.fieldKeys));
		new Notice(`Exported ${people.length} ${people.length === 1 ? "person" : "people"} to ${path}.`);
		return path;
	}

	openExport(): void {
		const all = this.ctx.people();
		const choices: Choice[] = [];
		const active = this.ctx.activePerson();
		if (active) choices.push({ label: `This person: ${active.name}`, run: () => void this.exportVCards([active.path], active.name) });
		choices.push({ label: `Everyone (${all.length})`, run: () => void this.exportVCards(all.map((p) => p.path), "everyone") });
		for (const tier of this.ctx.store.settings.tiers) {
			const inTier = all.filter((p) => p.tier === tier.name);
			if (inTier.length > 0) choices.push({ label: `Tier ${tier.name} (${inTier.length})`, run: () => void this.exportVCards(inTier.map((p) => p.path), tier.name) });
		}
		new ChoiceModal(this.ctx.app, choices, "Export people as vCard").open();
	}

}
