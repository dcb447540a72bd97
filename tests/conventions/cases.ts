// One table of cases for the vault conventions Ascent reads out of the box: each fixture vault under
// tests/fixtures/conventions models one kind of real vault, and each row says what a user must see for it.
// conventions.test.ts runs every row through both sources: the CLI on disk and the plugin in the fake Obsidian.
import type { GoalKind } from "../../src/core/goals";

export interface ExpectedPerson {
	status: string;
	lastContact: string | null;
	/** The note the last contact came from. */
	lastContactPath: string | null;
	cadenceDays: number | null;
	due: string | null;
	nextContact?: string | null;
	birthday?: string | null;
}

export interface ConventionCase {
	vault: string;
	/** What the vault stands for, and which conventions it exercises. */
	about: string;
	/** Everyone Ascent must find, and nobody else. */
	people: Record<string, ExpectedPerson>;
	attention: string[];
	/** The days counted toward a goal kind (one entry per occurrence, sorted). */
	goalDays?: Partial<Record<GoalKind, string[]>>;
}

export const TODAY = "2026-11-30";

export const CASES: ConventionCase[] = [
	{
		vault: "bases-categories",
		about: "people marked `categories: [[People]]` (quoted, in a list, any case); no Daily notes settings, so notes named "
			+ "YYYY-MM-DD anywhere are daily notes; meeting notes named `YYYY-MM-DD Title` with `people:`; `host:` and "
			+ "`author:` are references, not contact; first met from `created`, else the first contact",
		people: {
			"References/Maya Okafor.md": {
				status: "ok", lastContact: "2026-11-28", lastContactPath: "Daily/2026-11-28.md", cadenceDays: 30, due: "2026-12-28",
				nextContact: null, birthday: "12-04",
			},
			"References/Jon Park.md": {
				status: "ok", lastContact: "2026-11-12", lastContactPath: "Meetings/2026-11-12 Product sync.md", cadenceDays: 90,
				due: "2027-02-10",
			},
			"References/Ravi Shah.md": { status: "never-contacted", lastContact: null, lastContactPath: null, cadenceDays: 90, due: null },
		},
		attention: ["References/Ravi Shah.md"],
		goalDays: {
			// Jon's `created`, and Maya's first contact (she has neither `met` nor `created`); Ravi has no contact yet.
			"new-connections": ["2026-11-03", "2026-11-28"],
			// `type: meeting` makes the product sync a meeting: a reach-out to Jon.
			"reach-outs": ["2026-11-12"],
			interactions: ["2026-11-12", "2026-11-28"],
		},
	},
	{
		vault: "dataview-inline",
		about: "Dataview inline fields: `last-contact::`, `cadence::`, `birthday::` in a person's note (a property wins), "
			+ "`[date:: …]` dating minutes, `(person:: [[X]])` in a daily note; none read from code, quotes, open tasks or embeds",
		people: {
			"Contacts/Lena Fischer.md": {
				status: "ok", lastContact: "2026-11-20", lastContactPath: "Minutes/Offsite planning.md", cadenceDays: 30, due: "2026-12-20",
				birthday: "12-03",
			},
			"Contacts/Omar Haddad.md": {
				status: "due-soon", lastContact: "2026-11-20", lastContactPath: "Minutes/Offsite planning.md", cadenceDays: 14, due: "2026-12-04",
			},
		},
		attention: ["Contacts/Omar Haddad.md"],
		goalDays: { interactions: ["2026-11-18", "2026-11-20", "2026-11-20"] },
	},
	{
		vault: "templater-periodic",
		about: "Periodic Notes' daily folder with notes filed in year/month subfolders; `20261105 Kai 1-1` dated by its name; "
			+ "Templater's and the core Templates folders, and a copied template with `created: {{date}}`, are never people or "
			+ "interactions",
		people: {
			"People/Kai Müller.md": {
				status: "ok", lastContact: "2026-11-24", lastContactPath: "Journal/2026/11/2026-11-24.md", cadenceDays: 30, due: "2026-12-24",
			},
		},
		attention: [],
		goalDays: { interactions: ["2026-11-05", "2026-11-24"] },
	},
	{
		vault: "interaction-notes",
		about: "interaction notes with `contacts:`, `with:`, `participants:` and `kind: email`, `channel: call`, "
			+ "`kind: [[Meeting]]`; `next_follow_up` and `next-contact` set the due date whatever the cadence; a date written "
			+ "as a link; `type: \"[[Person]]\"` and `#people` mark people",
		people: {
			"People/Ada Byrne.md": {
				status: "due-soon", lastContact: "2026-11-26", lastContactPath: "Interactions/Email to Ada.md", cadenceDays: 14,
				due: "2026-12-02", nextContact: "2026-12-02",
			},
			"People/Ben Ortiz.md": {
				status: "overdue", lastContact: "2026-11-15", lastContactPath: "Interactions/Dinner.md", cadenceDays: 91,
				due: "2026-11-25", nextContact: "2026-11-25",
			},
		},
		attention: ["People/Ben Ortiz.md", "People/Ada Byrne.md"],
		goalDays: {
			// The email (a message), the call, and the dinner (a meeting) with both.
			"reach-outs": ["2026-11-10", "2026-11-15", "2026-11-15", "2026-11-26"],
			"new-connections": ["2025-06-01", "2026-11-01"],
		},
	},
];
