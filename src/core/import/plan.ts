// An import plan: every note to create and every field to add, decided before anything is written.
import type { AscentSettings, FieldName } from "../settings";
import { readField, textList } from "../fields";
import type { Contact } from "./contacts";
import { type Candidate, type Match, NameMatcher, nameKey } from "./match";
import { safeFileName, vaultPath } from "../safe-names";

export interface ExistingPerson extends Candidate {
	frontmatter: Record<string, unknown>;
}

export interface FieldChange {
	key: string;
	value: unknown;
	/** The value the note has now, when the import would replace it (only with `overwrite`). */
	previous?: unknown;
}

export interface PlannedCreate {
	path: string;
	name: string;
	fields: Record<string, unknown>;
	/** The note's text below its properties; without it a new note is a person, started from the person template. */
	body?: string;
	origin: string;
}

export interface PlannedUpdate {
	path: string;
	name: string;
	changes: FieldChange[];
	/** Fields the note already has with another value, kept because overwrite is off. */
	kept: FieldChange[];
	origin: string;
}

export interface ImportPlan {
	creates: PlannedCreate[];
	updates: PlannedUpdate[];
	ambiguous: { name: string; origin: string; paths: string[] }[];
	/** Contacts that repeat an earlier one in the same file (same name, or the same person by alias), merged into it. */
	duplicates: { name: string; origin: string }[];
	/** Where two contacts merged into one person disagree on a single value: the first is kept, the other reported. */
	conflicts: { path: string; field: string; kept: unknown; dropped: unknown; origin: string }[];
	/** Contacts that cannot become a note (no usable file name), and notes that cannot be written; never half-done. */
	skipped: { name: string; origin: string; reason: string }[];
}

export interface PlanOptions {
	folder: string;
	overwrite: boolean;
	/** Vault paths that exist (so a new note never takes an existing path). */
	exists: (path: string) => boolean;
}

/** One property a contact brings: the field it is (its keys come from the settings), and the value. */
interface ContactField {
	field: FieldName | "tags";
	value: unknown;
}

/** The keys a field is read under; a field is written under the first, unless the note already uses another. */
function keysOf(field: FieldName | "tags", settings: AscentSettings): string[] {
	return field === "tags" ? ["tags"] : settings.fieldKeys[field];
}

/** The properties a contact brings, as fields (the same keys as everything else reads: `settings.fieldKeys`). */
export function contactFields(c: Contact, settings: AscentSettings): ContactField[] {
	const fields: ContactField[] = [];
	const put = (field: FieldName | "tags", value: unknown) => {
		if (value === null || value === "" || (Array.isArray(value) && value.length === 0) || keysOf(field, settings).length === 0) return;
		fields.push({ field, value });
	};
	put("met", c.met);
	put("birthday", c.birthday);
	put("email", c.emails.length === 1 ? c.emails[0] : c.emails);
	put("phone", c.phones.length === 1 ? c.phones[0] : c.phones);
	put("company", c.org);
	put("role", c.title);
	put("url", c.urls.length === 1 ? c.urls[0] : c.urls);
	put("tags", c.tags.map((t) => t.toLowerCase().replace(/\s+/g, "-")));
	return fields;
}

/** The fields as a new note's properties, each under its first key. */
function asProperties(fields: ContactField[], settings: AscentSettings): Record<string, unknown> {
	return Object.fromEntries(fields.map((f) => [keysOf(f.field, settings)[0] ?? f.field, f.value]));
}

const SINGLE_VALUES = ["org", "title", "met", "birthday", "note"] as const;

/** The property a contact's single value is written to (as `contactFields` writes it). */
function propertyOf(field: string, settings: AscentSettings): string {
	const fields: Record<string, FieldName> = { org: "company", title: "role", met: "met", birthday: "birthday", note: "note" };
	const name = fields[field];
	return (name ? settings.fieldKeys[name][0] : undefined) ?? field;
}

/** Two contacts for one person: lists are joined; for a single value the first is kept and a disagreement returned. */
function merge(a: Contact, b: Contact): { contact: Contact; conflicts: { field: string; kept: unknown; dropped: unknown }[] } {
	const union = (x: string[], y: string[]) => [...new Set([...x, ...y])];
	const conflicts: { field: string; kept: unknown; dropped: unknown }[] = [];
	for (const field of SINGLE_VALUES) {
		const [x, y] = [a[field], b[field]];
		if (x && y && x !== y) conflicts.push({ field, kept: x, dropped: y });
	}
	return {
		contact: {
			...a,
			emails: union(a.emails, b.emails), phones: union(a.phones, b.phones), urls: union(a.urls, b.urls), tags: union(a.tags, b.tags),
			org: a.org || b.org, title: a.title || b.title, met: a.met ?? b.met, birthday: a.birthday ?? b.birthday, note: a.note || b.note,
		},
		conflicts,
	};
}

