// What the UI can ask the plugin to do. Components call these and know nothing of Obsidian's App.
import type { FollowUp } from "../core/model";

export interface UiActions {
	open(path: string, newTab: boolean): void;
	/** Opens the note a last contact came from. */
	openSource(path: string, newTab: boolean): void;
	logToday(path: string): void;
	logDetails(path: string): void;
	snooze(path: string, days: number): void;
	/** Ticks an open follow-up (a task at `line` of the note at `path`). */
	completeFollowUp(path: string, line: number, text: string | null): void;
	/**
	 * The text of a follow-up whose note the index has not read (inside Obsidian, dated notes are indexed from
	 * metadata alone, which locates a task but does not hold its words).
	 */
	followUpText(task: FollowUp): Promise<string | null>;
	/** Saves the setting a setup suggestion names (undoable). */
	useSuggestion(id: string): void;
	/** The days of a person's interactions (for the calendar thumbnail). */
	contactDays(path: string): string[];
}
