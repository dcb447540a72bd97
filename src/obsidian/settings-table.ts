// Every plain setting in one table: its name, description and kind of control, grouped under the tab's headings.
// The settings tab draws it for older apps (display()) and hands it to Obsidian 1.13's settings search
// (getSettingDefinitions()); reading and writing a value go through the same two functions for both.
import { type AscentSettings, FIELDS, type FieldName, LIMITS, limitMessage, withinLimits } from "../core/settings";

type NumberKey = "defaultCadenceDays" | "dueSoonDays" | "birthdayLeadDays" | "reachOutCount" | "reconnectAfterDays";
type ToggleKey = "goalsEnabled" | "reachOutOnDailyNote" | "gentleWording" | "datesFromFileNames" | "metFromFileTime" | "tasksDates";
type TextKey = "dailyNotesFolder" | "dailyNotesFormat" | "datePropertyKey" | "logHeading" | "personTemplate" | "eventFolder";
type ListKey = "personFolders" | "personTags" | "personMarkerKeys" | "personMarkerValues" | "excludedFolders" | "contactPropertyKeys" | "channelPropertyKeys";

/** A control's key: a setting's name, or `fieldKeys.<field>` for the property names of a field. */
export type ControlKey = NumberKey | ToggleKey | TextKey | ListKey | `fieldKeys.${FieldName}`;

export type PlainSetting = { key: ControlKey; name: string; desc: string; aliases?: string[] } & (
	| { type: "toggle" }
	| { type: "number" }
	/** Text; `folder` and `file` get the vault's folders or notes as suggestions; `required` refuses an empty value. */
	| { type: "text" | "folder" | "file"; placeholder?: string; required?: boolean }
	/** A comma-separated list; `tags` drops a leading #. */
	| { type: "list"; tags?: boolean; required?: boolean; placeholder?: string }
);

/** The parts of the tab that are more than one control: drawn by the tab itself. */
export type CustomPart = "status" | "tiers" | "goals";

export interface SettingsGroup {
	heading: string | null;
	items: (PlainSetting | { custom: CustomPart })[];
}

const FIELD_SETTINGS: PlainSetting[] = (Object.keys(FIELDS) as FieldName[]).map((field) => ({
	key: `fieldKeys.${field}`, name: FIELDS[field].label, type: "list", required: true, aliases: ["property", "field"],
	desc: "Property names read, in order; the first is used when a note has none yet.",
}));

export const SETTINGS_GROUPS: SettingsGroup[] = [
	{ heading: null, items: [{ custom: "status" }] },
	{
		heading: "Who is a person", items: [
			{ key: "personFolders", name: "People folders", type: "list", aliases: ["folder", "contacts"],
				desc: "Every note in these folders (and below) is a person. A name matches that folder anywhere; a path with / starts at the vault's root. Separate with commas." },
			{ key: "personTags", name: "Person tags", type: "list", tags: true, desc: "Notes with these tags are people; person also claims #person/work." },
			{ key: "personMarkerKeys", name: "Marker properties", type: "list", placeholder: "type, categories",
				desc: "A note is a person when one of these properties holds one of the marker values, as text or as a link (type: person, categories: [[People]]). Empty turns markers off." },
			{ key: "personMarkerValues", name: "Marker values", type: "list", placeholder: "person, people", desc: "The values of the marker properties that make a note a person." },
			{ key: "excludedFolders", name: "Excluded folders", type: "list",
				desc: "Never people, never dated notes: archives. Template folders named in the vault's template settings are always excluded." },
		],
	},
	{ heading: "Fields", items: FIELD_SETTINGS },
	{ heading: "Tiers", items: [{ custom: "tiers" }] },
	{
		heading: "Timing", items: [
			{ key: "defaultCadenceDays", name: "Default cadence (days)", type: "number", desc: "For people with contact but no cadence or tier." },
			{ key: "dueSoonDays", name: "Due soon (days)", type: "number", desc: "How far ahead a due date counts as due soon." },
			{ key: "birthdayLeadDays", name: "Birthday lead time (days)", type: "number", desc: "How far ahead a birthday is a reason to reach out." },
			{ key: "reconnectAfterDays", name: "Reconnect after (days)", type: "number", aliases: ["dormant", "lapsed"],
				desc: "Someone you were once in touch with and have not contacted for this long is on the Reconnect list." },
		],
	},
	{
		heading: "Networking goals", items: [
			{ key: "goalsEnabled", name: "Show goals", type: "toggle", desc: "Progress, pace and streaks in the sidebar, the report and the goals block." },
			{ custom: "goals" },
		],
	},
	{
		heading: "Daily note", items: [
			{ key: "reachOutOnDailyNote", name: "Add a reach-out list to new daily notes", type: "toggle",
				desc: "When today's daily note is created, append the people to reach out to as unticked tasks; ticking one logs the contact." },
			{ key: "reachOutCount", name: "People in the reach-out list", type: "number", desc: "How many people the list names." },
			{ key: "tasksDates", name: "Tasks plugin dates", type: "toggle", aliases: ["tasks", "done date", "due date"],
				desc: "Write the Tasks plugin's dates: a done date when a follow-up is ticked, a due date on reach-out items. On by itself when Tasks is on in this vault." },
			{ key: "gentleWording", name: "Gentler wording", type: "toggle", aliases: ["overdue", "reconnect"],
				desc: "Say \"reconnect · it's been 3 months\" where Ascent would say \"overdue 3 weeks\", in the sidebar, the block, the daily note and the report." },
		],
	},
	{
		heading: "Dated notes", items: [
			{ key: "dailyNotesFolder", name: "Daily notes folder", type: "folder", desc: "Leave empty to use the folder of the daily notes plugin." },
			{ key: "dailyNotesFormat", name: "Daily notes format", type: "text", placeholder: "YYYY-MM-DD",
				desc: "A moment.js date format, which may hold folders. Leave empty to use the format of the daily notes plugin." },
			{ key: "datePropertyKey", name: "Date property", type: "text",
				desc: "Any note with this property (or this inline field, date:: 2026-11-30) counts as a dated note. Empty turns it off." },
			{ key: "datesFromFileNames", name: "Dates in file names", type: "toggle",
				desc: "A note whose name starts with a date (2023-09-12 meeting notes, 20260301 standup) is dated on that day, wherever it is." },
			{ key: "contactPropertyKeys", name: "People properties", type: "list", desc: "Links under these properties of a dated note count as contact (people: [[…]])." },
			{ key: "channelPropertyKeys", name: "Channel properties", type: "list",
				desc: "A dated note's channel (kind: call, channel: email, type: meeting) makes it a call, a message, a meeting or an event." },
			{ key: "metFromFileTime", name: "First met from file dates", type: "toggle",
				desc: "Without met, created or any contact, use the file's creation date as the day you met. Off by default: a synced or cloned vault gives every note today's date." },
			{ key: "logHeading", name: "Log heading", type: "text", required: true, desc: "Log lines go under this heading in a person's note." },
			{ key: "personTemplate", name: "Person template", type: "file", placeholder: "Templates/Person.md",
				desc: "A note used to start new people; {{title}}, {{date}}, {{date:FORMAT}} and {{time}} are filled in." },
			{ key: "eventFolder", name: "Event folder", type: "folder", placeholder: "Events", aliases: ["calendar", "ics"],
				desc: "Where events imported from a calendar file go." },
		],
	},
];

