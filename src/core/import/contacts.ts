// Contacts from other apps (LinkedIn, Google Contacts, vCard), in one shape, before they meet the vault.
import { type Day, isValidYmd, parseBirthday, ymd } from "../dates";

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

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function month(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function year(text: string): number {
	const n = Number(text);
	return text.length === 2 ? (n > 69 ? 1900 + n : 2000 + n) : n;
}

/**
 * The few dates these exports write, and only those: `12 Mar 2024`, `7-Feb-22`, `2024-03-12`, `Mar 12, 2024`,
 * `3/12/2024` (LinkedIn and Google write month first). A fixed set, so a few patterns, not a date library in the
 * plugin bundle.
 */
export function parseExportDate(text: string): Day | null {
	const value = text.trim();
	let m: RegExpExecArray | null;
	let y = NaN;
	let mo = NaN;
	let d = NaN;
	if ((m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(value))) [d, mo, y] = [Number(m[1]), month(m[2] ?? ""), year(m[3] ?? "")];
	else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(value))) [mo, d, y] = [month(m[1] ?? ""), Number(m[2]), Number(m[3])];
	else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return y > 1900 && isValidYmd(y, mo, d) ? ymd(y, mo, d) : null;
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
