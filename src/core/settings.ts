// Ascent's settings: defaults, and a loader that keeps what it cannot read from breaking anything.
import { DEFAULT_GOALS, GOAL_KINDS, type Goal, PERIODS } from "./goals";

export type FieldName = "lastContact" | "cadence" | "tier" | "goals" | "met" | "created" | "birthday" | "snoozeUntil" | "paused"
	| "nextContact" | "email" | "phone" | "company" | "role" | "url" | "note" | "offers" | "needs" | "location";

export interface Tier {
	name: string;
	cadenceDays: number;
	/** How many people the tier can hold (Dunbar's layers: 5, 15, 50, 150); null: no limit. */
	capacity?: number | null;
}

/** The capacity of the default tiers, from the layers of a personal network (Hill & Dunbar 2003). */
export const TIER_CAPACITY: Readonly<Record<string, number | null>> = { "inner-circle": 5, close: 15, casual: 50, "keep-warm": 150, dormant: null };

export interface AscentSettings {
	version: number;
	/**
	 * Folders whose notes (recursively) are people. A name without a slash (`People`) is that folder at any depth;
	 * a path (`Work/People`, `/People`) is read from the vault's root.
	 */
	personFolders: string[];
	/** Tags that mark a person; `person` also claims `#person/work`. */
	personTags: string[];
	/**
	 * Property markers: a note is a person when one of these properties holds one of the values, as text or as a
	 * link (`type: person`, `categories: [[People]]`), ignoring case. An empty list of keys turns markers off.
	 */
	personMarkerKeys: string[];
	personMarkerValues: string[];
	/** Never people, never dated notes (templates); folder names match at any depth, as for people folders. */
	excludedFolders: string[];
	/**
	 * Notes that are never people or dated notes because the vault's configuration names them as templates (the
	 * Daily notes template). Derived from the vault when the index is built; never saved.
	 */
	excludedFiles?: readonly string[];
	/** Properties of a dated note whose links count as contact (`people: ["[[Ann Lee]]"]`). */
	contactPropertyKeys: string[];
	/** Properties of a dated note that name the channel (`kind: call`, `channel: email`). */
	channelPropertyKeys: string[];
	/** A note whose file name starts with a date (`2023-09-12 Meeting with Ann`) is dated on that day. */
	datesFromFileNames: boolean;
	/** A person's first-met date may fall back to the file's creation time (off: synced vaults make every note new). */
	metFromFileTime: boolean;
	/** For each field, the keys read, first one preferred when writing. */
	fieldKeys: Record<FieldName, string[]>;
	tiers: Tier[];
	defaultCadenceDays: number;
	dueSoonDays: number;
	birthdayLeadDays: number;
	/** How long out of touch makes a once-close tie one to reconnect with (days). */
	reconnectAfterDays: number;
	/** Daily notes folder and moment-style format; empty means "as the Daily notes plugin says". */
	dailyNotesFolder: string;
	dailyNotesFormat: string;
	/** Any note with this property (a date) counts as a dated note. Empty turns it off. */
	datePropertyKey: string;
	/** The heading under which log lines are read and written in a person's note. */
	logHeading: string;
	/** A note whose text starts every new person (`{{title}}`, `{{date}}`); empty for a blank note. */
	personTemplate: string;
	/** Where events imported from a calendar file go. */
	eventFolder: string;
	/** Append a "Reach out" list to today's daily note when it is created. Off until the user turns it on. */
	reachOutOnDailyNote: boolean;
	reachOutCount: number;
	/** Write the Tasks plugin's dates (`✅` when ticking, `📅` on reach-out items) even when Tasks is not on here. */
	tasksDates: boolean;
	/** Gentler words: "Reconnect · it's been 3 months" where the default says "Overdue 3 weeks". */
	gentleWording: boolean;
	/** Networking goals, and whether they are shown at all. */
	goalsEnabled: boolean;
	goals: Goal[];
}

/**
 * Every field of a person, in one table: its label in settings, and the property names it is read under (the first
 * is written when a note has none yet). Import, export and the reader all use these lists (through the settings,
 * where the user can change them). Adding a field is one entry here and its name in FieldName; what the field means
 * is read in core/person.ts.
 */
