// The attention report as data (the CLI's --json), as text, and as markdown for a note.
import { type Day, daysBetween } from "./dates";
import type { PersonView, Problem } from "./model";
import type { PeopleIndex } from "./people-index";
import { compareByName, NEEDS_ATTENTION, upcomingBirthdays } from "./attention";
import { agoIn, cadenceWords, driftWords, dueWords, followUpWords, humanSpan, spanIn, unitFor, lastContactWords, LISTS, sourceWords, STATUS_NAMES, statusSummary, statusWords, taskWords, type Wording } from "./vocabulary";
import { describeLookedIn } from "./person";
import { goals, introductions, problems, reconnect } from "./network";
import { networkHealth, TREND_WEEKS } from "./health-trend";
import type { IntroductionSuggestion } from "./introductions";
import { inPlace, type Place } from "./places";
import { taskDue } from "./task-due";
import type { DormantTie } from "./reconnect";
import { type Circle, circles, type TierSuggestion, tierSuggestions } from "./circles";
import { GOAL_LABELS, type GoalProgress } from "./goals";

export interface ReportPerson {
	path: string;
	name: string;
	status: string;
	lastContact: Day | null;
	lastContactSource: "property" | "dated-note" | "log" | null;
	/** The note the last contact came from (the dated note, or the person's own note), or null. */
	lastContactPath: string | null;
	cadenceDays: number | null;
	due: Day | null;
	daysOverdue: number | null;
	/** The explicit next contact date (`next-contact`), or null. */
	nextContact: Day | null;
	tier: string | null;
	goals: string[];
	/** Where they are: the location field's text, or the linked place note's name. */
	location: string | null;
	birthday: string | null;
	/** Log lines tagged #gave and #asked over the past year, as the sidebar counts them. */
	gave: number;
	asked: number;
	/** Open follow-ups, with their due date (core/task-due.ts) or null; text null where the words were not read. */
	followUps: { path: string; line: number; text: string | null; due: Day | null }[];
}

export interface Report {
	today: Day;
	people: ReportPerson[];
	attention: string[];
	/** The Reconnect list, ranked (paths). */
	reconnect: string[];
	/** Each tier's people against its capacity. */
	circles: Circle[];
	/** What Ascent suggests and never does by itself: tiers that fit people's measured rhythm. */
	suggestions: { introductions: IntroductionSuggestion[]; tiers: { path: string; current: string | null; suggested: string }[] };
	problems: Problem[];
	goals: GoalProgress[];
	networkHealth: { value: number | null; trend: (number | null)[] };
}

export interface ReportData {
	today: Day;
	people: PersonView[];
	attention: PersonView[];
	birthdays: PersonView[];
	/** Dormant ties worth waking, ranked, with what ranks them. */
	reconnect: { person: PersonView; tie: DormantTie }[];
	circles: Circle[];
	tierSuggestions: TierSuggestion[];
	introductions: IntroductionSuggestion[];
	problems: Problem[];
	goals: GoalProgress[];
	networkHealth: { value: number | null; trend: (number | null)[] };
	/** Where people were looked for, in words (said when nobody was found). */
	lookedIn: string;
	/** The words a status is written in (the gentle wording setting). */
	wording: Wording;
	/** The place the report is limited to (`--location`), if any. */
	place?: string;
}

/** The report for `today`; `readProblems` are notes and folders the source could not read (listed first). */
export function collectReport(index: PeopleIndex, today: Day, readProblems: readonly Problem[] = []): ReportData {
	const people = index.people(today).sort(compareByName);
	return {
		today,
		people,
		attention: index.attention(today),
		birthdays: upcomingBirthdays(people, today, index.settings.birthdayLeadDays),
		reconnect: withPeople(reconnect(index, today), people),
		circles: circles(people, index.settings.tiers),
		tierSuggestions: tierSuggestions(people, index.settings.tiers),
		introductions: introductions(index, today),
		problems: [...readProblems, ...problems(index, today)],
		goals: goals(index, today),
		networkHealth: networkHealth(index, today),
		lookedIn: describeLookedIn(index.settings),
		wording: index.settings.gentleWording ? "gentle" : "plain",
	};
}

