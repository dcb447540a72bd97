// What the sidebar and the ```ascent``` block show, computed from index data: tabs, search, filters, rows.
import { byReferences, compareByName, needsAttentionNow } from "../core/attention";
import { UPCOMING_DAYS } from "../core/constants";
import { addDays, type Day, daysBetween } from "../core/dates";
import type { GoalProgress } from "../core/goals";
import type { Circle } from "../core/circles";
import { inPlace, type Place } from "../core/places";
import type { PersonView, Problem } from "../core/model";
import { humanSpan, lastContactWords, LISTS, STATUS_NAMES, statusWords, type Wording } from "../core/vocabulary";

export type TabId = "attention" | "upcoming" | "everyone" | "birthdays" | "reconnect" | "triage" | "problems";

/**
 * A tab of people: who is in it, in what order, and what it says when empty. The sidebar's tabs, its counts and its
 * empty states all come from this table: adding a tab is one entry (and its id in TabId).
 */
export interface PeopleTab {
	id: TabId;
	/** The list's name (core/vocabulary.ts), said in full to screen readers and in the overflow menu. */
	label: string;
	/** The word on the tab itself, short enough that the first tabs fit one row of a 300 px sidebar. */
	short: string;
	/** Shown as a tab; the others sit in the "More" menu beside them. */
	primary: boolean;
	/** Who belongs (the horizon is today + UPCOMING_DAYS). */
	includes: (p: PersonView, horizon: Day) => boolean;
	/** The order; null keeps the order the data already has (attention is ranked, everyone by name). */
	order: ((a: PersonView, b: PersonView) => number) | null;
	/** Which list the data keeps it in, already sorted (the reconnect list is ranked when the data is made). */
	source: "people" | "attention" | "reconnect";
	empty: string;
}

/** When someone comes up: their due date, or a follow-up's, whichever is sooner. */
const upcomingDay = (p: PersonView) => {
	const followUp = p.followUpDue && p.followUpDue.daysLate < 0 ? p.followUpDue.due : null;
	return p.due !== null && (followUp === null || p.due <= followUp) ? p.due : followUp ?? "";
};
const byDue = (a: PersonView, b: PersonView) => upcomingDay(a).localeCompare(upcomingDay(b)) || compareByName(a, b);
const byBirthday = (a: PersonView, b: PersonView) => (a.nextBirthday ?? "").localeCompare(b.nextBirthday ?? "") || compareByName(a, b);

export const PEOPLE_TABS: PeopleTab[] = [
	{
		id: "attention", label: LISTS.attention.name, short: LISTS.attention.short, primary: true, includes: needsAttentionNow, order: null, source: "attention",
		empty: "Nobody needs attention today. Everyone is within their cadence.",
	},
	{
		id: "upcoming", label: LISTS.upcoming.name, short: LISTS.upcoming.short, primary: true, order: byDue, source: "people",
		includes: (p, horizon) => ((p.status === "ok" || p.status === "due-soon") && p.due !== null && p.due <= horizon)
			|| (p.followUpDue !== null && p.followUpDue.daysLate < 0 && p.followUpDue.due <= horizon && p.status !== "paused"),
		empty: `Nobody is due in the next ${UPCOMING_DAYS} days.`,
	},
	{
		id: "everyone", label: LISTS.everyone.name, short: LISTS.everyone.short, primary: true, includes: () => true, order: null, source: "people",
		empty: "Nobody here. With this sort, only people who asked more than they were given appear.",
	},
	{
		id: "birthdays", label: LISTS.birthdays.name, short: LISTS.birthdays.short, primary: false, includes: (p) => p.nextBirthday !== null, order: byBirthday, source: "people",
		empty: "No birthdays known. Add birthday: MM-DD to a person's properties.",
	},
	{
		id: "reconnect", label: LISTS.reconnect.name, short: LISTS.reconnect.short, primary: false, includes: () => true, order: null, source: "reconnect",
		empty: "Nobody to reconnect with: everyone you were once in touch with has heard from you within the year.",
	},
	{
		id: "triage", label: LISTS.triage.name, short: LISTS.triage.short, primary: false, includes: (p) => p.status === "untracked", order: byReferences, source: "people",
		empty: "Nobody to triage: every person has a cadence, a tier or a contact.",
	},
];

