// Every change Ascent makes to a note: frontmatter through processFrontMatter, bodies through vault.process.
import { type App, moment, normalizePath, parseYaml, type TFile } from "obsidian";
import { fillTemplate, safeFileName, vaultPath } from "../core/safe-names";
import { type Day, parseDay } from "../core/dates";
import { existingKey } from "../core/fields";
import type { InteractionKind } from "../core/model";
import { formatLogLine, insertUnderHeading, sameProperties, splitFrontmatter } from "../core/note-text";
import type { ImportPlan } from "../core/import/plan";
import type { AscentSettings, FieldName } from "../core/settings";
import { asFile } from "./records";
import type { FileChange, UndoHistory } from "./undo";

/**
 * The properties editor and the yaml package it edits with (about 100 KB of main.js) load with the first write that
 * edits properties, not with the plugin: evaluating them on every start cost about a fifth of the plugin's load.
 */
const noteEdit = () => import("../core/note-edit");

export class WriteError extends Error {}

/** The clock of a person template: now, written in moment formats by Obsidian's own moment. */
const CLOCK = () => ({ now: new Date(), format: (date: Date, momentFormat: string) => moment(date).format(momentFormat) });

export interface LogRequest {
	paths: string[];
	date: Day;
	kind: InteractionKind;
	note: string;
	/** A note of its own for some people (an introduction names the other person in each one's line). */
	notes?: Readonly<Record<string, string>>;
}

export interface WriterOptions {
	app: App;
	settings: () => AscentSettings;
	history: UndoHistory;
	/** Called after each note is written, so the index can follow at once. */
	written?: (path: string, text: string) => void;
}

type Frontmatter = Record<string, unknown>;

/**
 * What a write is allowed to change: the keys it sets, and, for a body edit, the text `vault.process` handed to it
 * (`seen`) and what it made of that text.
 */
interface Expected {
	keys: string[];
	body?: { seen: string; edit: (text: string) => string };
}

function properties(yaml: string | null): Frontmatter | null {
	if (yaml === null) return null;
	try {
		const value: unknown = parseYaml(yaml);
		return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Frontmatter) : {};
	} catch {
		return null;
	}
}

/**
 * Did the note change only as Ascent meant? If someone else edited it between Ascent's read and its write, the
 * edit is kept (process/processFrontMatter work on the current text), and this says so, so undo can decline.
 */