/** The report for the people in one place only (`ascent report --location Berlin`); the network's figures stay whole. */
export function inPlaceOnly(data: ReportData, place: string, places: readonly Place[] = []): ReportData {
	const here = (p: PersonView) => inPlace(p.location, place, places);
	const paths = new Set(data.people.filter(here).map((p) => p.path));
	return {
		...data,
		people: data.people.filter(here),
		attention: data.attention.filter(here),
		birthdays: data.birthdays.filter(here),
		reconnect: data.reconnect.filter((r) => here(r.person)),
		tierSuggestions: data.tierSuggestions.filter((s) => paths.has(s.path)),
		introductions: data.introductions.filter((s) => paths.has(s.a) || paths.has(s.b)),
		place,
	};
}

function withPeople(ties: DormantTie[], people: PersonView[]): { person: PersonView; tie: DormantTie }[] {
	const byPath = new Map(people.map((p) => [p.path, p]));
	return ties.flatMap((tie) => {
		const person = byPath.get(tie.path);
		return person ? [{ person, tie }] : [];
	});
}

/** Why a dormant tie is listed: "last contact 2024-05-02 (2 years ago) · 14 days of contact, usually every 3 weeks". */
export function describeTie(person: PersonView, tie: DormantTie, today: Day): string {
	const parts = [`last contact ${person.lastContact?.date ?? ""} (${agoIn(person.lastContact?.date ?? today, today)})`];
	const history = [`${tie.contactDays} ${tie.contactDays === 1 ? "day" : "days"} of contact`];
	if (tie.rhythmDays !== null && tie.contactDays > 2) history.push(`usually every ${spanIn(tie.rhythmDays, unitFor(tie.rhythmDays)).replace(/^1 /, "")}`);
	if (tie.events > 0) history.push(`${tie.events} ${tie.events === 1 ? "event" : "events"} together`);
	if (tie.exchanges > 0) history.push(`${tie.exchanges} given or asked`);
	parts.push(history.join(", "));
	return parts.join(" · ");
}

const PERIOD_WORDS: Record<GoalProgress["period"], [string, string]> = {
	week: ["this week", "weeks"], month: ["this month", "months"], quarter: ["this quarter", "quarters"], year: ["this year", "years"],
};

/** "Interactions this week: 3 of 5 · on pace · 12 weeks in a row (longest 15)". */
export function describeGoal(g: GoalProgress): string {
	const [now, plural] = PERIOD_WORDS[g.period];
	const parts = [`${GOAL_LABELS[g.kind]} ${now}: ${g.actual} of ${g.target}`];
	parts.push(g.actual >= g.target ? "met" : g.onPace ? "on pace" : "behind pace");
	if (g.streak > 0) parts.push(`${g.streak} ${g.streak === 1 ? plural.slice(0, -1) : plural} in a row`);
	if (g.longestStreak > g.streak) parts.push(`longest ${g.longestStreak}`);
	return parts.join(" · ");
}

/** A person as the report's JSON and the public API give them: plain data, stable field names. */
export function reportPerson(p: PersonView): ReportPerson {
	return {
		path: p.path,
		name: p.name,
		status: p.status,
		lastContact: p.lastContact?.date ?? null,
		lastContactSource: p.lastContact?.source ?? null,
		lastContactPath: p.lastContact?.path ?? null,
		cadenceDays: p.cadenceDays,
		due: p.due,
		daysOverdue: p.daysOverdue,
		nextContact: p.nextContact,
		tier: p.tier,
		goals: [...p.goals],
		location: p.location,
		birthday: p.birthday,
		gave: p.gave,
		asked: p.asked,
		followUps: p.followUps.map((f) => ({ path: f.path, line: f.line, text: f.text, due: f.text === null ? null : taskDue(f.text) })),
	};
}

