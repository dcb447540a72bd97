// Every change Ascent makes to a note: frontmatter through processFrontMatter, bodies through vault.process.
import { type App, parseYaml, type TFile } from "obsidian";
import { type Day, parseDay } from "../core/dates";
import { existingKey } from "../core/fields";
import type { InteractionKind } from "../core/model";
import { formatLogLine, insertUnderHeading, sameProperties, splitFrontmatter } from "../core/note-text";
import type { ImportPlan } from "../core/import/plan";
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
		const line = formatLogLine(request.date, request.kind, request.note);
		const addLine = (text: string) => insertUnderHeading(text, settings.logHeading, line);
		await this.step(label, request.paths, async (file) => {
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

	/** Ticks the open task on `line` (0-based), if that line is still the task it was. */
	async completeTask(path: string, line: number, text: string | null): Promise<void> {
		let found = false;
		const tick = (data: string) => {
			const lines = data.split("\n");
			const current = lines[line];
			const match = current === undefined ? null : /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \](.*)$/.exec(current);
			if (!match || (text !== null && (match[2] ?? "").trim() !== text)) return data;
			found = true;
			lines[line] = `${match[1] ?? ""}[x]${match[2] ?? ""}`;
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
		const add = (data: string) => `${data.replace(/\s*$/, "")}${data.trim() === "" ? "" : "\n\n"}${text}`;
		await this.step(label, [path], async (file) => {
			const body = { seen: "", edit: add };
			await this.app.vault.process(file, (data) => add((body.seen = data)));
			return { keys: [], body };
		});
	}

	/**
	 * Applies an import plan as one undo step: new notes from the person template (in the plan's paths), then the
	 * planned properties on existing people. Ambiguous matches are not in the plan's writes at all.
	 */
	async applyImport(plan: ImportPlan, template: string, today: Day): Promise<number> {
		const changes: FileChange[] = [];
		try {
			for (const create of plan.creates) {
				if (this.app.vault.getAbstractFileByPath(create.path)) continue;
				const folder = create.path.includes("/") ? create.path.slice(0, create.path.lastIndexOf("/")) : "";
				if (folder !== "" && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
				const body = template.replace(/\{\{title\}\}/g, create.name).replace(/\{\{date\}\}/g, today) || `# ${create.name}\n`;
				const file = await this.app.vault.create(create.path, body);
				if (Object.keys(create.fields).length > 0) {
					await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
						for (const [key, value] of Object.entries(create.fields)) fm[key] = value;
					});
				}
				const after = await this.app.vault.read(file);
				changes.push({ path: create.path, before: null, after });
				this.options.written?.(create.path, after);
			}
			for (const update of plan.updates) {
				if (update.changes.length === 0) continue;
				const file = this.file(update.path);
				const before = await this.app.vault.read(file);
				await this.app.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
					for (const change of update.changes) fm[change.key] = change.value;
				});
				const after = await this.app.vault.read(file);
				if (after !== before) {
					changes.push({ path: update.path, before, after });
					this.options.written?.(update.path, after);
				}
			}
		} finally {
			this.options.history.record({ label: `import of ${plan.creates.length + plan.updates.length} people`, changes });
		}
		return changes.length;
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
