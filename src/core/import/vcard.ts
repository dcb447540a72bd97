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
	const cards = (Array.isArray(parsed) && parsed[0] === "vcard" ? [parsed] : (parsed as unknown[])) as [string, JProp[]][];
	const contacts: Contact[] = [];
	cards.forEach((card, i) => {
		const origin = `${file} card ${i + 1}`;
		if (!Array.isArray(card) || card[0] !== "vcard") return;
		const props = card[1];
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
