// vCard 4.0 export of people (one, a selection, or everyone), written with ical.js so escaping and line folding
// follow the RFC, and read back by the import without changes.
import ICAL from "ical.js";
import { parseBirthday } from "../dates";
import { readField, textList } from "../fields";

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

/** FN, N, EMAIL, TEL, ORG, TITLE, BDAY, URL, NOTE, CATEGORIES from a person's name and properties. */
export function toVCard(person: ExportPerson, birthdayKeys: string[] = ["birthday", "bday", "prm-birthday"]): string {
	const fm = person.frontmatter;
	const card = new ICAL.Component("vcard");
	card.addPropertyWithValue("version", "4.0");
	card.addPropertyWithValue("fn", person.name);
	const parts = person.name.trim().split(/\s+/);
	const n = new ICAL.Property("n");
	n.setValue([parts.length > 1 ? (parts[parts.length - 1] ?? "") : "", parts.length > 1 ? parts.slice(0, -1).join(" ") : (parts[0] ?? ""), "", "", ""] as never);
	card.addProperty(n);
	add(card, "email", field(fm, ["email", "emails", "e-mail"]));
	add(card, "tel", field(fm, ["phone", "phones", "tel", "mobile"]));
	const org = field(fm, ["company", "org", "organization"])[0];
	if (org) {
		const prop = new ICAL.Property("org");
		prop.setValue([org] as never);
		card.addProperty(prop);
	}
	add(card, "title", field(fm, ["role", "title", "position"]).slice(0, 1));
	const bday = readField(fm, birthdayKeys);
	const parsed = bday ? parseBirthday(bday.value) : null;
	if (parsed?.ok) card.addPropertyWithValue("bday", parsed.value.year === null ? `--${parsed.value.monthDay}` : `${parsed.value.year}-${parsed.value.monthDay}`);
	add(card, "url", field(fm, ["url", "website", "linkedin"]));
	add(card, "note", field(fm, ["note", "notes"]).slice(0, 1));
	const tags = field(fm, ["tags"]).map((t) => t.replace(/^#/, ""));
	if (tags.length > 0) {
		const prop = new ICAL.Property("categories");
		prop.setValues(tags);
		card.addProperty(prop);
	}
	return card.toString();
}

export function toVCards(people: ExportPerson[]): string {
	return `${people.map((p) => toVCard(p)).join("\r\n")}\r\n`;
}
