// vCard 4.0 export of people (one, a selection, or everyone), written with ical.js so escaping and line folding
// follow the RFC, and read back by the import without changes.
import ICAL from "ical.js";
import { parseBirthday } from "../dates";
import { readField, textList } from "../fields";
import { DEFAULT_SETTINGS, type FieldName } from "../settings";

export interface ExportPerson {
	name: string;
	frontmatter: Record<string, unknown>;
}

function add(card: ICAL.Component, name: string, values: string[]): void {
	for (const value of values) if (value.trim() !== "") card.addPropertyWithValue(name, value.trim());
}

function field(fm: Record<string, unknown>, keys: string[]): string[] {
	const found = readField(fm, keys);
	return found ? textList(found.value) : [];
}

/**
 * FN, N, EMAIL, TEL, ORG, TITLE, BDAY, URL, NOTE, CATEGORIES from a person's name and properties, read under the
 * keys the settings name for each field (the same keys import writes).
 */
export function toVCard(person: ExportPerson, keys: Record<FieldName, string[]> = DEFAULT_SETTINGS.fieldKeys): string {
	const fm = person.frontmatter;
	const card = new ICAL.Component("vcard");
	card.addPropertyWithValue("version", "4.0");
	card.addPropertyWithValue("fn", person.name);
	const parts = person.name.trim().split(/\s+/);
	const n = new ICAL.Property("n");
	n.setValue([parts.length > 1 ? (parts[parts.length - 1] ?? "") : "", parts.length > 1 ? parts.slice(0, -1).join(" ") : (parts[0] ?? ""), "", "", ""] as never);
	card.addProperty(n);
	add(card, "email", field(fm, keys.email));
	add(card, "tel", field(fm, keys.phone));
	const org = field(fm, keys.company)[0];
	if (org) {
		const prop = new ICAL.Property("org");
		prop.setValue([org] as never);
		card.addProperty(prop);
	}
	add(card, "title", field(fm, keys.role).slice(0, 1));
	const bday = readField(fm, keys.birthday);
	const parsed = bday ? parseBirthday(bday.value) : null;
	if (parsed?.ok) card.addPropertyWithValue("bday", parsed.value.year === null ? `--${parsed.value.monthDay}` : `${parsed.value.year}-${parsed.value.monthDay}`);
	add(card, "url", field(fm, keys.url));
	add(card, "note", field(fm, keys.note).slice(0, 1));
	const tags = field(fm, ["tags"]).map((t) => t.replace(/^#/, ""));
	if (tags.length > 0) {
		const prop = new ICAL.Property("categories");
		prop.setValues(tags);
		card.addProperty(prop);
	}
	return card.toString();
}

export function toVCards(people: ExportPerson[], keys: Record<FieldName, string[]> = DEFAULT_SETTINGS.fieldKeys): string {
	return `${people.map((p) => toVCard(p, keys)).join("\r\n")}\r\n`;
}