export function toJson(data: ReportData): Report {
	return {
		today: data.today,
		people: [...data.people].sort((a, b) => a.path.localeCompare(b.path)).map(reportPerson),
		attention: data.attention.map((p) => p.path),
		reconnect: data.reconnect.map((r) => r.person.path),
		circles: data.circles,
		suggestions: {
			introductions: data.introductions,
			tiers: data.tierSuggestions.map(({ path, current, suggested }) => ({ path, current, suggested })),
		},
		problems: data.problems,
		goals: data.goals,
		networkHealth: data.networkHealth,
	};
}

/** One line's worth of why a person is listed, every span in one unit: "overdue 1 week · last contact 2026-11-16 (2 weeks ago, from a daily note) · every 7 days". */
export function describePerson(p: PersonView, today: Day, wording: Wording = "plain"): string {
	const parts: string[] = [];
	const followUp = followUpWords(p);
	if (followUp) parts.push(followUp);
	if (NEEDS_ATTENTION.has(p.status)) parts.push(lowerFirst(statusWords(p, today, wording)));
	if (p.lastContact) parts.push(`last contact ${p.lastContact.date} (${lastContactWords(p, today)}, ${sourceWords(p.lastContact)})`);
	const cadence = cadenceWords(p);
	if (cadence) parts.push(cadence);
	return parts.join(" · ");
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function birthdayLine(p: PersonView, today: Day): string {
	const days = daysBetween(today, p.nextBirthday ?? today);
	return days === 0 ? "birthday today" : `birthday ${p.nextBirthday ?? ""} (in ${humanSpan(days)})`;
}

/** The groups of the attention list, in its order (core/attention.ts ranks overdue, never contacted, due soon). */
const GROUPS: PersonView["status"][] = ["overdue", "never-contacted", "due-soon"];

/** "(9)", or "(9, showing 2)" when --limit holds some back, or "(2, none shown)". */
function countWords(total: number, shown: number): string {
	return shown === total ? `(${total})` : shown === 0 ? `(${total}, none shown)` : `(${total}, showing ${shown})`;
}

export function toText(data: ReportData, limit = Infinity): string {
	const wording = data.wording;
	const lines: string[] = [`Ascent: who needs attention on ${data.today}${data.place ? ` in ${data.place}` : ""}`, ""];
	const shown = data.attention.slice(0, limit);
	if (data.people.length === 0 && data.place) {
		lines.push(`Nobody's location is in ${data.place} (Ascent reads where people are from the location field: location, city or based-in).`, "");
	} else if (data.people.length === 0) {
		lines.push(`No people found. Ascent looks in ${data.lookedIn}.`, "Run `ascent check` to see what the vault holds and the settings that would read it.", "");
	} else if (data.attention.length === 0) {
		lines.push(`${LISTS.attention.name} (0): everyone is up to date.`, "");
	} else {
		lines.push(`${LISTS.attention.name} ${countWords(data.attention.length, shown.length)}: ${LISTS.attention.holds}.`, "");
	}
	// People whose only reason is a follow-up that is due form a group of their own, after the overdue.
	const groupOf = (p: PersonView) => (GROUPS.includes(p.status) ? STATUS_NAMES[p.status] : "Follow-up due");
	for (const title of [STATUS_NAMES.overdue, "Follow-up due", STATUS_NAMES["never-contacted"], STATUS_NAMES["due-soon"]]) {
		const total = data.attention.filter((p) => groupOf(p) === title).length;
		if (total === 0) continue;
		const group = shown.filter((p) => groupOf(p) === title);
		lines.push(`${title} ${countWords(total, group.length)}`);
		for (const p of group) lines.push(`  ${p.name.padEnd(22)} ${describePerson(p, data.today, wording)}`);
		lines.push("");
	}
	if (data.birthdays.length > 0) {
		lines.push(`${LISTS.birthdays.name} (${data.birthdays.length})`);
		for (const p of data.birthdays) lines.push(`  ${p.name.padEnd(22)} ${birthdayLine(p, data.today)}`);
		lines.push("");
	}
	// Every dated follow-up but a paused person's (paused: no reminders of any kind).
	const dated = data.people.filter((p) => p.status !== "paused").flatMap((p) => p.followUps.flatMap((f) => {
		const due = f.text === null ? null : taskDue(f.text);
		return due === null || f.text === null ? [] : [{ name: p.name, words: taskWords(f.text), due }];
	})).sort((a, b) => (a.due === b.due ? a.name.localeCompare(b.name) : a.due < b.due ? -1 : 1));
	if (dated.length > 0) {
		lines.push(`Follow-ups with a date (${dated.length}): the soonest first`);
		for (const f of dated.slice(0, limit)) lines.push(`  ${f.name.padEnd(22)} ${f.words} · ${f.due} (${dueWords(f.due, data.today)})`);
		if (dated.length > limit) lines.push(`  ${dated.length - limit} more; raise --limit to see them.`);
		lines.push("");
	}
	if (data.goals.length > 0) {
		lines.push("Goals");
		for (const g of data.goals) lines.push(`  ${describeGoal(g)}`);
		lines.push("");
	}
	if (data.reconnect.length > 0) {
		lines.push(`${LISTS.reconnect.name} (${data.reconnect.length}): ${LISTS.reconnect.holds}`);
		for (const { person, tie } of data.reconnect.slice(0, limit)) lines.push(`  ${person.name.padEnd(22)} ${describeTie(person, tie, data.today)}`);
		if (data.reconnect.length > limit) lines.push(`  ${data.reconnect.length - limit} more; raise --limit to see them.`);
		lines.push("");
	}
	if (data.circles.some((c) => c.count > 0)) {
		lines.push(`Circles: ${data.circles.map((c) => `${c.tier} ${c.count}${c.capacity === null ? "" : ` of ${c.capacity}`}${c.over ? " (over)" : ""}`).join(" · ")}`, "");
	}
	const names = new Map(data.people.map((p) => [p.path, p.name]));
	if (data.introductions.length > 0) {
		lines.push(`Suggested introductions (${data.introductions.length}): one needs what the other offers`);
		for (const s of data.introductions.slice(0, limit)) lines.push(`  ${names.get(s.a) ?? s.a} needs ${s.topic}; ${names.get(s.b) ?? s.b} offers it`);
		lines.push("");
	}
	if (data.tierSuggestions.length > 0) {
		lines.push(`Suggested tiers (${data.tierSuggestions.length}): from how often you are in touch`);
		for (const s of data.tierSuggestions.slice(0, limit)) lines.push(`  ${(names.get(s.path) ?? s.path).padEnd(22)} ${s.reason}`);
		lines.push("");
	}
	const drifting = data.people.filter((p) => p.drift === "drifting");
	if (drifting.length > 0) {
		lines.push(`${LISTS.drifting.name} (${drifting.length}): ${LISTS.drifting.holds}`);
		for (const p of drifting) lines.push(`  ${p.name.padEnd(22)} ${driftWords(p, data.today) ?? ""}`.trimEnd());
		lines.push("");
	}
	if (data.networkHealth.value !== null) {
		const first = data.networkHealth.trend.find((v) => v !== null) ?? null;
		const change = first === null ? "" : ` (${data.networkHealth.value >= first ? "+" : ""}${Math.round(data.networkHealth.value - first)} over ${TREND_WEEKS} weeks)`;
		lines.push(`Network health: ${Math.round(data.networkHealth.value)} / 100${change}`, "");
	}
	if (data.people.length > 0) lines.push(`${statusSummary(data.people)}.`);
	if (data.attention.length > shown.length) lines.push(`${data.attention.length - shown.length} more need attention; raise --limit to see them.`);
	if (data.problems.length > 0) {
		lines.push("", `${LISTS.problems.name} (${data.problems.length})`);
		for (const p of data.problems) lines.push(`  ${p.path}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`);
	}
	return lines.join("\n").replace(/\n+$/, "") + "\n";
}

/** Escapes a name for use inside `[[...]]` so a crafted name cannot open or close links or start a new line. */
/** Markdown text of a name: one line, and no bracket, bar or emphasis that could make it a link or a second line. */
export function safeLinkText(name: string): string {
	return name.replace(/[\r\n]+/g, " ").replace(/[[\]|\\*_`<>]/g, (m) => `\\${m}`);
}

/**
 * A link that reaches the person's note: `[[Name]]` where that is unambiguous, `[[path|Name]]` where another note
 * of that name would win, a Markdown link with an encoded path where a wikilink cannot carry the name (`[`, `]`),
 * and the name as plain text where no link can reach the note (a `#` in its name is always read as a heading, a
 * `|` as an alias: Obsidian, and Windows, refuse both in file names).
 * `resolve` says which note a name reaches now (omitted: names are taken as unique).
 */
export function noteLink(p: { name: string; path: string }, resolve?: (name: string) => string | null): string {
	const name = p.name.replace(/[\r\n]+/g, " ");
	const target = p.path.replace(/\.md$/i, "");
	if (/[#|]/.test(name) || /[#|]/.test(target)) return safeLinkText(name);
	if (/[[\]]/.test(name) || /[[\]]/.test(target)) {
		const url = encodeURI(p.path).replace(/\(/g, "%28").replace(/\)/g, "%29");
		return `[${safeLinkText(name)}](${url})`;
	}
	if (resolve && resolve(name) !== p.path) return `[[${target}|${name}]]`;
	return `[[${name}]]`;
}

export function toMarkdown(data: ReportData, limit = Infinity, resolve?: (name: string) => string | null): string {
	const lines: string[] = [`## ${LISTS.attention.name} (${data.today})`, ""];
	const shown = data.attention.slice(0, limit);
	if (shown.length === 0) lines.push("Everyone is up to date.");
	for (const p of shown) lines.push(`- [ ] ${noteLink(p, resolve)} — ${describePerson(p, data.today, data.wording)}`);
	if (data.birthdays.length > 0) {
		lines.push("", "### Birthdays", "");
		for (const p of data.birthdays) lines.push(`- ${noteLink(p, resolve)} — ${birthdayLine(p, data.today)}`);
	}
	return lines.join("\n") + "\n";
}

/** The address that opens a person's card in Ascent (obsidian://ascent?person=…; Obsidian opens it in this vault). */
export function cardUri(path: string): string {
	// Parentheses too, or a name like "Sam (work)" would end the Markdown link early.
	return `obsidian://ascent?person=${encodeURIComponent(path).replace(/\(/g, "%28").replace(/\)/g, "%29")}`;
}

/**
 * The reach-out section for a daily note: unticked tasks, so ticking one records the contact on that day; each
 * links to the person's card ("prepare"), where the words of the last contact and openers are.
 */
export function reachOutSection(attention: PersonView[], today: Day, count: number, heading = "Reach out", resolve?: (name: string) => string | null,
	wording: Wording = "plain", tasksDates = false): string {
	const lines = [`## ${heading}`, ""];
	// With the Tasks plugin, each item is due today, so Tasks' own queries list it.
	const due = tasksDates ? ` 📅 ${today}` : "";
	for (const p of attention.slice(0, count)) {
		const why = describePerson(p, today, wording).split(" · ")[0] ?? "";
		lines.push(`- [ ] ${noteLink(p, resolve)}${why ? ` — ${why}` : ""} ([prepare](${cardUri(p.path)}))${due}`);
	}
	return `${lines.join("\n")}\n`;
}
