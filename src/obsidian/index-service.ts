// Keeps the PeopleIndex current inside Obsidian: built from metadataCache after layout ready, then note by note.
import { type App, Component, normalizePath, Notice, TAbstractFile, TFile } from "obsidian";
import { indexStats } from "../core/network";
import { type NetworkHealth, TrendBook } from "../core/health-trend";
import type { DailyNoteFormat } from "../core/dailynotes";
import { dateReaders, type DateReaders, hasOpenTaskLinking, needsTextForDate } from "../core/interactions";
import { readConventions, VAULT_CONFIG_FILES, type VaultConfigFiles, type VaultConventions, withConventions } from "../core/vault-config";
import { localDay } from "../core/dates";
import type { NoteRecord } from "../core/metadata";
import { BUILD_SLICE_MS, buildInSlices, runInSlices } from "../core/build-slices";
import { nextTask } from "./next-task";
import type { PeopleIndex } from "../core/people-index";
import { aliasesOf, isPerson } from "../core/person";
import { fold } from "../core/paths";
import type { AscentSettings } from "../core/settings";
import type { PersonView } from "../core/model";
import { asFile, markdownFiles, dailyDateReader, recordFor } from "./records";

export type IndexState = { kind: "loading" } | { kind: "ready"; index: PeopleIndex };

export interface IndexStatus {
	people: number;
	tracked: number;
	datedNotes: number;
	interactions: number;
	problems: number;
	buildMs: number | null;
	/** The longest stretch the build held the main thread, in ms. */
	longestSliceMs: number | null;
	dailyNotes: DailyNoteFormat;
}

export interface IndexServiceOptions {
	app: App;
	settings: () => AscentSettings;
	now?: () => Date;
	/** How long one slice of the build may hold the main thread (tests use 0 to slice as finely as possible). */
	sliceMs?: number;
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
	private longestSliceMs: number | null = null;
	/** Paths that changed while a build was running; applied to the new index when it is ready. */
	private changedDuringBuild: Set<string> | null = null;
	/** The health trend's weeks, person by person, kept between refreshes (in slices with the build, and for a new day). */
	private readonly trend = new TrendBook();
	/** People the index changed since the trend was last asked for; null: anyone may have. */
	private trendChanged: Set<string> | null = null;
	private dailyNotes: DailyNoteFormat = { folder: "", format: "YYYY-MM-DD" };
	/** What the vault's configuration says (daily notes, templates), as read for the last build. */
	conventions: VaultConventions | null = null;
	/** The settings the current index was built with (the user's, plus the vault's template folders), and its date readers. */
	private built: { settings: AscentSettings; dates: DateReaders } | null = null;
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

	/** The vault's configuration files that say where daily notes and templates are, and which plugins are on. */
	private async configFiles(): Promise<VaultConfigFiles> {
		const { app } = this.options;
		const files: VaultConfigFiles = {};
		for (const [key, path] of Object.entries(VAULT_CONFIG_FILES) as [keyof VaultConfigFiles, string][]) {
			files[key] = await readConfig(app, normalizePath(`${app.vault.configDir}/${path}`));
		}
		return files;
	}

	/**
	 * Reads the vault's configuration again and rebuilds when what it says changed (the Daily notes folder, Periodic
	 * Notes turned on, a template folder). Obsidian has no event for its own settings: the plugin calls this every
	 * minute, a handful of small files. True when it rebuilt.
	 */
	async checkConventions(): Promise<boolean> {
		if (this.current.kind !== "ready" || this.conventions === null) return false;
		const fresh = readConventions(this.options.settings(), await this.configFiles());
		if (JSON.stringify(fresh) === JSON.stringify(this.conventions)) return false;
		await this.rebuild();
		return true;
	}

	/** One full rebuild (after a settings change or on request). */
	async rebuild(): Promise<void> {
		const generation = ++this.generation;
		try {
			await this.build(generation);
		} catch (error) {
			// The index stays as it was (loading, or the previous one) and edits are no longer held back for it.
			if (generation === this.generation) this.changedDuringBuild = null;
			console.error("Ascent: the index could not be built", error);
			new Notice(`Ascent could not build its index: ${error instanceof Error ? error.message : String(error)}. Run "Rebuild index" to try again; the developer console has details.`);
		}
	}