/** Every plain setting, by key. */
export const PLAIN_SETTINGS: ReadonlyMap<ControlKey, PlainSetting> = new Map(
	SETTINGS_GROUPS.flatMap((g) => g.items).filter((i): i is PlainSetting => "key" in i).map((i) => [i.key, i]),
);

const split = (value: string) => value.split(",").map((s) => s.trim()).filter((s) => s !== "");

/** A setting's value as its control shows it (a list as "a, b"). */
export function controlValue(settings: AscentSettings, key: ControlKey): string | number | boolean {
	if (key.startsWith("fieldKeys.")) return settings.fieldKeys[key.slice("fieldKeys.".length) as FieldName].join(", ");
	const value = settings[key as Exclude<ControlKey, `fieldKeys.${string}`>];
	return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Why a control's value cannot be saved (one line), or null. A number outside its limits, a required value left
 * empty, or a value of the wrong kind is refused, so that nothing the tab accepts is reset on the next load.
 */
export function controlProblem(key: ControlKey, value: unknown): string | null {
	const def = PLAIN_SETTINGS.get(key);
	if (!def) return `${key} is not a setting.`;
	if (def.type === "toggle") return typeof value === "boolean" ? null : "Must be on or off.";
	if (def.type === "number") {
		const limit = key as NumberKey;
		return withinLimits(limit, typeof value === "string" && value.trim() !== "" ? Number(value) : value) === null
			? `${limitMessage(limit).replace(/^must be/, "Must be")}.` : null;
	}
	if (typeof value !== "string") return "Must be text.";
	if (def.required && (def.type === "list" ? split(value).length === 0 : value.trim() === "")) return "Cannot be empty.";
	return null;
}

/** Writes a control's value into `settings` (already checked by controlProblem). */
export function setControlValue(settings: AscentSettings, key: ControlKey, value: unknown): void {
	const def = PLAIN_SETTINGS.get(key);
	if (!def || controlProblem(key, value) !== null) return;
	if (key.startsWith("fieldKeys.")) {
		settings.fieldKeys[key.slice("fieldKeys.".length) as FieldName] = split(String(value));
		return;
	}
	const target = settings as unknown as Record<string, unknown>;
	if (def.type === "toggle") target[key] = value;
	else if (def.type === "number") target[key] = withinLimits(key as NumberKey, Number(value));
	else if (def.type === "list") target[key] = split(String(value)).map((v) => (def.tags ? v.replace(/^#/, "") : v));
	else target[key] = String(value).trim();
}

/** The number limits of a key, for the control's min and max. */
export function numberLimits(key: ControlKey): { min: number; max: number } | null {
	return key in LIMITS ? LIMITS[key as NumberKey] : null;
}
