// Events from an iCalendar file (Google, Apple, Outlook exports), read with ical.js: recurring events expanded with
// their exceptions, cancelled ones skipped, each occurrence on its local day in the event's own time zone.
import ICAL from "ical.js";
import { type Day, ymd } from "../dates";
import type { ImportProblem } from "./contacts";

export interface Attendee {
	/** The name the calendar gives (CN), or "" when it gives only an email address. */
	name: string;
	/** Lower-case, without `mailto:`; "" when there is none. */
	email: string;
}

export interface CalendarEvent {
	/** The event's UID, and for an occurrence of a recurring event the day and time it was planned for. */
	key: string;
	title: string;
	day: Day;
	/** `HH:mm` in the event's own time zone; null for an all-day event. */
	time: string | null;
	location: string;
	attendees: Attendee[];
	/** For messages: "team.ics: Platform sync on 2026-11-03". */
	origin: string;
}

export interface CalendarRange {
	from: Day;
	to: Day;
}

/** More occurrences than this before the range ends is a rule no calendar means (every second since 1970). */
const MAX_OCCURRENCES = 20_000;

/** Who took part: attendees who did not decline, without rooms and resources and non-participants. */
function attendeesOf(component: ICAL.Component): Attendee[] {
	const out: Attendee[] = [];
	const seen = new Set<string>();
	for (const prop of component.getAllProperties("attendee")) {
		const cutype = String(prop.getParameter("cutype") ?? "INDIVIDUAL").toUpperCase();
		const partstat = String(prop.getParameter("partstat") ?? "").toUpperCase();
		const role = String(prop.getParameter("role") ?? "").toUpperCase();
		if (cutype === "ROOM" || cutype === "RESOURCE" || partstat === "DECLINED" || role === "NON-PARTICIPANT") continue;
		const value = String(prop.getFirstValue() ?? "").trim();
		const email = /^mailto:/i.test(value) ? value.slice(7).trim().toLowerCase() : value.includes("@") ? value.toLowerCase() : "";
		const cn = prop.getParameter("cn");
		const name = String(Array.isArray(cn) ? cn.join(", ") : cn ?? "").trim();
		const key = email || name.toLowerCase();
		if (key === "" || seen.has(key)) continue;
		seen.add(key);
		out.push({ name: name === email ? "" : name, email });
	}
	return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The day and clock time of a start, in the event's own zone: a time with a TZID is read as written; a UTC time
 * (`…Z`) is moved to the calendar's zone (X-WR-TIMEZONE) or, without one, to the zone of whoever imports it.
 */
function localStart(time: ICAL.Time, calendarZone: string | null): { day: Day; time: string | null } {
	if (time.isDate) return { day: ymd(time.year, time.month, time.day), time: null };
	if (time.zone?.tzid !== "UTC") return { day: ymd(time.year, time.month, time.day), time: `${pad(time.hour)}:${pad(time.minute)}` };
	const date = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
	let zone: string | undefined = calendarZone ?? undefined;
	try {
		if (zone) new Intl.DateTimeFormat("en-US", { timeZone: zone });
	} catch {
		zone = undefined;
	}
	const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", {
		timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
	}).formatToParts(date).map((p) => [p.type, p.value]));
	return { day: ymd(Number(parts.year), Number(parts.month), Number(parts.day)), time: `${parts.hour}:${parts.minute}` };
}

