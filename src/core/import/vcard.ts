// vCard 3.0 and 4.0 (Apple, Google, Outlook exports), read with ical.js: folded lines, itemN groups, CATEGORIES.
import ICAL from "ical.js";
import { type Contact, emptyContact, fullName, type ImportProblem, parseExportBirthday } from "./contacts";
import type { Parsed } from "./csv";

type JProp = [string, Record<string, unknown>, string, ...unknown[]];

function values(props: JProp[], name: string): string[] {
	return props.filter((p) => p[0] === name).flatMap((p) => p.slice(3)).flatMap((v) => (Array.isArray(v) ? [v.join(" ")] : [String(v)]))
		.map((v) => v.trim()).filter((v) => v !== "");
}

export function parseVCards(text: string, file = "contacts.vcf"): Parsed {
	const problems: ImportProblem[] = [];
	let parsed: unknown;
	try {
		parsed = ICAL.parse(text);
	} catch (error) {
		return { contacts: [], problems: [{ origin: file, field: "file", value: "", message: `is not a vCard file this import reads: ${(error as Error).message}` }] };
	}
	const cards = (Array.isArray(parsed) && typeof parsed[0] === "string" ? [parsed] : (parsed as unknown[])) as [string, JProp[], unknown[]?][];
	const contacts: Contact[] = [];
	cards.forEach((card, i) => {
		const origin = `${file} card ${i + 1}`;
		// Nothing is dropped without a word: a calendar, or another component, is named and skipped.
		if (!Array.isArray(card) || card[0] !== "vcard") {
			const kind = Array.isArray(card) ? String(card[0]).toUpperCase() : "something else";
			problems.push({ origin: `${file} item ${i + 1}`, field: "BEGIN", value: kind, message: kind === "VCALENDAR" ? "is a calendar, not contacts; it is skipped" : "is not a vCard; it is skipped" });
			return;
		}
		const props = card[1];
		const nested = Array.isArray(card[2]) ? card[2].length : 0;
		if (nested > 0) problems.push({ origin, field: "BEGIN", value: "VCARD", message: `holds ${nested === 1 ? "a nested card" : `${nested} nested cards`}, which ${nested === 1 ? "is" : "are"} skipped; the outer card is read` });
		const c = emptyContact(origin);
		const n = props.find((p) => p[0] === "n")?.[3];
		if (Array.isArray(n)) {
			c.last = String(n[0] ?? "").trim();
			c.first = String(n[1] ?? "").trim();
		}
		c.name = values(props, "fn")[0] ?? fullName(c);
		c.emails = values(props, "email");
		c.phones = values(props, "tel");
		c.urls = values(props, "url");
		c.org = (props.find((p) => p[0] === "org")?.slice(3) ?? []).flat().map(String).filter((s) => s !== "").join(", ");
		c.title = values(props, "title")[0] ?? "";
		// An unescaped comma splits a text value in ical.js; a note is one text, so its parts are joined again.
		c.note = props.filter((p) => p[0] === "note").map((p) => p.slice(3).map(String).join(",").trim()).filter((v) => v !== "").join("\n");
		c.tags = values(props, "categories").flatMap((v) => v.split(",")).map((t) => t.trim()).filter((t) => t !== "");
		const bday = values(props, "bday")[0] ?? "";
		c.birthday = parseExportBirthday(bday);
		if (bday !== "" && c.birthday === null) problems.push({ origin, field: "BDAY", value: bday, message: "is not a date this import reads" });
		if (c.name === "") problems.push({ origin, field: "FN", value: "", message: "has no name; the card is skipped" });
		else contacts.push(c);
	});
	return { contacts, problems };
}
