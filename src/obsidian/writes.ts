// Every change Ascent makes to a note: frontmatter through processFrontMatter, bodies through vault.process.
import type { App, TFile } from "obsidian";
import { type Day, parseDay } from "../core/dates";
import { existingKey } from "../core/fields";
import type { InteractionKind } from "../core/model";
import { formatLogLine, insertUnderHeading } from "../core/note-text";
import type { AscentSettings, FieldName } from "../core/settings";
import { asFile } from "./records";
import type { FileChange, UndoHistory } from "./undo";

export class WriteError extends Error {}

export interface LogRequest {
	paths: string[];
	date: Day;
	kind: InteractionKind;
	note: string;
}

export interface WriterOptions {
	app: App;
	settings: () => AscentSettings;
	history: UndoHistory;
	/** Called after each note is written, so the index can follow at once. */
	written?: (path: string, text: string) => void;
}

type Frontmatter = Record<string, unknown>;

export class Writer {
	constructor(private readonly options: WriterOptions) {}

	private get app(): App {
		return this.options.app;
	}

	private file(path: string): TFile {
		const file = asFile(this.app, path);
		if (!file) throw new WriteError(`${path} no longer exists (moved or deleted); nothing was written.`);
		return file;
	}

	/** Runs `edit` on each note and records one undo step for all of them. */
	private async step(label: string, paths: string[], edit: (file: TFile) => Promise<void>): Promise<void> {
		const files = paths.map((p) => this.file(p));
		const changes: FileChange[] = [];
		try {
			for (const file of files) {
				const before = await this.app.vault.read(file);
				await edit(file);
				const after = await this.app.vault.read(file);
				if (after !== before) {
					changes.push({ path: file.path, before, after });
					this.options.written?.(file.path, after);
				}
			}
		} finally {
			this.options.history.record({ label, changes });
		}
	}

	/** Sets a field under the key the note already uses, else the first configured key. */
	private setField(fm: Frontmatter, field: FieldName, value: unknown): void {
		const keys = this.options.settings().fieldKeys[field];
		const key = existingKey(fm, keys) ?? keys[0] ?? field;
		if (value === undefined) delete fm[key];
		else fm[key] = value;
	}

	async logInteraction(request: LogRequest): Promise<void> {
		const settings = this.options.settings();
		const label = request.paths.length === 1 ? "log interaction" : `log interaction with ${request.paths.length} people`;
		await this.step(label, request.paths, async (file) => {
			await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
				const keys = settings.fieldKeys.lastContact;
				const key = existingKey(fm, keys);
				const current = key ? parseDay(fm[key]) : null;
				// Never move last contact backwards when logging an older interaction.
				if (!current?.ok || current.value < request.date) this.setField(fm, "lastContact", request.date);
			});
			const line = formatLogLine(request.date, request.kind, request.note);
			await this.app.vault.process(file, (text) => insertUnderHeading(text, settings.logHeading, line));
		});
	}

	async snooze(path: string, until: Day | null): Promise<void> {
		await this.step(until ? `snooze until ${until}` : "end snooze", [path], (file) =>
			this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => this.setField(fm, "snoozeUntil", until ?? undefined)));
	}

	async setCadence(path: string, cadence: string | number): Promise<void> {
		await this.step(`set cadence to ${cadence}`, [path], (file) =>
			this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => this.setField(fm, "cadence", cadence)));
	}

	async setTier(path: string, tier: string): Promise<void> {
		await this.step(`set tier to ${tier}`, [path], (file) =>
			this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => this.setField(fm, "tier", tier)));
	}

	async setPaused(path: string, paused: boolean): Promise<void> {
		await this.step(paused ? "pause" : "resume", [path], (file) =>
			this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => this.setField(fm, "paused", paused ? true : undefined)));
	}

	/** Appends text to the end of a note's body (used by "Insert attention list"). */
	async append(path: string, text: string, label: string): Promise<void> {
		await this.step(label, [path], async (file) => {
			await this.app.vault.process(file, (data) => `${data.replace(/\s*$/, "")}${data.trim() === "" ? "" : "\n\n"}${text}`);
		});
	}

	/** Creates a person note from a template (`{{title}}`, `{{date}}`), in one undo step. */
	async addPerson(options: { name: string; folder: string; template: string; tier: string | null; today: Day }): Promise<string> {
		const name = options.name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
		if (name === "") throw new WriteError("A person needs a name.");
		const folder = options.folder.replace(/^\/+|\/+$/g, "");
		const path = `${folder === "" ? "" : `${folder}/`}${name}.md`;
		if (this.app.vault.getAbstractFileByPath(path)) throw new WriteError(`${path} already exists.`);
		if (folder !== "" && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
		const body = options.template.replace(/\{\{title\}\}/g, name).replace(/\{\{date\}\}/g, options.today);
		const file = await this.app.vault.create(path, body);
		if (options.tier) await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => this.setField(fm, "tier", options.tier));
		const after = await this.app.vault.read(file);
		this.options.history.record({ label: `add ${name}`, changes: [{ path, before: null, after }] });
		this.options.written?.(path, after);
		return path;
	}
}
