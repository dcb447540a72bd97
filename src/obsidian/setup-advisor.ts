// The setup check inside Obsidian: when Ascent finds nobody, it looks at what the vault holds (metadata only, in
// slices) and offers the settings that would read it; "Use this" saves one, as an undoable step.
import { Notice } from "obsidian";
import { runInSlices } from "../core/build-slices";
import { applyChange, type SetupReport, setupCheckSteps } from "../core/setup-check";
import type { AscentSettings } from "../core/settings";
import { withConventions } from "../core/vault-config";
import type { AscentContext } from "./context";
import { markdownFiles, recordFor } from "./records";
import type { UndoResult } from "./undo";
import { nextTask } from "./next-task";

export interface SetupAdvisorOptions extends Pick<AscentContext, "index" | "store" | "history" | "notifyUndo"> {
	/** Called when the report changes (the sidebar and the settings tab show it). */
	changed: () => void;
}

export class SetupAdvisor {
	/** The last check, while Ascent finds nobody; null once it finds people (or before the index is ready). */
	report: SetupReport | null = null;
	private generation = 0;

	constructor(private readonly options: SetupAdvisorOptions) {}

	/**
	 * Checks the vault again if the index holds nobody (or when asked, from the settings tab); forgets the report
	 * once the index holds people.
	 */
	async refresh(force = false): Promise<void> {
		const { index } = this.options;
		const generation = ++this.generation;
		const state = index.current;
		if (state.kind !== "ready" || (state.index.hasPeople() && !force) || !index.conventions) {
			if (this.report !== null) {
				this.report = null;
				this.options.changed();
			}
			return;
		}
		const settings = withConventions(this.options.store.settings, index.conventions);
		const { conventions, app, dailyDate } = index;
		// Metadata only, and the records too are gathered in slices: 30,000 of them never hold the app at once.
		const steps = (function* () {
			const records = [];
			for (const file of markdownFiles(app)) {
				records.push(recordFor(app, file));
				yield;
			}
			return yield* setupCheckSteps({
				records, settings, dailyNotes: conventions.dailyNotes, dailyNotesConfigured: conventions.dailyNotesConfigured, dailyDate,
			});
		})();
		const result = await runInSlices(steps, async () => {
			await nextTask();
			return generation === this.generation;
		});
		if (!result.done || !result.value || generation !== this.generation) return;
		this.report = result.value;
		this.options.changed();
	}

	/** Saves the setting a suggestion names; one undo step restores the settings as they were. */
	async use(id: string): Promise<void> {
		const suggestion = this.report?.suggestions.find((s) => s.id === id);
		if (!suggestion) {
			new Notice("That suggestion no longer applies; the vault or the settings changed.");
			return;
		}
		const { store, history } = this.options;
		const snapshot = (s: AscentSettings) => JSON.stringify(s);
		const before = JSON.parse(snapshot(store.settings)) as AscentSettings;
		await store.update((s) => applyChange(s, suggestion.change));
		const after = snapshot(store.settings);
		const label = suggestion.setting;
		const restore = (target: AscentSettings, direction: "undo" | "redo", expected: string) => async (): Promise<UndoResult> => {
			if (snapshot(store.settings) !== expected) return { ok: false, message: `Cannot ${direction} "${label}": the settings were changed since.` };
			await store.update((s) => Object.assign(s, JSON.parse(JSON.stringify(target)) as AscentSettings));
			return { ok: true, label };
		};
		const afterSettings = JSON.parse(after) as AscentSettings;
		history.record({
			label, changes: [],
			custom: { undo: restore(before, "undo", after), redo: restore(afterSettings, "redo", snapshot(before)) },
		});
		this.options.notifyUndo(`Ascent will ${label}.`);
	}
}
