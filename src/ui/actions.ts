// What the UI can ask the plugin to do. Components call these and know nothing of Obsidian's App.
import type { LogChannel } from "./card-model";

export interface UiActions {
	open(path: string, newTab: boolean): void;
	/** Opens the note a last contact came from. */
	openSource(path: string, newTab: boolean): void;
	/** Logs contact today; with a channel (call, message, meet) when the card's buttons say which. */
	logToday(path: string, kind?: LogChannel): void;
	logDetails(path: string): void;
	snooze(path: string, days: number): void;
	/** Ticks an open follow-up (a task at `line` of the note at `path`). */
	completeFollowUp(path: string, line: number, text: string | null): void;
	/** Saves the setting a setup suggestion names (undoable). */
	useSuggestion(id: string): void;
	/** The days of a person's interactions (for the calendar thumbnail). */
	contactDays(path: string): string[];
	/** Logs the introduction of two people (a line in each one's note; undoable). */
	logIntroduction(a: string, b: string, topic: string): void;
	/** Puts a person in a tier (a suggestion the user accepted; undoable). */
	setTier(path: string, tier: string): void;
	/** Shows a person's card (in the sidebar, or a modal on a phone); closes it. */
	openCard(path: string): void;
	closeCard(): void;
	/** Copies text (an opener) to the clipboard, and says so. */
	copy(text: string): void;
	/** A choice of the user's about the view (kept per device): goals open, the contact history in the card. */
	pref(name: PrefName): boolean;
	setPref(name: PrefName, value: boolean): void;
}

/** The view choices kept per device, and their defaults. */
export const PREFS = { goalsOpen: false, cardHistory: false } as const;
export type PrefName = keyof typeof PREFS;
