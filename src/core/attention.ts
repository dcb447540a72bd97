// Who needs attention today: status, due date and the ranking of a person, from their facts and interactions.
import { addDays, type Day, dayNumber, daysBetween, nextBirthday } from "./dates";
import type { Mentions } from "./mentions";
import { drift, health } from "./relationship";
import { type FollowUp, hasKind, type Interaction, isGiving, type PersonFacts, type PersonView, type Problem, type Status } from "./model";
import type { AscentSettings } from "./settings";
import { type DueFollowUp, earliestDue } from "./task-due";

/** Same-day ties go to the most telling source: a dated note, then a log line, then the property. */
const SOURCE_RANK: Record<Interaction["source"], number> = { "dated-note": 3, log: 2, property: 1 };

function better(i: Interaction, best: Interaction | null, today: Day): boolean {
	if (i.date > today) return false;
	if (!best || i.date > best.date) return true;
	if (i.date < best.date) return false;
	// Same day: the more telling source; between two dated notes, the first by path (whatever order they came in);
	// between two log lines of one note, the first.
	const rank = SOURCE_RANK[i.source] - SOURCE_RANK[best.source];
	// Stryker disable next-line ConditionalExpression: sources arrive in rank order (property, log lines, dated notes), so a lower rank never comes later
	return rank > 0 || (rank === 0 && i.path < best.path);
}

export function latest(interactions: readonly Interaction[], today: Day, start: Interaction | null = null): Interaction | null {
	let best = start;
	// An index loop: for…of made an iterator per call, three per person per view.
	for (let n = 0; n < interactions.length; n++) {
		const i = interactions[n] as Interaction;
		if (better(i, best, today)) best = i;
	}
	return best;
}

/**
 * `latest` for the dated notes that mention a person, read by day number (`today` too): a note is touched only to
 * break a tie on the day between two of them. `start`: the latest of their log lines and property, if any.
 */
function latestMention(mentions: Mentions, today: number, start: Interaction | null): Interaction | null {
	let bestDay = start === null ? -Infinity : dayNumber(start.date);
	// The mention that is latest so far (-1: none is; `start`, a log line or the property, holds).
	let best = -1;
	for (let n = 0; n < mentions.length; n++) {
		const day = mentions.day(n);
		if (day > today || day < bestDay) continue;
		// A later day; or the same day as a log line or the property, where a dated note is the more telling source;
		// or the same day as another dated note, the first by path.
		// Stryker disable next-line EqualityOperator: a note is filed once per person, so two mentions never share a path.
		if (day > bestDay || best === -1 || mentions.at(n).path < mentions.at(best).path) {
			bestDay = day;
			best = n;
		}
	}
	return best === -1 ? start : mentions.at(best);
}

/** Problems that depend on today's date: contact recorded in the future. */
export function futureProblems(facts: PersonFacts, today: Day): Problem[] {
	const out: Problem[] = [];
	if (facts.propertyContact && facts.propertyContact.date > today) {
		out.push({
			// Stryker disable next-line StringLiteral: a property contact always carries its key as its text
			path: facts.path, field: facts.propertyContact.text ?? "last-contact", value: facts.propertyContact.date,
			message: "the last contact date is in the future; it is ignored until that day",
		});
	}
	for (const log of facts.logs) {
		if (log.date > today) {
			out.push({
				path: facts.path, field: `log line ${(log.line ?? 0) + 1}`, value: log.date,
				message: "is in the future; a log line records contact that happened",
			});
		}
	}
	return out;
}

const NO_EVENTS: PersonView["events"] = [];
const NO_DRIFT = { kind: "none", rhythmDays: null } as const;

/** The latest contact on or before `today`, and the cadence that applies to the person. */
function contactAndCadence(facts: PersonFacts, dated: Mentions, settings: AscentSettings, today: Day, todayNumber: number) {
	let lastContact = facts.propertyContact && better(facts.propertyContact, null, today) ? facts.propertyContact : null;
	lastContact = latest(facts.logs, today, lastContact);
	lastContact = latestMention(dated, todayNumber, lastContact);
	const cadenceDays = cadenceFor(facts, lastContact !== null, settings);
	const cadenceFrom: PersonView["cadenceFrom"] = cadenceDays === null ? null
		: facts.cadenceDays !== undefined ? "person" : facts.tierCadenceDays !== null ? "tier" : "default";
	return { lastContact, cadenceDays, cadenceFrom };
}