/** A tag as compared: without `#`, lower case, spaces as dashes (`#Two Words` and `two-words` are one tag). */
function tagKey(tag: string): string {
	return tag.trim().replace(/^#/, "").toLowerCase().replace(/\s+/g, "-");
}

/**
 * Whether a note's value already says what the import brings: the same texts in any order (a phone written as a
 * number in YAML is the same phone as its text), and for tags the same tags however spelled. An export read back
 * is then no change at all, with or without overwrite.
 */
function same(field: string, current: unknown, value: unknown): boolean {
	const norm = (v: unknown) => {
		const one = (x: unknown) => (typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? String(x).trim() : JSON.stringify(x));
		const list = Array.isArray(v) ? textList(v) : v === null || v === undefined ? [] : [one(v)];
		return [...new Set(field === "tags" ? list.map(tagKey) : list)].sort();
	};
	return JSON.stringify(norm(current)) === JSON.stringify(norm(value));
}

/**
 * Decides, for each contact, whether it is a new note, fields to add to an existing person, or an ambiguous match
 * (reported, never applied). Existing values are kept unless `overwrite`. Imported people get no cadence or tier, so
 * they stay untracked (in Triage) and an import of 800 connections does not flood "Needs attention".
 */
export function planImport(contacts: Contact[], people: ExistingPerson[], settings: AscentSettings, options: PlanOptions): ImportPlan {
	const matcher = new NameMatcher(people);
	const byPath = new Map(people.map((p) => [p.path, p]));
	const plan: ImportPlan = { creates: [], updates: [], ambiguous: [], duplicates: [], conflicts: [], skipped: [] };
	// Contacts for the same note become one: the same name in the file, or names (and aliases) of one person.
	const groups = new Map<string, { contact: Contact; match: Match }>();
	const order: string[] = [];
	for (const contact of contacts) {
		const match: Match = matcher.match(contact.name);
		const key = match.kind === "existing" ? `path:${match.path}` : `name:${nameKey(contact.name)}`;
		const earlier = groups.get(key);
		if (earlier) {
			const merged = merge(earlier.contact, contact);
			earlier.contact = merged.contact;
			const path = match.kind === "existing" ? match.path : contact.name;
			for (const c of merged.conflicts) plan.conflicts.push({ path, ...c, field: propertyOf(c.field, settings), origin: contact.origin });
			plan.duplicates.push({ name: contact.name, origin: contact.origin });
		} else {
			groups.set(key, { contact, match });
			order.push(key);
		}
	}
	const taken = new Set<string>();
	const folder = (vaultPath(options.folder) ?? "").replace(/\/+$/, "");
	for (const key of order) {
		const { contact, match } = groups.get(key) as { contact: Contact; match: Match };
		const fields = contactFields(contact, settings);
		if (match.kind === "ambiguous") {
			plan.ambiguous.push({ name: contact.name, origin: contact.origin, paths: match.paths });
		} else if (match.kind === "existing") {
			const person = byPath.get(match.path) as ExistingPerson;
			const changes: FieldChange[] = [];
			const kept: FieldChange[] = [];
			for (const { field, value } of fields) {
				const keys = keysOf(field, settings);
				const current = readField(person.frontmatter, keys);
				if (!current) changes.push({ key: keys[0] ?? field, value });
				else if (same(field, current.value, value)) continue;
				else if (options.overwrite) changes.push({ key: current.key, value, previous: current.value });
				else kept.push({ key: current.key, value, previous: current.value });
			}
			if (changes.length > 0 || kept.length > 0) plan.updates.push({ path: match.path, name: person.name, changes, kept, origin: contact.origin });
		} else {
			const base = safeFileName(contact.name);
			if (base === "") {
				plan.skipped.push({ name: contact.name, origin: contact.origin, reason: "nothing in the name can be a file name" });
				continue;
			}
			let path = `${folder ? `${folder}/` : ""}${base}.md`;
			for (let n = 2; options.exists(path) || taken.has(path.toLowerCase()); n++) path = `${folder ? `${folder}/` : ""}${base} ${n}.md`;
			taken.add(path.toLowerCase());
			plan.creates.push({ path, name: base, fields: asProperties(fields, settings), origin: contact.origin });
		}
	}
	return plan;
}

export function describePlan(plan: ImportPlan): string[] {
	const lines: string[] = [];
	const updated = plan.updates.filter((u) => u.changes.length > 0).length;
	lines.push(`${plan.creates.length} new ${plan.creates.length === 1 ? "note" : "notes"}, ${updated} ${updated === 1 ? "person" : "people"} updated, ${plan.ambiguous.length} ambiguous, ${plan.duplicates.length} ${plan.duplicates.length === 1 ? "duplicate" : "duplicates"} merged`);
	for (const c of plan.creates) lines.push(`  + ${c.path}  ${Object.keys(c.fields).join(", ")}`);
	for (const u of plan.updates) {
		for (const ch of u.changes) lines.push(`  ~ ${u.path}: ${ch.key} = ${JSON.stringify(ch.value)}${ch.previous !== undefined ? ` (was ${JSON.stringify(ch.previous)})` : ""}`);
		for (const k of u.kept) lines.push(`  = ${u.path}: ${k.key} kept as ${JSON.stringify(k.previous)} (import has ${JSON.stringify(k.value)}; --overwrite to replace)`);
	}
	for (const a of plan.ambiguous) lines.push(`  ? ${a.name} (${a.origin}) matches ${a.paths.join(" and ")}; not applied`);
	for (const c of plan.conflicts) lines.push(`  ! ${c.path}: ${c.field} kept as ${JSON.stringify(c.kept)}; ${c.origin} has ${JSON.stringify(c.dropped)}`);
	for (const k of plan.skipped) lines.push(`  ! skipped ${JSON.stringify(k.name)} (${k.origin}): ${k.reason}`);
	return lines;
}
