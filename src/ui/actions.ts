// What the UI can ask the plugin to do. Components call these and know nothing of Obsidian's App.

export interface UiActions {
	open(path: string, newTab: boolean): void;
	/** Opens the note a last contact came from. */
	openSource(path: string, newTab: boolean): void;
	logToday(path: string): void;
	logDetails(path: string): void;
	snooze(path: string, days: number): void;
	/** Ticks an open follow-up (a task at `line` of the note at `path`). */
	completeFollowUp(path: string, line: number, text: string | null): void;
	/** Saves the setting a setup suggestion names (undoable). */
	useSuggestion(id: string): void;
	/** The days of a person's interactions (for the calendar thumbnail). */
	contactDays(path: string): string[];
}
