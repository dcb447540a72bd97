// An event import plan: one event note per calendar event (or occurrence), decided before anything is written.
// Attendees are matched to people by email, then by name (the same matching as contact import); those not found are
// listed, and become people only when the user says so.
import type { AscentSettings } from "../settings";
import { readField, textList } from "../fields";
import { safeFileName, vaultPath } from "../safe-names";
import type { Attendee, CalendarEvent } from "./ics";
import { NameMatcher, nameKey } from "./match";
import type { ExistingPerson, FieldChange, ImportPlan, PlannedCreate } from "./plan";

/** The property that ties an event note to its calendar event, so a second import updates instead of repeating. */
export const EVENT_KEY_PROPERTY = "ical-uid";

/** An event note already in the vault, found by its `ical-uid`. */
export interface ExistingEvent {
	path: string;
	frontmatter: Record<string, unknown>;
}

export interface UnknownAttendee {
	/** How the plan and the user's choice name this attendee: the email, or the name's comparable form. */
	key: string;
	/** The name a new note would have: the calendar's, or one read from the address (`lena.vogt@…` → Lena Vogt). */
	name: string;
	email: string;
	/** In how many of the imported events. */
	events: number;
	/** Whether the plan creates a person note for them (the user chose to). */
	created: boolean;
}

export interface EventPlan extends ImportPlan {
	/** Events in the range (created, updated or unchanged). */
	events: number;
	unchanged: number;
	unknown: UnknownAttendee[];
}

export interface EventPlanOptions {
	/** Where new event notes go, and new people. */
	eventFolder: string;
	personFolder: string;
	exists: (path: string) => boolean;
	/** The unknown attendees (by key) to create as people; the others stay in the note as plain text. */
	create: ReadonlySet<string>;
}

/** `lena.vogt@example.net` → "Lena Vogt"; an address with one word gives that word, capitalised. */
export function nameFromEmail(email: string): string {
	const local = email.slice(0, email.indexOf("@") === -1 ? undefined : email.indexOf("@")).replace(/\+.*$/, "");
	return local.split(/[._-]+/).filter((w) => /\p{L}/u.test(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(" ");
}

function folderPrefix(folder: string): string {
	const clean = (vaultPath(folder) ?? "").replace(/\/+$/, "");
	return clean === "" ? "" : `${clean}/`;
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");

/** Finds people by email (any of the email field's keys) and by name or alias. */
class AttendeeMatcher {
	private readonly byEmail = new Map<string, Set<string>>();
	private readonly names: NameMatcher;

	constructor(people: ExistingPerson[], settings: AscentSettings) {
		this.names = new NameMatcher(people);
		for (const p of people) {
			for (const email of textList(readField(p.frontmatter, settings.fieldKeys.email)?.value)) {
				const key = email.replace(/^mailto:/i, "").toLowerCase();
				let set = this.byEmail.get(key);
				if (!set) this.byEmail.set(key, (set = new Set()));
				set.add(p.path);
			}
		}
	}

	/** The person's path, "ambiguous" with the candidates, or null. */
	find(a: Attendee): { path: string } | { ambiguous: string[] } | null {
		const byEmail = a.email ? [...(this.byEmail.get(a.email) ?? [])] : [];
		if (byEmail.length === 1) return { path: byEmail[0] as string };
		if (byEmail.length > 1) return { ambiguous: byEmail.sort() };
		const name = a.name || (a.email ? nameFromEmail(a.email) : "");
		// A one-word name read from an address (`hiro@…`) is too thin to claim someone.
		if (!a.name && !name.includes(" ")) return null;
		const match = this.names.match(name);
		if (match.kind === "existing") return { path: match.path };
		if (match.kind === "ambiguous") return { ambiguous: match.paths };
		return null;
	}
}

/** The same list of texts, in any order. */
function sameList(a: unknown, b: unknown): boolean {
	const norm = (v: unknown) => JSON.stringify(textList(v).sort());
	return norm(a) === norm(b);
}

function sameValue(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) || Array.isArray(b)) return sameList(a, b);
	const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v).trim() : v instanceof Date ? v.toISOString().slice(0, 10) : "");
	return text(a) === text(b);
}

/**
 * Decides which event notes to create and which properties of already imported ones to change. Nothing of a note's
 * body is ever planned for an existing note; only `date`, `time`, `title`, `location` and `attendees`.
 */