	private async build(generation: number): Promise<void> {
		const { app } = this.options;
		const settings = this.options.settings();
		const started = performance.now();
		// From here on, edits wait for the new index (the records below may be read before or after them).
		const changed = (this.changedDuringBuild ??= new Set());
		this.conventions = readConventions(settings, await this.configFiles());
		this.dailyNotes = this.conventions.dailyNotes;
		// Template folders and files are never people or interactions.
		const indexSettings = withConventions(settings, this.conventions);
		const dailyDate = dailyDateReader(this.dailyNotes.folder, this.dailyNotes.format);
		const dates = dateReaders(indexSettings, this.dailyNotes, dailyDate);
		const records: NoteRecord[] = [];
		const reads: Promise<void>[] = [];
		const read = (file: TFile, record: NoteRecord) => {
			reads.push(app.vault.cachedRead(file).then((text) => { record.content = text; }, () => undefined));
		};
		const personNames = new Set<string>();
		const others: { file: TFile; record: NoteRecord }[] = [];
		let sliceStart = performance.now();
		const breathe = async (n: number): Promise<boolean> => {
			// Reading 30,000 notes' metadata is a slice of its own too.
			if (n % 256 === 255 && performance.now() - sliceStart > (this.options.sliceMs ?? BUILD_SLICE_MS)) {
				await nextTask();
				if (generation !== this.generation) return false;
				sliceStart = performance.now();
			}
			return true;
		};
		for (const file of markdownFiles(app)) {
			if (!(await breathe(records.length))) return;
			const record = recordFor(app, file);
			records.push(record);
			if (isPerson(record, indexSettings)) {
				read(file, record);
				personNames.add(fold(file.basename));
				for (const alias of aliasesOf(record)) personNames.add(fold(alias));
			} else {
				others.push({ file, record });
			}
		}
		// A note that is not dated by its path or properties but links someone may carry a `date::` inline field, and
		// an open task that links someone may carry a due date: only those are read (besides people); the rest of the
		// vault is known from metadata alone.
		const isPersonName = (name: string) => personNames.has(name);
		for (let i = 0; i < others.length; i++) {
			if (!(await breathe(i))) return;
			const other = others[i];
			if (other && (needsTextForDate(other.record, indexSettings, dates, isPersonName) || hasOpenTaskLinking(other.record, isPersonName))) {
				read(other.file, other.record);
			}
		}
		await Promise.all(reads);
		if (generation !== this.generation) return;
		const pause = async () => {
			await nextTask();
			return generation === this.generation;
		};
		const built = await buildInSlices(records, { settings: indexSettings, dailyNotes: this.dailyNotes, dailyDate }, pause, this.options.sliceMs);
		const index = built.index;
		if (!index || generation !== this.generation) return;
		// The first refresh needs everyone's view and the 12-week health trend: computed here in slices as well,
		// rather than in one block the moment the index is ready.
		const warmed = await this.prepare(index, this.today(), pause);
		if (warmed === null) return;
		this.changedDuringBuild = null;
		this.dailyDate = dailyDate;
		this.built = { settings: indexSettings, dates };
		this.buildMs = performance.now() - started;
		this.longestSliceMs = Math.max(built.longestSliceMs, warmed);
		this.state = { kind: "ready", index };
		// Edits made while the build ran: the records above may predate them.
		for (const path of changed) await this.reindex(path);
		// Notes changed while the build ran: the trend computed with it may be off; the first refresh computes it.
		if (changed.size > 0) this.trendChanged = null;
		if (this.state.kind !== "ready" || this.state.index !== index) return;
		index.onChange((people) => this.emit(people));
		this.emit(null);
	}

	/** Brings one path up to date from the vault as it is now: indexed again, or removed if it is gone. */
	private async reindex(path: string): Promise<void> {
		if (this.state.kind !== "ready") return;
		const index = this.state.index;
		const file = asFile(this.options.app, path);
		if (file && file.extension === "md" && this.options.app.metadataCache.getFileCache(file)) index.upsert(await this.recordWithText(file));
		else index.remove(path);
	}

	/**
	 * Everyone's view and the 12-week health trend for `day`, in slices: after a build, and when the day turns (a new
	 * day recomputes every person). Returns the longest slice, or null when `pause` said to stop.
	 */
	private async prepare(index: PeopleIndex, day: string, pause: () => Promise<boolean>): Promise<number | null> {
		const views = await runInSlices(index.prepareSteps(day), pause, this.options.sliceMs);
		if (!views.done) return null;
		// People changed while the trend fills are worked out again when it is next asked for.
		this.trendChanged = new Set();
		const health = await runInSlices(this.trend.fill(index, day), pause, this.options.sliceMs);
		if (!health.done) return null;
		return Math.max(views.longestSliceMs, health.longestSliceMs);
	}