/** Every tab, in the order shown: the people tabs, then the problems. */
export const TABS: { id: TabId; label: string; short: string; primary: boolean }[] = [
	...PEOPLE_TABS.map(({ id, label, short, primary }) => ({ id, label, short, primary })),
	{ id: "problems", label: LISTS.problems.name, short: LISTS.problems.short, primary: false },
];

export interface SidebarData {
	ready: boolean;
	today: Day;
	/** Everyone, sorted by name. */
	people: PersonView[];
	/** Who needs attention, ranked (from the index, which keeps it sorted). */
	attention: PersonView[];
	/** Dormant ties worth waking, ranked (core/reconnect.ts). */
	reconnect: PersonView[];
	/** A person's tags, without `#`, lower case: looked up when a search asks, not listed for everyone on every change. */
	tagsOf: (path: string) => string[];
	problems: Problem[];
	tiers: string[];
	/** Where Ascent looked for people, for the empty state. */
	lookedIn: string;
	/** While nobody is found: what the vault holds, and the settings that would read it (null otherwise). */
	setup: SetupView | null;
	birthdayLeadDays: number;
	goals: GoalProgress[];
	health: { value: number | null; trend: (number | null)[] };
	/** The words statuses are written in (the gentle wording setting). */
	wording: Wording;
	/** Each tier's people against its capacity. */
	circles: Circle[];
	/** Days with contact: one person's, or everyone's (null), from the index this data was made from. */
	contactDays: (path: string | null) => string[];
	/** Place notes that people's locations name, with their aliases (`@BER` finds people in [[Berlin]]). */
	places: Place[];
	/**
	 * The people tabs' counts while nothing filters, kept by the refresh as changes come (countTabs); absent: counted
	 * from `people` when asked.
	 */
	peopleCounts?: PeopleCounts;
}

/** How many people each tab drawn from the people holds. */
export type PeopleCounts = Partial<Record<TabId, number>>;

export interface SetupView {
	found: { text: string; count: number }[];
	suggestions: { id: string; text: string; setting: string }[];
}

export const EMPTY_DATA: SidebarData = {
	ready: false, today: "1970-01-01", people: [], attention: [], reconnect: [], tagsOf: () => [], problems: [], tiers: [],
	lookedIn: "", setup: null, birthdayLeadDays: 7, goals: [], health: { value: null, trend: [] }, wording: "plain", circles: [], contactDays: () => [], places: [],
};

export type SortId = "default" | "asked-more";

/** The one name order (core/attention.ts: one collator, ties by path). */
const byName = compareByName;

/**
 * `#tag` matches tags only (prefix, so #work matches #work/client); `@place` matches where people are (core/places.ts);
 * other text matches names and aliases.
 */
export function matches(person: PersonView, tags: string[], query: string, places: readonly Place[] = []): boolean {
	const q = query.trim().toLowerCase();
	if (q === "") return true;
	if (q.startsWith("@")) return inPlace(person.location, q, places);
	if (q.startsWith("#")) {
		const t = q.slice(1);
		return tags.some((tag) => tag === t || tag.startsWith(`${t}/`) || (t !== "" && tag.startsWith(t)));
	}
	return person.name.toLowerCase().includes(q) || person.aliases.some((a) => a.toLowerCase().includes(q));
}

/** "Asked more than gave" first: the people to offer something to. */
function byBalance(a: PersonView, b: PersonView): number {
	return (b.asked - b.gave) - (a.asked - a.gave) || byName(a, b);
}

export function rowsFor(data: SidebarData, tab: TabId, query = "", tier = "", sort: SortId = "default"): PersonView[] {
	const rows = tabRows(data, tab, query, tier);
	return sort === "asked-more" ? rows.filter((p) => p.asked > p.gave).sort(byBalance) : rows;
}

function tabRows(data: SidebarData, tab: TabId, query: string, tier: string): PersonView[] {
	const spec = PEOPLE_TABS.find((t) => t.id === tab);
	if (!spec) return [];
	const filtering = query.trim() !== "" || tier !== "";
	const keep = (p: PersonView) => matches(p, data.tagsOf(p.path), query, data.places) && (tier === "" || p.tier === tier);
	const source = spec.source === "attention" ? data.attention : spec.source === "reconnect" ? data.reconnect : data.people;
	// The lists arrive sorted; a tab with no order of its own keeps theirs, so nothing is sorted on a keystroke.
	if (spec.order === null && spec.source !== "people") return filtering ? source.filter(keep) : source;
	const horizon = upcomingUntil(data.today);
	const rows = source.filter((p) => (!filtering || keep(p)) && spec.includes(p, horizon));
	return spec.order ? rows.sort(spec.order) : rows;
}

