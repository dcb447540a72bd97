// Events from a calendar file: the reader (ical.js underneath) and the plan of event notes it leads to. The fixture
// is written for these tests: a weekly meeting with a skipped week, a moved week and a cancelled week, an all-day
// dinner, a cancelled offsite, attendees by email only, a late call in Los Angeles and a UTC time in a Berlin calendar.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeEventPlan, type ExistingEvent, nameFromEmail, planEventImport } from "../../../src/core/import/event-plan";
import { readCalendar } from "../../../src/core/import/ics";
import type { ExistingPerson } from "../../../src/core/import/plan";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const TEAM = readFileSync(join(__dirname, "../../fixtures/ics/team.ics"), "utf8");
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };

const brief = (text: string, range = NOVEMBER) => readCalendar(text, "team.ics", range).events.map((e) => [e.day, e.time, e.title]);

describe("reading a calendar file", () => {
	it("expands a weekly meeting: a skipped week (EXDATE) and a cancelled week are left out, a moved week is on its new day with its own title", () => {
		const { events, problems } = readCalendar(TEAM, "team.ics", NOVEMBER);
		expect(problems).toEqual([]);
		expect(events.filter((e) => e.key.startsWith("platform-sync")).map((e) => [e.day, e.time, e.title])).toEqual([
			["2026-11-03", "10:00", "Platform sync"],
			["2026-11-11", "14:00", "Platform sync (moved)"],
		]);
		const moved = events.find((e) => e.day === "2026-11-11");
		expect(moved?.attendees.map((a) => a.name)).toEqual(["Alex Chen", "Jordan Lee"]);
		expect(moved?.location).toBe("Café Einstein, Berlin");
		// Each occurrence is told apart by the day and time it was planned for, whatever day it moved to.
		expect(moved?.key).toBe("platform-sync-7f3a@ascent.test/2026-11-10T10:00:00");
	});

	it("an occurrence after the last day is not read; one on the last day is", () => {
		expect(brief(TEAM, { from: "2026-12-01", to: "2026-12-01" })).toEqual([["2026-12-01", "10:00", "Platform sync"]]);
		expect(brief(TEAM, { from: "2026-11-02", to: "2026-11-02" })).toEqual([]);
		expect(brief(TEAM, { from: "2026-11-20", to: "2026-11-20" })).toEqual([["2026-11-20", null, "Founders dinner"]]);
	});

	it("everything in the month, by day: the cancelled offsite is not there, the old meetup is outside the days", () => {
		expect(brief(TEAM)).toEqual([
			["2026-11-03", "10:00", "Platform sync"],
			["2026-11-05", "08:30", "Coffee"],
			["2026-11-10", "00:00", "Breakfast in Tokyo"],
			["2026-11-11", "14:00", "Platform sync (moved)"],
			["2026-11-18", "23:30", "Late call with Hiro"],
			["2026-11-20", null, "Founders dinner"],
		]);
	});

	it("a timed event is on its local day in its own zone: 23:30 in Los Angeles is the 18th there, though the 19th in UTC", () => {
		const call = readCalendar(TEAM, "team.ics", NOVEMBER).events.find((e) => e.title === "Late call with Hiro");
		expect([call?.day, call?.time]).toEqual(["2026-11-18", "23:30"]);
	});

	it("a UTC time is on its day in the calendar's zone (X-WR-TIMEZONE); with a zone the machine does not know, the reader still reads it", () => {
		const tokyo = (text: string) => readCalendar(text, "team.ics", NOVEMBER).events.find((e) => e.title === "Breakfast in Tokyo");
		// 23:00 UTC on the 9th is midnight on the 10th in Berlin.
		expect([tokyo(TEAM)?.day, tokyo(TEAM)?.time]).toEqual(["2026-11-10", "00:00"]);
		expect([tokyo(TEAM.replace("X-WR-TIMEZONE:Europe/Berlin", "X-WR-TIMEZONE:Asia/Tokyo"))?.day, tokyo(TEAM.replace("X-WR-TIMEZONE:Europe/Berlin", "X-WR-TIMEZONE:Asia/Tokyo"))?.time]).toEqual(["2026-11-10", "08:00"]);
		expect(tokyo(TEAM.replace("X-WR-TIMEZONE:Europe/Berlin", "X-WR-TIMEZONE:Not/AZone"))?.day).toMatch(/^2026-11-(09|10)$/);
	});

	it("attendees: who took part, not rooms or people who declined; a name with a comma is one name; an address alone has no name", () => {
		const events = readCalendar(TEAM, "team.ics", NOVEMBER).events;
		expect(events.find((e) => e.title === "Platform sync")?.attendees).toEqual([
			{ name: "Alex Chen", email: "alex.chen@example.com" }, { name: "Priya Patel", email: "priya@example.com" },
		]);
		expect(events.find((e) => e.title === "Founders dinner")?.attendees).toEqual([
			{ name: "Rivera, Sam", email: "sam@example.com" }, { name: "Ana Souza", email: "ana.souza@example.org" },
		]);
		expect(events.find((e) => e.title === "Coffee")?.attendees).toEqual([
			{ name: "", email: "grace.liu@example.com" }, { name: "", email: "lena.vogt@example.net" },
		]);
	});

	it("what cannot be read is named with the file and the event; the other events are still read", () => {
		const noUid = TEAM.replace("UID:coffee-by-email@ascent.test\r\n", "");
		const { events, problems } = readCalendar(noUid, "team.ics", NOVEMBER);
		expect(problems.map((p) => `${p.origin}: ${p.field} ${p.value} ${p.message}`)).toEqual([
			"team.ics event 6: VEVENT Coffee is skipped: it has no UID, so a second import could not tell it apart",
		]);
		expect(events).toHaveLength(5);
		expect(readCalendar("BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n", "ann.ics", NOVEMBER).problems[0]?.message).toMatch(/^is not a calendar file this import reads/);
		expect(readCalendar("not a calendar", "x.ics", NOVEMBER)).toMatchObject({ events: [], problems: [{ origin: "x.ics", field: "file" }] });
	});

	it("an occurrence whose recurring event is not in the file stands alone; an attendee listed twice counts once", () => {
		const lone = [
			"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:only-the-exception@ascent.test", "DTSTAMP:20261001T080000Z",
			"RECURRENCE-ID:20261110T100000Z", "DTSTART:20261111T140000Z", "SUMMARY:Moved sync",
			"ATTENDEE;CN=Ann Lee:mailto:ann@example.com", "ATTENDEE;CN=Ann Lee:mailto:ANN@example.com", "END:VEVENT", "END:VCALENDAR", "",
		].join("\r\n");
		const { events, problems } = readCalendar(lone, "lone.ics", NOVEMBER);
		expect(problems).toEqual([]);
		expect(events.map((e) => [e.key, e.title, e.attendees.length])).toEqual([["only-the-exception@ascent.test/2026-11-10T10:00:00Z", "Moved sync", 1]]);
	});

	it("a rule that repeats every second since 1970 stops with a word instead of running for ever", () => {
		const flood = TEAM.replace("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5", "RRULE:FREQ=SECONDLY").replace("DTSTART;TZID=Europe/Berlin:20261103T100000", "DTSTART;TZID=Europe/Berlin:19700101T000000");
		const { problems } = readCalendar(flood, "team.ics", NOVEMBER);
		expect(problems.map((p) => [p.field, p.message])).toEqual([["RRULE", "repeats more than 20000 times before the range ends; the rest is skipped"]]);
	});
});

