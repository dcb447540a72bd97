// Keeps the PeopleIndex current inside Obsidian: built from metadataCache after layout ready, then note by note.
import { type App, Component, TAbstractFile, TFile } from "obsidian";
import { chooseDailyNotes, type DailyNoteFormat } from "../core/dailynotes";
import { localDay } from "../core/dates";
import type { NoteRecord } from "../core/metadata";
import { PeopleIndex } from "../core/people-index";
import { isPerson } from "../core/person";
import type { AscentSettings } from "../core/settings";
import { asFile, markdownFiles, momentDailyDate, recordFor } from "./records";

export type IndexState = { kind: "loading" } | { kind: "ready"; index: PeopleIndex };

export interface IndexStatus {
	people: number;
	tracked: number;
	datedNotes: number;
	interactions: number;
	problems: number;
	buildMs: number | null;
	dailyNotes: DailyNoteFormat;
}

export interface IndexServiceOptions {
	app: App;
	settings: () => AscentSettings;
	now?: () => Date;
}

async function readConfig(app: App, path: string): Promise<unknown> {
	try {
		if (!(await app.vault.adapter.exists(path))) return undefined;
		return JSON.parse(await app.vault.adapter.read(path)) as unknown;
	} catch {
		return undefined;
	}
}

/**
 * The index as an Obsidian Component: every event it registers is released with it. Person notes are read with
 * `cachedRead` once at build (their log lines are text that metadata does not carry); after that, the `changed`
 * event hands over the new text. Dated notes are never read: their links come from metadata.
 */
export class IndexService extends Component {
	private state: IndexState = { kind: "loading" };
	private readonly listeners = new Set<(changed: ReadonlySet<string> | null) => void>();
	private buildMs: number | null = null;
	private dailyNotes: DailyNoteFormat = { folder: "", format: "YYYY-MM-DD" };
	/** Reads a daily note's date from its path, as the current settings say. */
	dailyDate: (path: string) => string | null = () => null;
	private generation = 0;

	constructor(private readonly options: IndexServiceOptions) {
		super();
	}

	get app(): App {
		return this.options.app;
	}

	get current(): IndexState {
		return this.state;
	}

	today(): string {
		return localDay(this.options.now ? this.options.now() : new Date());
	}

	/** Called once the workspace layout is ready; registers the vault and cache events. */
	async start(): Promise<void> {
		const { app } = this.options;
		this.registerEvent(app.metadataCache.on("changed", (file, data) => this.onChanged(file, data)));
		this.registerEvent(app.metadataCache.on("deleted", (file) => this.onDeleted(file.path)));
		this.registerEvent(app.vault.on("delete", (file) => this.onDeleted(file.path)));
		this.registerEvent(app.vault.on("rename", (file, oldPath) => void this.onRenamed(file, oldPath)));
		this.registerEvent(app.vault.on("create", (file) => void this.onCreated(file)));
		await this.rebuild();
	}

	onIndexChange(listener: (changed: ReadonlySet<string> | null) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** One full rebuild (after a settings change or on request). */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		const { app } = this.options;
		const settings = this.options.settings();
		const started = performance.now();
		this.dailyNotes = chooseDailyNotes(
			{ folder: settings.dailyNotesFolder, format: settings.dailyNotesFormat },
			(await readConfig(app, `${app.vault.configDir}/daily-notes.json`)) as Parameters<typeof chooseDailyNotes>[1],
			(await readConfig(app, `${app.vault.configDir}/plugins/periodic-notes/data.json`)) as Parameters<typeof chooseDailyNotes>[2],
		);
		const records: NoteRecord[] = [];
		const reads: Promise<void>[] = [];
		for (const file of markdownFiles(app)) {
			const record = recordFor(app, file);
			records.push(record);
			if (isPerson(record, settings)) {
				reads.push(app.vault.cachedRead(file).then((text) => { record.content = text; }, () => undefined));
			}
		}
		await Promise.all(reads);
		if (generation !== this.generation) return;
		this.dailyDate = momentDailyDate(this.dailyNotes.folder, this.dailyNotes.format);
		const index = PeopleIndex.build(records, { settings, dailyNotes: this.dailyNotes, dailyDate: this.dailyDate });
		index.onChange((changed) => this.emit(changed));
		this.buildMs = performance.now() - started;
		this.state = { kind: "ready", index };
		this.emit(null);
	}

	status(): IndexStatus {
		const empty = { people: 0, tracked: 0, datedNotes: 0, interactions: 0, problems: 0 };
		if (this.state.kind !== "ready") return { ...empty, buildMs: null, dailyNotes: this.dailyNotes };
		const today = this.today();
		const stats = this.state.index.stats(today);
		const tracked = this.state.index.people(today).filter((p) => p.status !== "untracked").length;
		return { ...stats, tracked, buildMs: this.buildMs, dailyNotes: this.dailyNotes };
	}

	/** Re-reads one note now (after Ascent wrote it), without waiting for the cache event. */
	refresh(path: string, content?: string): void {
		const file = asFile(this.options.app, path);
		if (file && this.state.kind === "ready") this.state.index.upsert(recordFor(this.options.app, file, content));
	}

	private emit(changed: ReadonlySet<string> | null): void {
		for (const listener of this.listeners) listener(changed);
	}

	private onChanged(file: TFile, data: string): void {
		if (this.state.kind !== "ready" || file.extension !== "md") return;
		this.state.index.upsert(recordFor(this.options.app, file, data));
	}

	private onDeleted(path: string): void {
		if (this.state.kind !== "ready") return;
		this.state.index.remove(path);
	}

	/** A record for the index; only a person's note is read (for its log lines). */
	private async recordWithText(file: TFile): Promise<NoteRecord> {
		const record = recordFor(this.options.app, file);
		if (isPerson(record, this.options.settings())) record.content = await this.options.app.vault.cachedRead(file);
		return record;
	}

	private async onCreated(file: TAbstractFile): Promise<void> {
		// The metadata of a new note arrives with `changed`; an empty note may never get one, so index it now.
		if (this.state.kind !== "ready" || !(file instanceof TFile) || file.extension !== "md") return;
		if (!this.options.app.metadataCache.getFileCache(file)) return;
		const record = await this.recordWithText(file);
		if (this.state.kind === "ready") this.state.index.upsert(record);
	}

	private async onRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (this.state.kind !== "ready" || !(file instanceof TFile)) return;
		if (file.extension !== "md") {
			this.state.index.remove(oldPath);
			return;
		}
		const record = await this.recordWithText(file);
		if (this.state.kind === "ready") this.state.index.rename(oldPath, record);
	}
}