export const FIELDS: Record<FieldName, { label: string; keys: readonly string[] }> = {
	lastContact: { label: "Last contact", keys: ["last-contact", "last_contact", "lastContact", "last-contacted", "last_contacted", "last_chat", "prm-last-contacted"] },
	cadence: { label: "Cadence", keys: ["cadence", "frequency", "contact-frequency", "keep-in-touch", "prm-cadence"] },
	tier: { label: "Tier", keys: ["tier", "prm-tier"] },
	goals: { label: "Goals", keys: ["goals"] },
	offers: { label: "Offers", keys: ["offers", "can-help-with", "expertise"] },
	needs: { label: "Needs", keys: ["needs", "looking-for", "seeking"] },
	location: { label: "Location", keys: ["location", "city", "based-in"] },
	met: { label: "First met", keys: ["met", "first-met", "connected-on"] },
	created: { label: "Created", keys: ["created", "date-created", "creation-date"] },
	birthday: { label: "Birthday", keys: ["birthday", "bday", "prm-birthday"] },
	snoozeUntil: { label: "Snooze until", keys: ["snooze-until", "prm-snooze-until"] },
	paused: { label: "Paused", keys: ["paused", "prm-paused"] },
	nextContact: { label: "Next contact", keys: ["next-contact", "next_contact", "next-follow-up", "next_follow_up", "follow-up-date"] },
	// Contact details: what import writes (under the first key) and export reads.
	email: { label: "Email", keys: ["email", "emails", "e-mail"] },
	phone: { label: "Phone", keys: ["phone", "phones", "tel", "mobile"] },
	company: { label: "Company", keys: ["company", "org", "organization"] },
	role: { label: "Role", keys: ["role", "title", "position"] },
	url: { label: "Website", keys: ["url", "website", "linkedin"] },
	note: { label: "Note", keys: ["note", "notes"] },
};

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: AscentSettings = {
	version: SETTINGS_VERSION,
	personFolders: ["People", "Contacts"],
	personTags: ["person", "people", "contact"],
	personMarkerKeys: ["type", "category", "categories", "fileClass"],
	personMarkerValues: ["person", "people", "contact"],
	excludedFolders: ["Templates"],
	contactPropertyKeys: ["people", "attendees", "participants", "with", "contacts", "person"],
	channelPropertyKeys: ["kind", "channel", "type"],
	datesFromFileNames: true,
	metFromFileTime: false,
	fieldKeys: Object.fromEntries(Object.entries(FIELDS).map(([name, f]) => [name, [...f.keys]])) as Record<FieldName, string[]>,
	tiers: [
		{ name: "inner-circle", cadenceDays: 14, capacity: 5 },
		{ name: "close", cadenceDays: 30, capacity: 15 },
		{ name: "casual", cadenceDays: 90, capacity: 50 },
		{ name: "keep-warm", cadenceDays: 180, capacity: 150 },
		{ name: "dormant", cadenceDays: 365, capacity: null },
	],
	defaultCadenceDays: 90,
	dueSoonDays: 7,
	birthdayLeadDays: 7,
	reconnectAfterDays: 365,
	dailyNotesFolder: "",
	dailyNotesFormat: "",
	datePropertyKey: "date",
	logHeading: "Interactions",
	personTemplate: "",
	eventFolder: "Events",
	reachOutOnDailyNote: false,
	reachOutCount: 5,
	gentleWording: false,
	tasksDates: false,
	goalsEnabled: true,
	goals: DEFAULT_GOALS,
};

export interface SettingsProblem {
	key: string;
	message: string;
}