function text(component: ICAL.Component, name: string): string {
	const value = component.getFirstPropertyValue(name);
	return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

const cancelled = (component: ICAL.Component) => text(component, "status").toUpperCase() === "CANCELLED";

/**
 * Every event of the file whose day falls in the range (both ends included), by day and time. A component that cannot be read is named among the problems; the others are still read.
 */
export function readCalendar(source: string, file: string, range: CalendarRange): { events: CalendarEvent[]; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	let calendar: ICAL.Component;
	try {
		const parsed: unknown = ICAL.parse(source);
		const first = (Array.isArray(parsed) && typeof parsed[0] === "string" ? parsed : (parsed as unknown[])[0]) as unknown[];
		calendar = new ICAL.Component(first as [string, unknown[], unknown[]]);
		if (calendar.name !== "vcalendar") throw new Error(`it holds a ${calendar.name.toUpperCase()}, not a VCALENDAR`);
	} catch (error) {
		return { events: [], problems: [{ origin: file, field: "file", value: "", message: `is not a calendar file this import reads: ${(error as Error).message}` }] };
	}
	const zone = text(calendar, "x-wr-timezone") || null;
	const vevents = calendar.getAllSubcomponents("vevent");
	// Exceptions (a RECURRENCE-ID) belong to the event with their UID; a file may list them before or after it.
	const exceptions = new Map<string, ICAL.Component[]>();
	const masterUids = new Set<string>();
	for (const v of vevents) {
		const uid = text(v, "uid");
		if (!v.hasProperty("recurrence-id")) {
			masterUids.add(uid);
			continue;
		}
		let list = exceptions.get(uid);
		if (!list) exceptions.set(uid, (list = []));
		list.push(v);
	}
	const events: CalendarEvent[] = [];
	const masters = new Set<string>();
	const add = (component: ICAL.Component, key: string, start: ICAL.Time) => {
		const { day, time } = localStart(start, zone);
		if (day < range.from || day > range.to || cancelled(component)) return;
		const title = text(component, "summary") || "Untitled event";
		events.push({ key, title, day, time, location: text(component, "location"), attendees: attendeesOf(component), origin: `${file}: ${title} on ${day}` });
	};
	vevents.forEach((v, i) => {
		const uid = text(v, "uid");
		if (v.hasProperty("recurrence-id")) {
			// An exception whose event is not in the file stands alone.
			if (!masterUids.has(uid)) {
				const rid = v.getFirstPropertyValue("recurrence-id") as ICAL.Time;
				const start = v.getFirstPropertyValue("dtstart") as ICAL.Time | null;
				if (start) add(v, `${uid}/${rid.toString()}`, start);
			}
			return;
		}
		const origin = `${file} event ${i + 1}${uid ? ` (${uid})` : ""}`;
		try {
			if (uid === "") throw new Error("it has no UID, so a second import could not tell it apart");
			if (masters.has(uid)) throw new Error("a second event with the same UID; the first one is kept");
			masters.add(uid);
			if (!v.hasProperty("dtstart")) throw new Error("it has no DTSTART");
			const event = new ICAL.Event(v, { exceptions: exceptions.get(uid) ?? [] });
			if (cancelled(v)) return;
			if (!event.isRecurring()) {
				add(v, uid, event.startDate);
				return;
			}
			const iterator = event.iterator();
			let count = 0;
			for (let next = iterator.next(); next; next = iterator.next()) {
				if (++count > MAX_OCCURRENCES) {
					problems.push({ origin, field: "RRULE", value: text(v, "rrule"), message: `repeats more than ${MAX_OCCURRENCES} times before the range ends; the rest is skipped` });
					break;
				}
				const details = event.getOccurrenceDetails(next);
				const { day } = localStart(details.startDate, zone);
				// An occurrence moved into the range counts; the plan is past the range once its planned day is.
				if (localStart(next, zone).day > range.to && day > range.to) break;
				add(details.item.component, `${uid}/${details.recurrenceId.toString()}`, details.startDate);
			}
		} catch (error) {
			problems.push({ origin, field: "VEVENT", value: text(v, "summary"), message: `is skipped: ${(error as Error).message}` });
		}
	});
	// By day and time; events of one moment keep the file's order.
	events.sort((a, b) => (a.day === b.day ? (a.time ?? "").localeCompare(b.time ?? "") : a.day < b.day ? -1 : 1));
	return { events, problems };
}
