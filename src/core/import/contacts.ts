// Contacts from other apps (LinkedIn, Google Contacts, vCard), in one shape, before they meet the vault.
import { parse as parseDate, isValid } from "date-fns";
import { type Day, parseBirthday, ymd } from "../dates";

export interface Contact {
	name: string;
	first: string;
	last: string;
	emails: string[];
	phones: string[];
	org: string;
	title: string;
	urls: string[];
	/** When the connection was made (LinkedIn's "Connected On"). */
	met: Day | null;
	/** `MM-DD` or `YYYY-MM-DD`. */
	birthday: string | null;
	tags: string[];
	note: string;
	/** Where it came from, for messages: "Connections.csv row 7". */
	origin: string;
}

export interface ImportProblem {
	origin: string;
	field: string;
	value: string;
	message: string;
}

export function emptyContact(origin: string): Contact {
	return { name: "", first: "", last: "", emails: [], phones: [], org: "", title: "", urls: [], met: null, birthday: null, tags: [], note: "", origin };
}

const DATE_FORMATS = ["d MMM yyyy", "dd MMM yyyy", "d-MMM-yy", "dd-MMM-yy", "d-MMM-yyyy", "yyyy-MM-dd", "MMM d, yyyy", "M/d/yyyy", "d/M/yyyy"];

/** The dates these exports write: `12 Mar 2024`, `7-Feb-22`, `2024-03-12`, `Mar 12, 2024`. */
export function parseExportDate(text: string): Day | null {
	const value = text.trim();
	if (value === "") return null;
	const reference = new Date(2000, 0, 1);
	for (const format of DATE_FORMATS) {
		const date = parseDate(value, format, reference);
		if (isValid(date) && date.getFullYear() > 1900) return ymd(date.getFullYear(), date.getMonth() + 1, date.getDate());
	}
	return null;
}

/** `--12-03`, `12-03`, `1990-12-03`, or a date in an export's own format. */
export function parseExportBirthday(text: string): string | null {
	const value = text.trim();
	if (value === "") return null;
	const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
	const parsed = parseBirthday(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value);
	if (parsed.ok) return parsed.value.year === null ? parsed.value.monthDay : `${parsed.value.year}-${parsed.value.monthDay}`;
	const day = parseExportDate(value);
	return day;
}

export function fullName(c: Pick<Contact, "first" | "last" | "name">): string {
	return c.name.trim() || [c.first, c.last].map((s) => s.trim()).filter((s) => s !== "").join(" ");
}
