// One undo step per Ascent action, however many notes it touched; undo only restores what Ascent itself wrote.
import type { App } from "obsidian";
import { asFile } from "./records";

export interface FileChange {
	path: string;
	/** null: Ascent created the note. */
	before: string | null;
	after: string;
}

export interface UndoStep {
	label: string;
	changes: FileChange[];
	/** A change that is not to notes (Ascent's own settings): how to take it back and put it again. */
	custom?: { undo: () => Promise<UndoResult>; redo: () => Promise<UndoResult> };
	/** Set when a note changed under Ascent during the write: undo would lose that edit, so it declines. */
	blocked?: string;
}

export type UndoResult = { ok: true; label: string } | { ok: false; message: string };

export class UndoHistory {
	private readonly done: UndoStep[] = [];
	private readonly undone: UndoStep[] = [];

	constructor(private readonly app: App, private readonly limit = 50) {}

	record(step: UndoStep): void {
		if (step.changes.length === 0 && !step.custom) return;
		this.done.push(step);
		if (this.done.length > this.limit) this.done.shift();
		this.undone.length = 0;
	}

	get canUndo(): boolean {
		return this.done.length > 0;
	}

	get canRedo(): boolean {
		return this.undone.length > 0;
	}

	undo(): Promise<UndoResult> {
		return this.move(this.done, this.undone, "undo");
	}

	/** The newest step, for a notice's Undo button to name its own. */
	get latest(): UndoStep | undefined {
		return this.done[this.done.length - 1];
	}

	/**
	 * Undoes `step` itself (a notice's Undo button), when it is the newest; a step with later ones after it waits for
	 * them (nothing the user did not ask for is undone), and the message says which to undo first.
	 */
	async undoStep(step: UndoStep): Promise<UndoResult> {
		const at = this.done.indexOf(step);
		if (at === -1) return { ok: false, message: this.undone.includes(step) ? `"${step.label}" is already undone.` : `"${step.label}" can no longer be undone.` };
		const later = this.done[this.done.length - 1];
		if (later !== step) return { ok: false, message: `Undo "${later?.label ?? ""}" first: it came after "${step.label}".` };
		return this.undo();
	}

	redo(): Promise<UndoResult> {
		return this.move(this.undone, this.done, "redo");
	}

	/** Applies the newest step of `from` and, if it went through, moves it to `to`. */
	private async move(from: UndoStep[], to: UndoStep[], direction: "undo" | "redo"): Promise<UndoResult> {
		const step = from[from.length - 1];
		if (!step) return { ok: false, message: `Nothing to ${direction}.` };
		const result = await this.apply(step, direction);
		if (result.ok) to.push(from.pop() as UndoStep);
		return result;
	}

	/** Checks every note first, so a step is applied whole or not at all. */
	private async apply(step: UndoStep, direction: "undo" | "redo"): Promise<UndoResult> {
		if (step.blocked) return { ok: false, message: `Cannot ${direction} "${step.label}": ${step.blocked}.` };
		if (step.custom) return step.custom[direction]();
		const expected = (c: FileChange) => (direction === "undo" ? c.after : c.before);
		for (const change of step.changes) {
			const file = asFile(this.app, change.path);
			const want = expected(change);
			if (want === null) {
				if (file) return { ok: false, message: `Cannot ${direction} "${step.label}": ${change.path} exists again.` };
				continue;
			}
			if (!file) return { ok: false, message: `Cannot ${direction} "${step.label}": ${change.path} was moved or deleted.` };
			const now = await this.app.vault.read(file);
			if (now !== want) return { ok: false, message: `Cannot ${direction} "${step.label}": ${change.path} was edited since; your edit is kept.` };
		}
		for (const change of step.changes) {
			const target = direction === "undo" ? change.before : change.after;
			const file = asFile(this.app, change.path);
			if (target === null) {
				if (file) await this.app.fileManager.trashFile(file);
			} else if (file) {
				const want = expected(change);
				await this.app.vault.process(file, (data) => (data === want ? target : data));
			} else {
				await this.app.vault.create(change.path, target);
			}
		}
		return { ok: true, label: step.label };
	}
}