describe("names from addresses", () => {
	it.each([
		["lena.vogt@example.net", "Lena Vogt"], ["j_smith-jones@x.org", "J Smith Jones"], ["hiro@example.jp", "Hiro"],
		["ana.souza+events@x.org", "Ana Souza"], ["12345@x.org", ""], ["MARIA.GONZALEZ@x.org", "Maria Gonzalez"],
	])("%s → %s", (email, name) => {
		expect(nameFromEmail(email)).toBe(name);
	});
});

const person = (path: string, frontmatter: Record<string, unknown> = {}, aliases: string[] = []): ExistingPerson =>
	({ path, name: path.slice(path.lastIndexOf("/") + 1, -3), aliases, frontmatter });
const PEOPLE = [
	person("People/Alex Chen.md", { email: "alex@elsewhere.com" }),
	person("People/Priya Patel.md", { emails: ["PRIYA@example.com"] }),
	person("People/Jordan Lee.md"),
	person("People/Sam Rivera.md"),
	person("People/Grace Liu.md"),
	person("People/Hiro Tanaka.md", { email: "hiro@example.jp" }),
	person("Work/Mei Suzuki.md"),
	person("People/Mei Suzuki.md"),
];
const OPTIONS = { eventFolder: "Events", personFolder: "People", exists: (_path: string) => false, create: new Set<string>() };
const planFor = (existing: ExistingEvent[] = [], options: Partial<typeof OPTIONS> = {}) =>
	planEventImport(readCalendar(TEAM, "team.ics", NOVEMBER).events, PEOPLE, existing, DEFAULT_SETTINGS, { ...OPTIONS, ...options });

