// LinkedIn's Connections.csv and Google Contacts' CSV (current and older layouts), read with papaparse.
import Papa from "papaparse";
import { type Contact, emptyContact, fullName, type ImportProblem, parseExportBirthday, parseExportDate } from "./contacts";

export interface Parsed {
	contacts: Contact[];
	problems: ImportProblem[];
}

/**
 * The data rows, each with its number as a spreadsheet shows the file (the header is row 1; a blank line is a row;
 * a quoted value over several lines is one row). Blank rows are counted, then left out.
 */
function rows(text: string): { row: Record<string, string>; number: number }[] {
	const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: false, transformHeader: (h) => h.trim() });
	return result.data.flatMap((row, i) => (Object.values(row).some((v) => typeof v === "string" && v.trim() !== "") ? [{ row, number: i + 2 }] : []));
}

/** LinkedIn puts a few lines of notes above the header; the header is the line that starts with First Name. */
export function parseLinkedIn(text: string, file = "Connections.csv"): Parsed {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	const header = lines.findIndex((l) => /^"?First Name"?,/i.test(l.trim()));
	const problems: ImportProblem[] = [];
	if (header === -1) {
		return { contacts: [], problems: [{ origin: file, field: "header", value: "", message: "no header row starting with First Name was found; is this LinkedIn's Connections.csv?" }] };
	}
	const contacts: Contact[] = [];
	rows(lines.slice(header).join("\n")).forEach(({ row, number }) => {
		// The notes above the header are rows of the file too.
		const origin = `${file} row ${header + number}`;
		const c = emptyContact(origin);
		c.first = row["First Name"]?.trim() ?? "";
		c.last = row["Last Name"]?.trim() ?? "";
		c.name = fullName(c);
		const url = row.URL?.trim();
		if (url) c.urls.push(url);
		const email = row["Email Address"]?.trim();
		if (email) c.emails.push(email);
		c.org = row.Company?.trim() ?? "";
		c.title = row.Position?.trim() ?? "";
		const connected = row["Connected On"]?.trim() ?? "";
		c.met = parseExportDate(connected);
		if (connected !== "" && c.met === null) problems.push({ origin, field: "Connected On", value: connected, message: "is not a date this import reads" });
		if (c.name === "") problems.push({ origin, field: "First Name", value: "", message: "has no name; the row is skipped" });
		else contacts.push(c);
	});
	return { contacts, problems };
}

function pick(row: Record<string, string>, ...keys: string[]): string {
	for (const key of keys) {
		const value = row[key]?.trim();
		if (value) return value;
	}
	return "";
}

function numbered(row: Record<string, string>, pattern: RegExp): string[] {
	return Object.keys(row).filter((k) => pattern.test(k)).sort().flatMap((k) => (row[k] ?? "").split(" ::: ")).map((v) => v.trim()).filter((v) => v !== "");
}

/** Google Contacts: the 2020s layout (First Name, Labels, Organization Name) and the older one (Given Name, Group Membership). */
export function parseGoogle(text: string, file = "contacts.csv"): Parsed {
	const problems: ImportProblem[] = [];
	const contacts: Contact[] = [];
	rows(text.replace(/^\uFEFF/, "")).forEach(({ row, number }) => {
		const origin = `${file} row ${number}`;
		const c = emptyContact(origin);
		c.first = pick(row, "First Name", "Given Name");
		c.last = pick(row, "Last Name", "Family Name");
		c.name = pick(row, "Name") || fullName(c);
		c.emails = numbered(row, /^E-mail \d+ - Value$/);
		c.phones = numbered(row, /^Phone \d+ - Value$/);
		c.urls = numbered(row, /^Website \d+ - Value$/);
		c.org = pick(row, "Organization Name", "Organization 1 - Name");
		c.title = pick(row, "Organization Title", "Organization 1 - Title");
		c.note = pick(row, "Notes");
		c.tags = pick(row, "Labels", "Group Membership").split(" ::: ").map((t) => t.replace(/^\*\s*/, "").trim())
			.filter((t) => t !== "" && !["mycontacts", "starred"].includes(t.toLowerCase().replace(/\s+/g, "")));
		const birthday = pick(row, "Birthday");
		c.birthday = parseExportBirthday(birthday);
		if (birthday !== "" && c.birthday === null) problems.push({ origin, field: "Birthday", value: birthday, message: "is not a date this import reads" });
		if (c.name === "") problems.push({ origin, field: "Name", value: "", message: "has no name; the row is skipped" });
		else contacts.push(c);
	});
	return { contacts, problems };
}