/** `base-1`, `base-2`, …: the first not in `taken` (ignoring case). */
export function uniqueName(base: string, taken: readonly string[]): string {
	const used = new Set(taken.map((t) => t.toLowerCase()));
	for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Names made unique: a repeat (ignoring case) becomes `name 2`, `name 3`, …; returns the renames made. */
function dedupe<T>(items: T[], get: (item: T) => string, set: (item: T, name: string) => void): string[] {
	const seen = new Set<string>();
	const renamed: string[] = [];
	for (const item of items) {
		const name = get(item);
		let unique = name;
		for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} ${n}`;
		if (unique !== name) {
			set(item, unique);
			renamed.push(`"${name}" → "${unique}"`);
		}
		seen.add(unique.toLowerCase());
	}
	return renamed;
}

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function stringList(value: unknown): string[] | null {
	if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
	if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((v) => v.trim()).filter((v) => v !== "");
	return null;
}

/**
 * Every whole number a setting holds: lowest, highest, and the unit named in a message. The one table the loader
 * and the settings tab both use, so a value the tab accepts is never reset on the next load.
 */
export const LIMITS = {
	reachOutCount: { min: 1, max: 50, unit: "" },
	defaultCadenceDays: { min: 1, max: 3660, unit: " of days" },
	dueSoonDays: { min: 0, max: 365, unit: " of days" },
	birthdayLeadDays: { min: 0, max: 365, unit: " of days" },
	reconnectAfterDays: { min: 90, max: 3660, unit: " of days" },
	tierCadenceDays: { min: 1, max: 3660, unit: " of days" },
	tierCapacity: { min: 1, max: 100_000, unit: "" },
	goalTarget: { min: 1, max: 10_000, unit: "" },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The value as a whole number within its limits, or null. */
export function withinLimits(name: LimitName, value: unknown): number | null {
	const { min, max } = LIMITS[name];
	return wholeNumber(value, min, max);
}

/** "must be a whole number of days from 0 to 365". */
export function limitMessage(name: LimitName): string {
	const { min, max, unit } = LIMITS[name];
	return `must be a whole number${unit} from ${min} to ${max}`;
}

function wholeNumber(value: unknown, min: number, max: number): number | null {
	return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * Loads saved settings over the defaults: missing keys take defaults, unknown keys are kept (another version may
 * need them), and an invalid value is replaced by its default and reported, never thrown.
 */
export function loadSettings(raw: unknown): { settings: AscentSettings; problems: SettingsProblem[]; extra: Record<string, unknown> } {
	const settings = clone(DEFAULT_SETTINGS);
	const problems: SettingsProblem[] = [];
	const extra: Record<string, unknown> = {};
	if (raw === null || raw === undefined) return { settings, problems, extra };
	if (typeof raw !== "object" || Array.isArray(raw)) {
		problems.push({ key: "(file)", message: "the settings file does not hold an object; defaults are used" });
		return { settings, problems, extra };
	}
	const bad = (key: string, message: string) => problems.push({ key, message });
	const version = (raw as Record<string, unknown>).version;
	if (typeof version === "number" && version > SETTINGS_VERSION) {
		// A newer Ascent wrote this file: its meaning may have changed, so none of it is trusted. Defaults load.
		bad("version", `was saved by a newer Ascent (settings version ${version}); defaults are used until you update Ascent`);
		return { settings, problems, extra };
	}
	for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
		switch (key) {
			case "version":
				if (typeof value !== "number") bad(key, "must be a number");
				break;
			case "personFolders":
			case "personTags":
			case "excludedFolders":
			case "personMarkerKeys":
			case "personMarkerValues":
			case "contactPropertyKeys":
			case "channelPropertyKeys": {
				const list = stringList(value);
				if (list) settings[key] = list.map((s) => (key === "personTags" ? s.replace(/^#/, "") : FOLDER_LISTS.has(key) ? s.replace(/\/+$/g, "") : s));
				else bad(key, "must be a list of text");
				break;
			}
			case "personMarkerKey":
			case "personMarkerValue":
				// Version 1 kept one marker; it becomes the only entry of its list (an empty key turned markers off).
				if (typeof value !== "string") bad(key, "must be text");
				else if (key === "personMarkerKey") settings.personMarkerKeys = value.trim() === "" ? [] : [value.trim()];
				else if (value.trim() !== "") settings.personMarkerValues = [value.trim()];
				break;
			case "dailyNotesFolder":
			case "dailyNotesFormat":
			case "datePropertyKey":
			case "logHeading":
			case "personTemplate":
			case "eventFolder":
				if (typeof value === "string") settings[key] = value.trim();
				else bad(key, "must be text");
				break;
			case "goals": {
				const valid = (g: unknown): g is Goal => {
					const goal = g as Goal;
					return goal !== null && typeof goal === "object" && typeof goal.id === "string" && goal.id !== ""
						&& GOAL_KINDS.includes(goal.kind) && PERIODS.includes(goal.period) && withinLimits("goalTarget", goal.target) !== null;
				};
				if (!Array.isArray(value) || !value.every(valid)) bad(key, `each goal needs an id, a kind, a period (week, month, quarter, year) and a target from ${LIMITS.goalTarget.min} to ${LIMITS.goalTarget.max}`);
				if (Array.isArray(value)) settings.goals = value.filter(valid).map((g) => ({ id: g.id, kind: g.kind, period: g.period, target: g.target }));
				const renamed = dedupe(settings.goals, (g) => g.id, (g, id) => (g.id = id));
				if (renamed.length > 0) bad(key, `two goals had the same id; renamed ${renamed.join(", ")}`);
				break;
			}
			case "goalsEnabled":
			case "reachOutOnDailyNote":
			case "datesFromFileNames":
			case "metFromFileTime":
			case "gentleWording":
			case "tasksDates":
				if (typeof value === "boolean") settings[key] = value;
				else bad(key, "must be true or false");
				break;
			case "reachOutCount":
			case "defaultCadenceDays":
			case "dueSoonDays":
			case "birthdayLeadDays":
			case "reconnectAfterDays": {
				const n = withinLimits(key, value);
				if (n === null) bad(key, limitMessage(key));
				else settings[key] = n;
				break;
			}
			case "fieldKeys": {
				if (value === null || typeof value !== "object" || Array.isArray(value)) {
					bad(key, "must map each field to a list of property names");
					break;
				}
				for (const [field, keys] of Object.entries(value as Record<string, unknown>)) {
					const list = stringList(keys);
					// Own keys only: `__proto__` or `constructor` from a synced data.json must not reach the object's prototype.
					if (!Object.prototype.hasOwnProperty.call(settings.fieldKeys, field)) extra[`fieldKeys.${field}`] = keys;
					else if (list && list.length > 0) settings.fieldKeys[field as FieldName] = list;
					else bad(`fieldKeys.${field}`, "must be a non-empty list of property names");
				}
				break;
			}
			case "tiers": {
				const tiers = Array.isArray(value)
					? value.filter((t): t is Tier => t !== null && typeof t === "object"
						&& typeof (t as Tier).name === "string" && (t as Tier).name.trim() !== ""
						&& withinLimits("tierCadenceDays", (t as Tier).cadenceDays) !== null)
					: null;
				if (!tiers || tiers.length !== (value as unknown[]).length) bad(key, `each tier needs a name and a whole number of days from ${LIMITS.tierCadenceDays.min} to ${LIMITS.tierCadenceDays.max}`);
				// A capacity is a whole number or null (no limit); a tier saved without one takes its layer's, if it has one.
				if (tiers) {
					settings.tiers = tiers.map((t) => ({
						name: t.name.trim(), cadenceDays: t.cadenceDays,
						capacity: t.capacity === null ? null : withinLimits("tierCapacity", t.capacity) ?? TIER_CAPACITY[t.name.trim()] ?? null,
					}));
				}
				const renamed = dedupe(settings.tiers, (t) => t.name, (t, name) => (t.name = name));
				if (renamed.length > 0) bad(key, `two tiers had the same name; renamed ${renamed.join(", ")}`);
				break;
			}
			default:
				extra[key] = value;
		}
	}
	if (typeof version !== "number" || version < 2) upgradeVersion1(raw as Record<string, unknown>, settings);
	return { settings, problems, extra };
}

const FOLDER_LISTS = new Set(["personFolders", "excludedFolders"]);

/**
 * Version 1 saved every setting, defaults included. Where a saved value is version 1's default, the user never chose
 * it: it takes this version's default, so an existing vault reads the conventions a new one reads out of the box.
 */
function upgradeVersion1(raw: Record<string, unknown>, settings: AscentSettings): void {
	const same = (value: unknown, old: string[]) => Array.isArray(value) && JSON.stringify(value) === JSON.stringify(old);
	if (same(raw.personFolders, ["People"])) settings.personFolders = [...DEFAULT_SETTINGS.personFolders];
	if (same(raw.personTags, ["person"])) settings.personTags = [...DEFAULT_SETTINGS.personTags];
	if (raw.personMarkerKey === "type" && (raw.personMarkerValue === "person" || raw.personMarkerValue === undefined)) {
		settings.personMarkerKeys = [...DEFAULT_SETTINGS.personMarkerKeys];
		settings.personMarkerValues = [...DEFAULT_SETTINGS.personMarkerValues];
	}
}