export function onlyExpectedChange(before: string, after: string, expected: Expected): boolean {
	const a = splitFrontmatter(before);
	const b = splitFrontmatter(after);
	if (!sameProperties(properties(a.yaml), properties(b.yaml), expected.keys)) return false;
	if (!expected.body) return b.body === a.body;
	const { seen, edit } = expected.body;
	return splitFrontmatter(seen).body === a.body && after === edit(seen);
}

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
	private async step(label: string, paths: string[], edit: (file: TFile) => Promise<Expected>): Promise<void> {
		const files = paths.map((p) => this.file(p));
		const changes: FileChange[] = [];
		let conflict: string | undefined;
		try {
			for (const file of files) {
				const before = await this.app.vault.read(file);
				const expected = await edit(file);
				const after = await this.app.vault.read(file);
				if (after !== before) {
					changes.push({ path: file.path, before, after });
					this.options.written?.(file.path, after);
					if (!onlyExpectedChange(before, after, expected)) conflict = `${file.path} was edited while Ascent wrote it; your edit is kept, and this change cannot be undone`;
				}
			}
		} finally {
			this.options.history.record({ label, changes, blocked: conflict });
		}
	}

	private keyFor(fm: Frontmatter, field: FieldName): string {
		const keys = this.options.settings().fieldKeys[field];
		return existingKey(fm, keys) ?? keys[0] ?? field;
	}

	/** Sets a field under the key the note already uses, else the first configured key; returns the key. */
	private setField(fm: Frontmatter, field: FieldName, value: unknown): string {
		const key = this.keyFor(fm, field);
		if (value === undefined) delete fm[key];
		else fm[key] = value;
		return key;
	}

	/** One frontmatter field, as one undoable step. */
	private async field(label: string, path: string, field: FieldName, value: unknown): Promise<void> {
		await this.step(label, [path], async (file) => {
			const keys: string[] = [];
			await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => void keys.push(this.setField(fm, field, value)));
			return { keys };
		});
	}

	async logInteraction(request: LogRequest): Promise<void> {
		const settings = this.options.settings();
		const label = request.paths.length === 1 ? "log interaction" : `log interaction with ${request.paths.length} people`;
		await this.step(label, request.paths, async (file) => {
			const line = formatLogLine(request.date, request.kind, request.notes?.[file.path] ?? request.note);
			const addLine = (text: string) => insertUnderHeading(text, settings.logHeading, line);
			const keys: string[] = [];
			const body = { seen: "", edit: addLine };
			await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
				const key = existingKey(fm, settings.fieldKeys.lastContact);
				const current = key ? parseDay(fm[key]) : null;
				// Never move last contact backwards when logging an older interaction.
				if (!current?.ok || current.value < request.date) keys.push(this.setField(fm, "lastContact", request.date));
				// An explicit next date is kept until a contact on or after it meets it; then it is cleared.
				const nextKey = existingKey(fm, settings.fieldKeys.nextContact);
				const next = nextKey ? parseDay(fm[nextKey]) : null;
				if (nextKey && next?.ok && next.value <= request.date) keys.push(this.setField(fm, "nextContact", undefined));
			});
			await this.app.vault.process(file, (text) => addLine((body.seen = text)));
			return { keys, body };
		});
	}

	snooze(path: string, until: Day | null): Promise<void> {
		return this.field(until ? `snooze until ${until}` : "end snooze", path, "snoozeUntil", until ?? undefined);
	}

	setCadence(path: string, cadence: string | number): Promise<void> {
		return this.field(`set cadence to ${cadence}`, path, "cadence", cadence);
	}

	setTier(path: string, tier: string): Promise<void> {
		return this.field(`set tier to ${tier}`, path, "tier", tier);
	}

	setPaused(path: string, paused: boolean): Promise<void> {
		return this.field(paused ? "pause" : "resume", path, "paused", paused ? true : undefined);
	}

	/**
	 * Ticks the open task on `line` (0-based), if that line is still the task it was; with `doneOn`, adds the Tasks
	 * plugin's done date (`✅ 2026-11-30`, before a block id) as Tasks does.
	 */
	async completeTask(path: string, line: number, text: string | null, doneOn: Day | null = null): Promise<void> {
		let found = false;
		const tick = (data: string) => {
			// Lines split on \n: a CRLF note keeps its \r on each line, and gets it back unchanged.
			const lines = data.split("\n");
			const current = lines[line];
			const cr = current?.endsWith("\r") ? "\r" : "";
			const match = current === undefined ? null : /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \](.*)$/.exec(cr ? current.slice(0, -1) : current);
			if (!match || (text !== null && (match[2] ?? "").trim() !== text)) return data;
			found = true;
			lines[line] = `${match[1] ?? ""}[x]${doneOn ? withDoneDate(match[2] ?? "", doneOn) : match[2] ?? ""}${cr}`;
			return lines.join("\n");
		};
		await this.step(`tick ${text ?? "task"}`, [path], async (file) => {
			const body = { seen: "", edit: tick };
			await this.app.vault.process(file, (data) => tick((body.seen = data)));
			return { keys: [], body };
		});
		if (!found) throw new WriteError(`The task is no longer on line ${line + 1} of ${path}; nothing was written.`);
	}

	/** Appends text to the end of a note's body (used by "Insert attention list" and the reach-out list). */
	async append(path: string, text: string, label: string): Promise<void> {
		// trimEnd, not a /\s*$/ search: that is quadratic on a long run of spaces before the end.
		const add = (data: string) => {
			const kept = data.trimEnd();
			const eol = data.includes("\r\n") ? "\r\n" : "\n";
			return `${kept}${kept === "" ? "" : eol + eol}${eol === "\r\n" ? text.replace(/\r?\n/g, "\r\n") : text}`;
		};
		await this.step(label, [path], async (file) => {
			const body = { seen: "", edit: add };
			await this.app.vault.process(file, (data) => add((body.seen = data)));
			return { keys: [], body };
		});
	}

	/**
	 * Applies an import plan as one undo step: new notes from the person template (in the plan's paths), then the
	 * planned properties on existing people. Every note is checked before any is written: a note whose properties
	 * cannot be edited, or whose template would not give valid properties, is skipped and reported in the plan's
	 * `skipped`; the rest are written; undo removes exactly what was written. Ambiguous matches are never written.
	 */
	async applyImport(plan: ImportPlan, template: string, today: Day): Promise<number> {
		const { PropertiesError, setProperties } = await noteEdit();
		const ready: { path: string; text: string; create: boolean }[] = [];
		for (const create of plan.creates) {
			const path = safePath(create.path);
			try {
				if (path === null) throw new PropertiesError(`${create.path} is outside the vault`);
				if (this.app.vault.getAbstractFileByPath(path)) throw new PropertiesError(`${path} exists already (made since the preview)`);
				const body = create.body ?? (template ? fillTemplate(template, { title: create.name, date: today, clock: CLOCK() }) : `# ${create.name}\n`);
				ready.push({ path, create: true, text: Object.keys(create.fields).length > 0 ? setProperties(body, create.fields) : body });
			} catch (error) {
				plan.skipped.push({ name: create.name, origin: create.origin, reason: error instanceof PropertiesError ? `the person template: ${error.message}` : String(error) });
			}
		}
		const updates = new Map<string, Record<string, unknown>>();
		for (const update of plan.updates) {
			if (update.changes.length === 0) continue;
			const file = asFile(this.app, update.path);
			try {
				if (!file) throw new PropertiesError("the note no longer exists");
				// Checked now, edited below on the note's text as it is then (vault.process).
				setProperties(await this.app.vault.read(file), {});
				updates.set(update.path, Object.fromEntries(update.changes.map((c) => [c.key, c.value])));
			} catch (error) {
				plan.skipped.push({ name: update.path, origin: update.origin, reason: error instanceof Error ? error.message : String(error) });
			}
		}
		const changes: FileChange[] = [];
		try {
			for (const note of ready) {
				try {
					const folder = note.path.includes("/") ? note.path.slice(0, note.path.lastIndexOf("/")) : "";
					if (folder !== "" && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
					await this.app.vault.create(note.path, note.text);
					changes.push({ path: note.path, before: null, after: note.text });
					this.options.written?.(note.path, note.text);
				} catch (error) {
					plan.skipped.push({ name: note.path, origin: "", reason: error instanceof Error ? error.message : String(error) });
				}
			}
			for (const [path, fields] of updates) {
				const file = asFile(this.app, path);
				if (!file) continue;
				const before = await this.app.vault.read(file);
				try {
					const after = await this.app.vault.process(file, (text) => setProperties(text, fields));
					if (after !== before) {
						changes.push({ path, before, after });
						this.options.written?.(path, after);
					}
				} catch (error) {
					plan.skipped.push({ name: path, origin: "", reason: error instanceof Error ? error.message : String(error) });
				}
			}
		} finally {
			this.options.history.record({ label: `import of ${changes.length} ${changes.length === 1 ? "note" : "notes"}`, changes });
		}
		return changes.length;
	}

	/**
	 * Takes on a person note that another plugin (Templater) has just created from the person template: adds the
	 * tier under the key the note already uses, and records the whole creation as one undo step.
	 */
	async adoptCreated(path: string, tier: string | null): Promise<void> {
		const file = asFile(this.app, path);
		if (!file) throw new WriteError(`${path} was not created.`);
		let after = await this.app.vault.read(file);
		if (tier) {
			const { noteShape, setProperties } = await noteEdit();
			try {
				const yaml = noteShape(after).yaml;
				const current = yaml === null ? {} : (parseYaml(yaml) as Frontmatter | null) ?? {};
				const edited = setProperties(after, { [this.keyFor(current, "tier")]: tier });
				after = await this.app.vault.process(file, () => edited);
			} catch (error) {
				throw new WriteError(`${path} was created from the template, but its properties cannot take the tier: ${error instanceof Error ? error.message : String(error)}.`);
			}
		}
		this.options.history.record({ label: `add ${file.basename}`, changes: [{ path, before: null, after }] });
		this.options.written?.(path, after);
	}

	/** Creates a person note from a template (`{{title}}`, `{{date}}`), in one undo step; never half-written. */
	async addPerson(options: { name: string; folder: string; template: string; tier: string | null; today: Day }): Promise<string> {
		const name = safeFileName(options.name);
		if (name === "") throw new WriteError("A person needs a name with a letter or a digit in it.");
		const folder = safePath(options.folder);
		if (folder === null) throw new WriteError(`The people folder "${options.folder}" is outside the vault; change it in settings.`);
		const path = `${folder === "" ? "" : `${folder}/`}${name}.md`;
		if (this.app.vault.getAbstractFileByPath(path)) throw new WriteError(`${path} already exists.`);
		let text = options.template ? fillTemplate(options.template, { title: name, date: options.today, clock: CLOCK() }) : "";
		const { noteShape, setProperties } = await noteEdit();
		try {
			// The template's properties must be editable; the tier goes under the key the template already uses.
			setProperties(text, {});
			if (options.tier) {
				const yaml = noteShape(text).yaml;
				const current = yaml === null ? {} : (parseYaml(yaml) as Frontmatter | null) ?? {};
				text = setProperties(text, { [this.keyFor(current, "tier")]: options.tier });
			}
		} catch (error) {
			throw new WriteError(`The person template cannot be used: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
		}
		if (folder !== "" && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
		await this.app.vault.create(path, text);
		this.options.history.record({ label: `add ${name}`, changes: [{ path, before: null, after: text }] });
		this.options.written?.(path, text);
		return path;
	}
}

/** A task's words with the Tasks plugin's done date, before a trailing block id (`^abc`), as Tasks puts it. */
export function withDoneDate(rest: string, day: Day): string {
	const block = / \^[\w-]+\s*$/.exec(rest);
	const words = (block ? rest.slice(0, block.index) : rest).trimEnd();
	return `${words} ✅ ${day}${block ? block[0].trimEnd() : ""}`;
}

/** Whether to write the Tasks plugin's dates: Tasks is on in this vault, or the setting says so. */
export function tasksDates(ctx: { store: { settings: AscentSettings }; index: { conventions: { tasksPlugin: boolean } | null } }): boolean {
	return ctx.store.settings.tasksDates || (ctx.index.conventions?.tasksPlugin ?? false);
}

/** A vault path as Obsidian writes it (`normalizePath`), or null when it would leave the vault. */
export function safePath(path: string): string | null {
	const inside = vaultPath(path);
	return inside === null ? null : inside === "" ? "" : normalizePath(inside);
}