/** The person's own cadence, else their tier's; the default cadence only once there has been contact. */
export function cadenceFor(facts: PersonFacts, contacted: boolean, settings: AscentSettings): number | null {
	// Their own, or an explicit "not tracked" (null), whatever the tier says.
	if (facts.cadenceDays !== undefined) return facts.cadenceDays;
	if (facts.tierCadenceDays !== null) return facts.tierCadenceDays;
	return contacted ? settings.defaultCadenceDays : null;
}

/**
 * A person as they stand on `today`. `dated` holds the dated-note interactions that mention them; `followUps` their
 * open follow-ups (the index adds tasks elsewhere that link them to the ones in their own note).
 */
export function viewPerson(facts: PersonFacts, dated: Mentions, settings: AscentSettings, today: Day,
	followUps: FollowUp[] = facts.followUps): PersonView {
	const todayNumber = dayNumber(today);
	const { lastContact, cadenceDays, cadenceFrom } = contactAndCadence(facts, dated, settings, today, todayNumber);
	const yearAgo = addDays(today, -365);
	let gave = 0;
	let asked = 0;
	for (const log of facts.logs) {
		if (log.date > today || log.date < yearAgo) continue;
		if (isGiving(log)) gave++;
		if (hasKind(log, "asked")) asked++;
	}
	// An #intro line in a daily note gives to everyone it introduces (only such a mention carries kinds).
	const attended: Interaction[] = [];
	for (let n = 0; n < dated.length; n++) {
		const day = dated.day(n);
		if (day > todayNumber) continue;
		// Stryker disable next-line ConditionalExpression: speed-only: a mention without kinds is never giving, as isGiving would say
		if (dated.introduced(n) && day >= todayNumber - 365 && isGiving(dated.at(n))) gave++;
		if (dated.kind(n) === "event") attended.push(dated.at(n));
	}
	// Most people were at no event: they share one empty list rather than 10,000 of their own.
	// Stryker disable next-line ConditionalExpression: memory-only: the shared empty list equals a new empty one
	const events = attended.length === 0 ? NO_EVENTS : attended.map((i) => ({ path: i.path, date: i.date }))
		// Stryker disable next-line EqualityOperator: the days differ where `<` is read, and a note is filed once, so no two paths are equal.
		.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.path < b.path ? -1 : 1));
	// An explicit next date is the due date, whatever the cadence says.
	const next = facts.nextContact;
	const due = next ?? (lastContact && cadenceDays !== null ? addDays(lastContact.date, cadenceDays) : null);
	const daysOverdue = due ? daysBetween(due, today) : null;
	let status: Status;
	if (facts.paused) status = "paused";
	else if (facts.snoozeUntil !== null && facts.snoozeUntil > today) status = "snoozed";
	else if (cadenceDays === null && next === null) status = "untracked";
	else if (!lastContact && next === null) status = "never-contacted";
	else if ((daysOverdue ?? 0) > 0) status = "overdue";
	// The window is capped at half the cadence: a weekly contact is not "due soon" the day after you saw them.
	else if ((daysOverdue ?? 0) >= -Math.min(settings.dueSoonDays, cadenceDays === null ? Infinity : Math.floor(cadenceDays / 2))) status = "due-soon";
	else status = "ok";
	const rhythm = status === "paused" ? NO_DRIFT : drift(facts.logs, today, dated);

	return {
		path: facts.path,
		name: facts.name,
		aliases: facts.aliases,
		status,
		lastContact,
		cadenceDays,
		cadenceFrom,
		due,
		daysOverdue,
		nextContact: next,
		tier: facts.tier,
		goals: facts.goals,
		location: facts.location,
		birthday: facts.birthday,
		nextBirthday: facts.birthday ? nextBirthday(facts.birthday, today) : null,
		snoozeUntil: facts.snoozeUntil,
		mentionCount: dated.length,
		// Untracked people have no cadence, so health() is null for them too.
		health: status === "paused" ? null : health(lastContact?.date ?? null, cadenceDays, today),
		drift: rhythm.kind,
		rhythmDays: rhythm.rhythmDays,
		gave,
		asked,
		events,
		followUps,
		followUpDue: dueToday(earliestDue(followUps), today),
	};
}

/** A follow-up's due date as a person's view carries it on `today`. */
function dueToday(due: DueFollowUp | null, today: Day): PersonView["followUpDue"] {
	return due === null ? null : { due: due.due, text: due.text, daysLate: daysBetween(due.due, today) };
}

/** A follow-up due today or earlier, for someone not paused or snoozed. */
export function followUpLate(p: PersonView): boolean {
	return (p.followUpDue?.daysLate ?? -1) >= 0 && p.status !== "paused" && p.status !== "snoozed";
}