	/** A new day: prepares it in slices, then resolves (the UI refreshes after). */
	async prepareDay(day: string): Promise<void> {
		if (this.state.kind !== "ready") return;
		const index = this.state.index;
		await this.prepare(index, day, async () => {
			await nextTask();
			return this.state.kind === "ready" && this.state.index === index;
		});
	}

	/**
	 * The network health trend for `day`: everyone's weeks worked out once per index and day (in slices with the
	 * build, or here on the first call after an edit made during it), then only the people changed since; today's
	 * point fresh from today's views. The one cache of the trend; the UI asks here (`views`: today's views, when the
	 * caller has them in hand).
	 */
	healthTrend(index: PeopleIndex, day: string, views: readonly PersonView[] = index.people(day)): NetworkHealth {
		const changed = this.trendChanged;
		this.trendChanged = new Set();
		return this.trend.trend(index, day, changed, views);
	}

	/** Says how many people the index holds (after "Rebuild index"). */
	notifyCount(): void {
		new Notice(`Ascent found ${this.status().people} people.`);
	}

	status(): IndexStatus {
		const empty = { people: 0, tracked: 0, datedNotes: 0, interactions: 0, problems: 0 };
		if (this.state.kind !== "ready") return { ...empty, buildMs: null, longestSliceMs: null, dailyNotes: this.dailyNotes };
		const today = this.today();
		const stats = indexStats(this.state.index, today);
		const tracked = this.state.index.people(today).filter((p) => p.status !== "untracked").length;
		return { ...stats, tracked, buildMs: this.buildMs, longestSliceMs: this.longestSliceMs, dailyNotes: this.dailyNotes };
	}

	/** Re-reads one note now (after Ascent wrote it), without waiting for the cache event. */
	refresh(path: string, content?: string): void {
		const file = asFile(this.options.app, path);
		if (file && this.state.kind === "ready") this.state.index.upsert(recordFor(this.options.app, file, content));
	}

	private emit(changed: ReadonlySet<string> | null): void {
		// Null: a new index (the trend knows it by the index it was filled for).
		if (changed !== null && this.trendChanged !== null) for (const path of changed) this.trendChanged.add(path);
		for (const listener of this.listeners) listener(changed);
	}

	/** True (and the path remembered) while a build runs: the change is applied once the new index is ready. */
	private deferred(...paths: string[]): boolean {
		if (!this.changedDuringBuild) return false;
		for (const path of paths) this.changedDuringBuild.add(path);
		return true;
	}

	private onChanged(file: TFile, data: string): void {
		if (this.deferred(file.path)) return;
		if (this.state.kind !== "ready" || file.extension !== "md") return;
		this.state.index.upsert(recordFor(this.options.app, file, data));
	}

	private onDeleted(path: string): void {
		if (this.deferred(path)) return;
		if (this.state.kind !== "ready") return;
		this.state.index.remove(path);
	}

	/**
	 * A record for the index. A person's note is read (for its log lines), and so is a note that may be dated by an
	 * inline field or holds an open task with a link (one file: any link will do, rather than asking who is a person).
	 */
	private async recordWithText(file: TFile): Promise<NoteRecord> {
		const record = recordFor(this.options.app, file);
		// Called only once an index is ready, with the settings and date readers it was built with.
		const settings = this.built?.settings ?? this.options.settings();
		const dates = this.built?.dates ?? dateReaders(settings, this.dailyNotes, this.dailyDate);
		if (isPerson(record, settings) || needsTextForDate(record, settings, dates, () => true) || hasOpenTaskLinking(record, () => true)) {
			record.content = await this.options.app.vault.cachedRead(file);
		}
		return record;
	}

	private async onCreated(file: TAbstractFile): Promise<void> {
		// The metadata of a new note arrives with `changed`; an empty note may never get one, so index it now.
		if (this.deferred(file.path)) return;
		if (this.state.kind !== "ready" || !(file instanceof TFile) || file.extension !== "md") return;
		if (!this.options.app.metadataCache.getFileCache(file)) return;
		const record = await this.recordWithText(file);
		if (this.state.kind === "ready") this.state.index.upsert(record);
	}

	private async onRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (this.deferred(oldPath, file.path)) return;
		if (this.state.kind !== "ready" || !(file instanceof TFile)) return;
		if (file.extension !== "md") {
			this.state.index.remove(oldPath);
			return;
		}
		const record = await this.recordWithText(file);
		if (this.state.kind === "ready") this.state.index.rename(oldPath, record);
	}
}