export function planEventImport(events: CalendarEvent[], people: ExistingPerson[], existing: ExistingEvent[], settings: AscentSettings, options: EventPlanOptions): EventPlan {
	const plan: EventPlan = { creates: [], updates: [], ambiguous: [], duplicates: [], conflicts: [], skipped: [], events: events.length, unchanged: 0, unknown: [] };
	const matcher = new AttendeeMatcher(people, settings);
	const byKey = new Map<string, ExistingEvent>();
	for (const e of existing) {
		const key = e.frontmatter[EVENT_KEY_PROPERTY];
		if (typeof key === "string" && key !== "" && !byKey.has(key)) byKey.set(key, e);
	}
	// A link names a person by file name, or by path when two people share one.
	const nameCount = new Map<string, number>();
	for (const p of people) nameCount.set(baseName(p.path).toLowerCase(), (nameCount.get(baseName(p.path).toLowerCase()) ?? 0) + 1);
	const linkTo = (path: string) => `[[${(nameCount.get(baseName(path).toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/i, "") : baseName(path)}]]`;

	const unknown = new Map<string, UnknownAttendee>();
	const ambiguousSeen = new Set<string>();
	const newPeople = new Map<string, PlannedCreate>();
	const taken = new Set<string>();
	const freePath = (prefix: string, base: string) => {
		let path = `${prefix}${base}.md`;
		for (let n = 2; options.exists(path) || taken.has(path.toLowerCase()); n++) path = `${prefix}${base} ${n}.md`;
		taken.add(path.toLowerCase());
		return path;
	};
	const attendeeValue = (a: Attendee, origin: string): string | null => {
		const found = matcher.find(a);
		if (found && "path" in found) return linkTo(found.path);
		const label = a.name || a.email;
		if (found && "ambiguous" in found) {
			if (!ambiguousSeen.has(label)) plan.ambiguous.push({ name: label, origin, paths: found.ambiguous });
			ambiguousSeen.add(label);
			return label;
		}
		const key = a.email || nameKey(a.name);
		if (key === "") return null;
		// "Rivera, Sam" is Sam Rivera, as a note's name.
		const name = a.name.replace(/^([^,]+),\s*([^,]+)$/, "$2 $1") || nameFromEmail(a.email) || a.email;
		const entry = unknown.get(key) ?? { key, name, email: a.email, events: 0, created: false };
		entry.events++;
		unknown.set(key, entry);
		if (!options.create.has(key)) return label;
		let person = newPeople.get(key);
		if (!person) {
			const base = safeFileName(name);
			if (base === "") return label;
			const emailKey = settings.fieldKeys.email[0];
			person = { path: freePath(folderPrefix(options.personFolder), base), name: base, fields: a.email && emailKey ? { [emailKey]: a.email } : {}, origin };
			newPeople.set(key, person);
			entry.created = true;
		}
		return `[[${person.name}]]`;
	};

	for (const event of events) {
		const attendees = event.attendees.map((a) => attendeeValue(a, event.origin)).filter((v): v is string => v !== null);
		const fields: Record<string, unknown> = { type: "event", date: event.day };
		if (event.time) fields.time = event.time;
		fields.title = event.title;
		if (event.location) fields.location = event.location;
		fields.attendees = attendees;
		const already = byKey.get(event.key);
		if (already) {
			const changes: FieldChange[] = [];
			for (const key of ["date", "time", "title", "location", "attendees"]) {
				const value = fields[key];
				const current = already.frontmatter[key];
				if (value === undefined || sameValue(current, value)) continue;
				changes.push(current === undefined ? { key, value } : { key, value, previous: current });
			}
			if (changes.length === 0) plan.unchanged++;
			else plan.updates.push({ path: already.path, name: event.title, changes, kept: [], origin: event.origin });
			continue;
		}
		const base = safeFileName(`${event.day} ${event.title}`);
		plan.creates.push({
			path: freePath(folderPrefix(options.eventFolder), base), name: base,
			fields: { ...fields, [EVENT_KEY_PROPERTY]: event.key }, body: `# ${event.title}\n`, origin: event.origin,
		});
	}
	// New people first: an event note links them, so they exist when it is written.
	plan.creates.unshift(...newPeople.values());
	plan.unknown = [...unknown.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
	return plan;
}

/** The plan in lines, for the CLI and the preview (which lists the unknown attendees itself, with a choice each). */
export function describeEventPlan(plan: EventPlan, options: { unknown: boolean } = { unknown: true }): string[] {
	const events = plan.creates.filter((c) => c.body !== undefined);
	const people = plan.creates.filter((c) => c.body === undefined);
	const lines = [`${plan.events} ${plan.events === 1 ? "event" : "events"}: ${events.length} new, ${plan.updates.length} changed, ${plan.unchanged} already imported${people.length > 0 ? `; ${people.length} new ${people.length === 1 ? "person" : "people"}` : ""}`];
	for (const c of people) lines.push(`  + ${c.path}  (person)`);
	for (const c of events) lines.push(`  + ${c.path}  ${textList(c.fields.attendees).join(", ") || "no attendees"}`);
	for (const u of plan.updates) {
		for (const ch of u.changes) lines.push(`  ~ ${u.path}: ${ch.key} = ${JSON.stringify(ch.value)}${ch.previous !== undefined ? ` (was ${JSON.stringify(ch.previous)})` : ""}`);
	}
	for (const a of plan.ambiguous) lines.push(`  ? ${a.name} (${a.origin}) matches ${a.paths.join(" and ")}; not linked`);
	const notLinked = plan.unknown.filter((u) => !u.created);
	if (options.unknown && notLinked.length > 0) {
		lines.push(`Not found among your people (${notLinked.length}), kept as plain text:`);
		for (const u of notLinked) lines.push(`  - ${u.name}${u.email && u.email !== u.name ? ` <${u.email}>` : ""}, ${u.events} ${u.events === 1 ? "event" : "events"}`);
	}
	for (const k of plan.skipped) lines.push(`  ! skipped ${JSON.stringify(k.name)} (${k.origin}): ${k.reason}`);
	return lines;
}
