// What every feature is given, and nothing more: the app and the plugin, the settings, the live index, the writer
// with its undo history, one clock, one readiness check, and the few acts features share (run a write with an Undo
// notice, open a note, open the sidebar). Features take this, never the object that wires them.
import { type App, Notice, type Plugin } from "obsidian";
import { compareByName } from "../core/attention";
import type { Day } from "../core/dates";
import type { PersonView } from "../core/model";
import type { PeopleIndex } from "../core/people-index";
import type { IndexService } from "./index-service";
import { asFile } from "./records";
import type { SettingsStore } from "./settings-store";
import type { UndoHistory, UndoResult, UndoStep } from "./undo";
import { VIEW_TYPE } from "./view-types";
import { type Writer, WriteError } from "./writes";

export interface AscentContext {
	app: App;
	plugin: Plugin;
	store: SettingsStore;
	index: IndexService;
	writer: Writer;
	history: UndoHistory;
	/** The one clock: today where the user is (tests pin it through the index service's `now`). */
	today(): Day;
	/** The index when it is ready, else null: the one readiness check. */
	ready(): PeopleIndex | null;
	/** Runs a write; says what happened with an Undo action, or why nothing was written. False when nothing was. */
	run(message: string, write: () => Promise<unknown>): Promise<boolean>;
	/** A notice with an Undo action for the step just recorded. */
	notifyUndo(message: string): void;
	undo(step?: UndoStep): Promise<UndoResult>;
	redo(): Promise<UndoResult>;
	/** Everyone today, by name. */
	people(): PersonView[];
	personView(path: string): PersonView | null;
	/** The person whose note is active, if it is a person's. */
	activePerson(): PersonView | null;
	openNote(path: string, newTab?: boolean): Promise<void>;
	openSidebar(): Promise<void>;
}

export function createContext(parts: Pick<AscentContext, "app" | "plugin" | "store" | "index" | "writer" | "history">): AscentContext {
	const { app, index, history } = parts;
	const ctx: AscentContext = {
		...parts,
		today: () => index.today(),
		ready: () => (index.current.kind === "ready" ? index.current.index : null),
		async run(message, write) {
			try {
				await write();
			} catch (error) {
				new Notice(error instanceof WriteError ? error.message : `Ascent could not write: ${(error as Error).message}`);
				return false;
			}
			ctx.notifyUndo(message);
			return true;
		},
		notifyUndo(message) {
			// The button undoes this very step (not whatever came last).
			const step = history.latest;
			new Notice(createFragment((f) => {
				f.createSpan({ text: `${message} ` });
				f.createEl("button", { text: "Undo", cls: "ascent-undo" }).addEventListener("click", () => void ctx.undo(step));
			}), 8000);
		},
		async undo(step) {
			const result = step ? await history.undoStep(step) : await history.undo();
			new Notice(result.ok ? `Undone: ${result.label}.` : result.message);
			return result;
		},
		async redo() {
			const result = await history.redo();
			new Notice(result.ok ? `Redone: ${result.label}.` : result.message);
			return result;
		},
		people: () => ctx.ready()?.people(ctx.today()).sort(compareByName) ?? [],
		personView: (path) => ctx.ready()?.person(path, ctx.today()) ?? null,
		activePerson() {
			const file = app.workspace.getActiveFile();
			return file ? ctx.personView(file.path) : null;
		},
		async openNote(path, newTab = false) {
			const file = asFile(app, path);
			if (!file) {
				new Notice(`${path} no longer exists.`);
				return;
			}
			await app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
		},
		async openSidebar() {
			const { workspace } = app;
			const existing = workspace.getLeavesOfType(VIEW_TYPE)[0];
			if (existing) {
				await workspace.revealLeaf(existing);
				return;
			}
			const leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE, active: true });
			await workspace.revealLeaf(leaf);
		},
	};
	return ctx;
}