describe("the plan of event notes", () => {
	it("one note per event in the event folder, named by day and title, with type, date, time, title, location, attendees and the calendar's id", () => {
		const plan = planFor();
		expect(plan.creates.map((c) => c.path)).toEqual([
			"Events/2026-11-03 Platform sync.md", "Events/2026-11-05 Coffee.md", "Events/2026-11-10 Breakfast in Tokyo.md",
			"Events/2026-11-11 Platform sync (moved).md", "Events/2026-11-18 Late call with Hiro.md", "Events/2026-11-20 Founders dinner.md",
		]);
		expect(plan.creates[0]).toMatchObject({
			fields: { type: "event", date: "2026-11-03", time: "10:00", title: "Platform sync", location: "Room 4.2", attendees: ["[[Alex Chen]]", "[[Priya Patel]]"], "ical-uid": "platform-sync-7f3a@ascent.test/2026-11-03T10:00:00" },
			body: "# Platform sync\n",
		});
		// An all-day event has no time; an event without a location has none.
		expect(Object.keys(plan.creates[5]?.fields ?? {})).toEqual(["type", "date", "title", "location", "attendees", "ical-uid"]);
		expect(Object.keys(plan.creates[1]?.fields ?? {})).toEqual(["type", "date", "time", "title", "attendees", "ical-uid"]);
	});

	it("attendees are found by email (any email key, any case) before names; by name as written (\"Rivera, Sam\"); by a two-word name read from the address", () => {
		const attendees = (title: string) => planFor().creates.find((c) => c.fields.title === title)?.fields.attendees;
		// Alex's note has another address, so the calendar's name finds him; Priya's address is under `emails`, in capitals.
		expect(attendees("Platform sync")).toEqual(["[[Alex Chen]]", "[[Priya Patel]]"]);
		expect(attendees("Founders dinner")).toEqual(["[[Sam Rivera]]", "Ana Souza"]);
		expect(attendees("Coffee")).toEqual(["[[Grace Liu]]", "lena.vogt@example.net"]);
		expect(attendees("Late call with Hiro")).toEqual(["[[Hiro Tanaka]]"]);
	});

	it("a name two people share is not linked to either; it is reported with both paths", () => {
		const plan = planFor();
		expect(plan.creates.find((c) => c.fields.title === "Breakfast in Tokyo")?.fields.attendees).toEqual(["Mei Suzuki"]);
		expect(plan.ambiguous).toEqual([{ name: "Mei Suzuki", origin: "team.ics: Breakfast in Tokyo on 2026-11-10", paths: ["People/Mei Suzuki.md", "Work/Mei Suzuki.md"] }]);
	});

	it("attendees not found are listed with how many events they are in, and stay plain text unless chosen", () => {
		const plan = planFor();
		expect(plan.unknown.map((u) => [u.key, u.name, u.events, u.created])).toEqual([
			["ana.souza@example.org", "Ana Souza", 1, false], ["lena.vogt@example.net", "Lena Vogt", 1, false],
		]);
		expect(describeEventPlan(plan)).toContain("  - Lena Vogt <lena.vogt@example.net>, 1 event");
		expect(describeEventPlan(plan, { unknown: false }).some((l) => l.includes("Lena Vogt"))).toBe(false);
	});

	it("a chosen attendee becomes a person (with the email, no cadence) before the events that link them", () => {
		const plan = planFor([], { create: new Set(["lena.vogt@example.net"]), exists: (p) => p === "People/Lena Vogt.md" });
		expect(plan.creates[0]).toEqual({ path: "People/Lena Vogt 2.md", name: "Lena Vogt", fields: { email: "lena.vogt@example.net" }, origin: "team.ics: Coffee on 2026-11-05" });
		expect(plan.creates.find((c) => c.fields.title === "Coffee")?.fields.attendees).toEqual(["[[Grace Liu]]", "[[Lena Vogt]]"]);
		expect(plan.unknown.find((u) => u.key === "lena.vogt@example.net")?.created).toBe(true);
		expect(describeEventPlan(plan)[0]).toBe("6 events: 6 new, 0 changed, 0 already imported; 1 new person");
	});

	it("a second import of the same events changes nothing; a changed event changes only its changed properties", () => {
		const first = planFor();
		const existing = first.creates.map((c) => ({ path: c.path, frontmatter: { ...c.fields } }));
		const again = planFor(existing);
		expect([again.creates.length, again.updates.length, again.unchanged]).toEqual([0, 0, 6]);
		const edited = existing.map((e) => (e.frontmatter.title === "Coffee" ? { ...e, frontmatter: { ...e.frontmatter, title: "Tea", time: "09:00", attendees: ["lena.vogt@example.net", "[[Grace Liu]]"] } } : e));
		const changed = planFor(edited);
		expect(changed.updates).toEqual([{
			path: "Events/2026-11-05 Coffee.md", name: "Coffee", kept: [], origin: "team.ics: Coffee on 2026-11-05",
			changes: [{ key: "time", value: "08:30", previous: "09:00" }, { key: "title", value: "Coffee", previous: "Tea" }],
		}]);
		expect(changed.unchanged).toBe(5);
	});

	it("a path taken by another note gets a number; two events of one day and title get two notes", () => {
		const twice = readCalendar(TEAM, "team.ics", NOVEMBER).events.filter((e) => e.title === "Coffee");
		const plan = planEventImport([...twice, { ...twice[0], key: "other" } as (typeof twice)[0]], PEOPLE, [], DEFAULT_SETTINGS, { ...OPTIONS, exists: (p) => p === "Events/2026-11-05 Coffee.md" });
		expect(plan.creates.map((c) => c.path)).toEqual(["Events/2026-11-05 Coffee 2.md", "Events/2026-11-05 Coffee 3.md"]);
	});

	it("a title that would be a path, a link or a reserved name makes a safe file name in the event folder, and stays the title", () => {
		const hostile = TEAM.replace("SUMMARY:Coffee", "SUMMARY:../../../etc/passwd").replace("SUMMARY:Late call with Hiro", "SUMMARY:[[Evil]] #tag | CON");
		const plan = planEventImport(readCalendar(hostile, "team.ics", NOVEMBER).events, PEOPLE, [], DEFAULT_SETTINGS, OPTIONS);
		const paths = plan.creates.map((c) => c.path);
		expect(paths.every((p) => p.startsWith("Events/") && !p.slice("Events/".length).includes("/"))).toBe(true);
		expect(paths).toEqual(expect.arrayContaining(["Events/2026-11-05 .. .. .. etc passwd.md", "Events/2026-11-18 Evil tag CON.md"]));
		expect(plan.creates.map((c) => c.fields.title)).toContain("[[Evil]] #tag | CON");
	});

	it("an event folder outside the vault yields no path outside it", () => {
		const plan = planFor([], { eventFolder: "../../etc" });
		expect(plan.creates.every((c) => !c.path.includes(".."))).toBe(true);
	});
});