/** Whether a person is in *Needs attention*: overdue, never contacted or due soon, or a follow-up is due. */
export function needsAttentionNow(p: PersonView): boolean {
	return NEEDS_ATTENTION.has(p.status) || followUpLate(p);
}

export const NEEDS_ATTENTION: ReadonlySet<Status> = new Set(["overdue", "never-contacted", "due-soon"]);

const GROUP: Record<string, number> = { overdue: 0, "never-contacted": 1, "due-soon": 2 };

/** A follow-up that is due ranks a person with the overdue people. */
function groupOf(p: PersonView): number {
	return followUpLate(p) ? 0 : GROUP[p.status] ?? 3;
}

/** How late relative to the person's own cadence: overdue days, or a follow-up's days late (a week's cadence without one). */
function lateness(p: PersonView): number {
	const overdue = Math.max(0, p.daysOverdue ?? 0) / (p.cadenceDays ?? 1);
	const followUp = followUpLate(p) ? (p.followUpDue?.daysLate ?? 0) / Math.max(p.cadenceDays ?? 7, 1) : 0;
	return Math.max(overdue, followUp);
}

/**
 * One collator for every comparison: `localeCompare` with options builds a new one per call (slow on 10k people).
 * Made on the first comparison, not when the plugin loads: making one takes about 6 ms (ICU reads its collation
 * data), three quarters of what running main.js's top level took (PERFORMANCE.md).
 */
let collator: Intl.Collator | null = null;

function plain(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: PersonView, b: PersonView): number {
	// Stryker disable next-line ObjectLiteral: made once per process, so under Stryker an earlier test has made it before the mutant is switched on; tests/ui/sidebar-model.test.ts ("one name order everywhere") fails without the option when run alone.
	collator ??= new Intl.Collator(undefined, { sensitivity: "base" });
	return collator.compare(a.name, b.name) || plain(a.path, b.path);
}

/**
 * Overdue first, longest silence relative to the person's own cadence first (30 days late on a 14-day cadence beats
 * 40 days late on a yearly one); then people never contacted; then those due soon, soonest first; ties by name.
 */
export function compareAttention(a: PersonView, b: PersonView): number {
	const ga = groupOf(a);
	const gb = groupOf(b);
	if (ga !== gb) return ga - gb;
	if (ga === 0) {
		const ra = lateness(a);
		const rb = lateness(b);
		if (ra !== rb) return rb - ra;
	} else if (a.due !== b.due) {
		// Due soon: the sooner first (people never contacted have no due date).
		// Stryker disable next-line StringLiteral: people due soon always have a due date
		return plain(a.due ?? "", b.due ?? "");
	}
	return byName(a, b);
}

/**
 * The people `keep` selects, in Ascent's order: those who need attention as `attention` ranks them, then the rest
 * as `everyone` lists them (by name). For a base's people, or a place's.
 */
export function inAttentionOrder(attention: readonly PersonView[], everyone: readonly PersonView[], keep: (p: PersonView) => boolean): PersonView[] {
	const first = attention.filter(keep);
	const listed = new Set(first.map((p) => p.path));
	return [...first, ...everyone.filter((p) => keep(p) && !listed.has(p.path))];
}

/** Birthdays from today to `leadDays` ahead, soonest first; paused people are left out. */
export function upcomingBirthdays(people: Iterable<PersonView>, today: Day, leadDays: number): PersonView[] {
	return [...people]
		.filter((p) => p.nextBirthday !== null && p.status !== "paused" && daysBetween(today, p.nextBirthday) <= leadDays)
		// Stryker disable next-line StringLiteral: the filter above kept only people with a next birthday
		.sort((a, b) => plain(a.nextBirthday ?? "", b.nextBirthday ?? "") || byName(a, b));
}

export { byName as compareByName };

/** How often other notes name a person: mentions that count as contact, and open tasks that link them. */
export function references(p: PersonView): number {
	// Each other note once, however many open tasks it holds.
	let notes = 0;
	// Stryker disable next-line StringLiteral: a sentinel no path equals
	let last = "";
	for (const f of p.followUps) {
		if (f.path === p.path || f.path === last) continue;
		notes++;
		last = f.path;
	}
	return p.mentionCount + notes;
}

/** Triage order: the most referenced first, so the people who matter are tiered first; ties by name. */
export function byReferences(a: PersonView, b: PersonView): number {
	return references(b) - references(a) || byName(a, b);
}