/**
 * Counts for every tab in one pass over the people, without building or sorting any list; none while nothing filters
 * and the refresh kept them (`peopleCounts`).
 */
export function tabCounts(data: SidebarData, query = "", tier = "", sort: SortId = "default"): Record<TabId, number> {
	const counts = Object.fromEntries(TABS.map((t) => [t.id, 0])) as Record<TabId, number>;
	counts.problems = data.problems.length;
	const filtering = query.trim() !== "" || tier !== "";
	if (!filtering && sort === "default" && data.peopleCounts) Object.assign(counts, data.peopleCounts);
	else {
		const horizon = upcomingUntil(data.today);
		for (const p of data.people) {
			if (filtering && !(matches(p, data.tagsOf(p.path), query, data.places) && (tier === "" || p.tier === tier))) continue;
			if (sort === "asked-more" && !(p.asked > p.gave)) continue;
			countTabs(counts, p, horizon, 1);
		}
	}
	counts.reconnect = rowsFor(data, "reconnect", query, tier, sort).length;
	return counts;
}

/** The last day the upcoming tab looks at. */
export function upcomingUntil(today: Day): Day {
	return addDays(today, UPCOMING_DAYS);
}

/** Adds a person to (`by` 1) or takes them out of (-1) the counts of the tabs drawn from the people that hold them. */
export function countTabs(counts: PeopleCounts, p: PersonView, horizon: Day, by: 1 | -1): void {
	for (const tab of PEOPLE_TABS) if (tab.source !== "reconnect" && tab.includes(p, horizon)) counts[tab.id] = (counts[tab.id] ?? 0) + by;
}

/** How far through their cadence a person is: 0 just after contact, 1 on the due date, capped at 1.5. */
export function cadenceProgress(p: PersonView, today: Day): number | null {
	if (!p.lastContact || p.cadenceDays === null || p.cadenceDays <= 0) return null;
	return Math.min(1.5, Math.max(0, daysBetween(p.lastContact.date, today) / p.cadenceDays));
}

export const STATUS_LABEL = STATUS_NAMES;

/** The status as its badge says it (core/vocabulary.ts: the same words as the report). */
export function statusText(p: PersonView, today: Day, wording: Wording = "plain"): string {
	return statusWords(p, today, wording);
}

export function lastContactText(p: PersonView, today: Day): string {
	const words = lastContactWords(p, today);
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A near birthday (within `horizon` days), as a reason to reach out; further ones would only be noise. */
export function birthdayText(p: PersonView, today: Day, horizon = UPCOMING_DAYS): string | null {
	if (!p.nextBirthday) return null;
	const days = daysBetween(today, p.nextBirthday);
	if (days > horizon) return null;
	return days === 0 ? "Birthday today" : `Birthday in ${humanSpan(days)}`;
}

/** What an empty list says: what was looked for, and where. */
export function emptyText(data: SidebarData, tab: TabId, query: string): string {
	if (!data.ready) return "Reading your vault…";
	if (data.people.length === 0) {
		return `No people yet. Ascent looks in ${data.lookedIn || "nowhere"}, and found no note there.`;
	}
	if (query.trim() !== "") return `Nobody matches "${query.trim()}".`;
	if (tab === "problems") return "No problems: every property Ascent reads could be read.";
	return PEOPLE_TABS.find((t) => t.id === tab)?.empty ?? "No people.";
}

/** The event notes a person was at, by name: "Met at: DevConf 2026". */
export function metAtText(p: PersonView): string | null {
	if (p.events.length === 0) return null;
	const names = p.events.map((e) => e.path.slice(e.path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
	return `Met at: ${names.slice(0, 2).join(", ")}${names.length > 2 ? ` and ${names.length - 2} more` : ""}`;
}

export function balanceText(p: PersonView): string | null {
	return p.gave + p.asked === 0 ? null : `gave ${p.gave} · asked ${p.asked}`;
}


/** Where an open task is, for a task whose words are not known (yet). */
export function taskPlace(path: string): string {
	return `Open task in ${path.replace(/\.md$/i, "")}`;
}
