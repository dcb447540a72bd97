// What the person card shows: one person, the words of their last contacts, and openers built from their notes.
import type { Day } from "../core/dates";
import type { PersonView } from "../core/model";
import type { Opener, RecentContact } from "../core/openers";
import type { TierSuggestion } from "../core/circles";
import type { Wording } from "../core/vocabulary";

export interface CardView {
	person: PersonView;
	today: Day;
	wording: Wording;
	/** The last three contacts, newest first; their words arrive when the notes are read (null until then). */
	recent: RecentContact[];
	openers: Opener[];
	/** Tags worth sharing something about (not the tags that mark a person). */
	interests: string[];
	birthdayLeadDays: number;
	/** Introductions they are part of: one's need, the other's offer (core/introductions.ts). */
	introductions: { a: string; b: string; topic: string; text: string }[];
	/** The tier their measured rhythm fits, when it is not the one they have (core/circles.ts). */
	tierSuggestion: TierSuggestion | null;
	/** Where the card is shown: in the sidebar (in place of the list), or in a modal (on a phone). */
	place: "sidebar" | "modal";
}

/** The channels a contact can be logged with from the card, one click each. */
export const LOG_CHANNELS = [
	{ kind: "call", label: "Call" },
	{ kind: "message", label: "Message" },
	{ kind: "meet", label: "Met" },
] as const;

export type LogChannel = (typeof LOG_CHANNELS)[number]["kind"];
