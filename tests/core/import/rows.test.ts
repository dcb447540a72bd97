// The importers' rules one row each, worked by hand: how names compare, and what each column of a CSV export becomes.
import { describe, expect, it } from "vitest";
import { fullName, parseExportBirthday, parseExportDate } from "../../../src/core/import/contacts";
import { parseGoogle, parseLinkedIn } from "../../../src/core/import/csv";
import { readCalendar } from "../../../src/core/import/ics";
import { NameMatcher, nameKey } from "../../../src/core/import/match";
import { parseVCards } from "../../../src/core/import/vcard";
import { toVCard } from "../../../src/core/import/vcard-export";

describe("the comparable form of a name", () => {
	it.each([
		["Sam Rivera", "rivera sam"],
		["Rivera, Sam", "rivera sam"],
		["Dr. Sam Rivera", "rivera sam"],
		["Sam Rivera, PhD", "rivera sam"],
		["Mx Sam Rivera MD", "rivera sam"],
		["Sam Rivera Jr", "jr rivera sam"],
		["José Álvarez", "alvarez jose"],
		["O'Brien", "brien o"],
		["R2 D2", "d2 r2"],
		["😀", "=😀"],
		["  🚀 ", "=🚀"],
		["", ""],
		["   ", ""],
		["Dr.", ""],
	])("%j → %j", (name, key) => {
		expect(nameKey(name)).toBe(key);
	});

	it("a person is found by name or alias, once however many of their names match; an empty alias finds nobody", () => {
		const matcher = new NameMatcher([
			{ path: "People/Sam Rivera.md", name: "Sam Rivera", aliases: ["Rivera, Sam", "Sammy", ""] },
			{ path: "People/Sam R.md", name: "Sam R", aliases: ["Sammy"] },
		]);
		expect(matcher.match("dr. sam rivera")).toEqual({ kind: "existing", path: "People/Sam Rivera.md" });
		expect(matcher.match("Sammy")).toEqual({ kind: "ambiguous", paths: ["People/Sam R.md", "People/Sam Rivera.md"] });
		expect(matcher.match("")).toEqual({ kind: "new" });
		expect(matcher.match("Ana")).toEqual({ kind: "new" });
	});
});

describe("Google Contacts columns", () => {
	const one = (header: string, row: string) => parseGoogle(`${header}\n${row}\n`);
	it.each([
		["Name before Given and Family Name", "Name,Given Name,Family Name", "Sam R.,Sam,Rivera", { name: "Sam R.", first: "Sam", last: "Rivera" }],
		["no Name: Given and Family Name", "Name,Given Name,Family Name", ",Sam,Rivera", { name: "Sam Rivera" }],
		["the newer First and Last Name first", "First Name,Given Name,Last Name,Family Name", "Sam,Old,Rivera,Older", { name: "Sam Rivera" }],
		["e-mails and phones in column order, several in a cell", "Name,E-mail 2 - Value,E-mail 1 - Value,Phone 1 - Value", "Sam,b@x.org,a@x.org ::: c@x.org,+1 555",
			{ emails: ["a@x.org", "c@x.org", "b@x.org"], phones: ["+1 555"] }],
		["websites", "Name,Website 1 - Value", "Sam,https://sam.example", { urls: ["https://sam.example"] }],
		["organization, both layouts", "Name,Organization 1 - Name,Organization 1 - Title", "Sam,Contoso,CTO", { org: "Contoso", title: "CTO" }],
		["labels without Google's own", "Name,Labels", "Sam,* myContacts ::: * starred ::: Friends ::: My Contacts", { tags: ["Friends"] }],
		["older group membership", "Name,Group Membership", "Sam,* My Contacts ::: Hiking", { tags: ["Hiking"] }],
		["a birthday", "Name,Birthday", "Sam,--04-19", { birthday: "04-19" }],
		["a byte-order mark and spaces around headers", "\uFEFF Name , Notes ", "Sam,Likes tea", { name: "Sam", note: "Likes tea" }],
	])("%s", (_, header, row, expected) => {
		const { contacts, problems } = one(header, row);
		expect(problems).toEqual([]);
		expect(contacts[0]).toMatchObject(expected);
	});

	it("a row without a name, or with a birthday it cannot read, is named by its row", () => {
		expect(parseGoogle("Name,Birthday\nSam,sometime\n,--04-19\nAna,\n", "g.csv").problems).toEqual([
			{ origin: "g.csv row 2", field: "Birthday", value: "sometime", message: "is not a date this import reads" },
			{ origin: "g.csv row 3", field: "Name", value: "", message: "has no name; the row is skipped" },
		]);
	});

	it("rows are numbered as a spreadsheet shows the file: blank lines count, a value over two lines is one row", () => {
		const text = "Name,Birthday,Notes\nSam,--04-19,\n\n  \nAna,sometime,\nBo,--01-02,\"two\nlines\"\n,--05-06,\n\n";
		expect(parseGoogle(text, "g.csv").problems).toEqual([
			{ origin: "g.csv row 5", field: "Birthday", value: "sometime", message: "is not a date this import reads" },
			{ origin: "g.csv row 7", field: "Name", value: "", message: "has no name; the row is skipped" },
		]);
		expect(parseGoogle(text, "g.csv").contacts.map((c) => c.name)).toEqual(["Sam", "Ana", "Bo"]);
	});
});

describe("LinkedIn columns", () => {
	it("a byte-order mark before the notes; rows counted in the file; URL and e-mail only when given", () => {
		const text = "\uFEFFNotes:\nSomething\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nSam,Rivera,,,Acme,CTO,12 Mar 2024\n,,https://x,,,,\nAna,Lima,https://li/ana,ana@x.org,,,\n";
		const { contacts, problems } = parseLinkedIn(text, "c.csv");
		expect(contacts.map((c) => [c.origin, c.name, c.urls, c.emails, c.org, c.title, c.met])).toEqual([
			["c.csv row 5", "Sam Rivera", [], [], "Acme", "CTO", "2024-03-12"],
			["c.csv row 7", "Ana Lima", ["https://li/ana"], ["ana@x.org"], "", "", null],
		]);
		expect(problems).toEqual([{ origin: "c.csv row 6", field: "First Name", value: "", message: "has no name; the row is skipped" }]);
	});
});

describe("vCard fields", () => {
	const card = (...lines: string[]) => `BEGIN:VCARD\r\nVERSION:3.0\r\n${lines.join("\r\n")}\r\nEND:VCARD\r\n`;
	it.each([
		["FN before N", card("FN:Sam R.", "N:Rivera;Sam;;;"), { name: "Sam R.", first: "Sam", last: "Rivera" }],
		["N alone", card("N:Rivera;Sam;;;"), { name: "Sam Rivera" }],
		["every EMAIL, TEL and URL, blanks left out", card("FN:Sam", "EMAIL:a@x.org", "EMAIL: ", "TEL:+1 555", "URL:https://a.example"), { emails: ["a@x.org"], phones: ["+1 555"], urls: ["https://a.example"] }],
		["ORG's parts joined", card("FN:Sam", "ORG:Contoso;Research"), { org: "Contoso, Research" }],
		["a NOTE with commas, and two NOTEs", card("FN:Sam", "NOTE:Met at the fair, table 3", "NOTE:Likes tea"), { note: "Met at the fair, table 3\nLikes tea" }],
		["CATEGORIES, split and trimmed", card("FN:Sam", "CATEGORIES:work, london,,x"), { tags: ["work", "london", "x"] }],
	])("%s", (_, text, expected) => {
		const { contacts, problems } = parseVCards(text);
		expect(problems).toEqual([]);
		expect(contacts[0]).toMatchObject(expected);
	});

	it("a card without a name, a birthday it cannot read, a nested card and a calendar are each said", () => {
		const text = `${card("EMAIL:a@x.org")}${card("FN:Sam", "BDAY:someday")}BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n`;
		expect(parseVCards(text, "c.vcf").problems).toEqual([
			{ origin: "c.vcf card 1", field: "FN", value: "", message: "has no name; the card is skipped" },
			{ origin: "c.vcf card 2", field: "BDAY", value: "someday", message: "is not a date this import reads" },
			{ origin: "c.vcf item 3", field: "BEGIN", value: "VCALENDAR", message: "is a calendar, not contacts; it is skipped" },
		]);
	});
});

describe("dates as exports write them", () => {
	it.each([
		["12 March 2024", "2024-03-12"], ["7-Feb-69", "2069-02-07"], ["7-Feb-70", "1970-02-07"], ["12 Mar 24", "2024-03-12"],
		["Sept 5, 2024", "2024-09-05"], ["Mar. 12, 2024", "2024-03-12"], ["Mar 12 2024", "2024-03-12"], ["3/12/2024", "2024-03-12"],
		["13/12/2024", null], ["31 Feb 2024", null], ["12 Foo 2024", null], ["1900-01-01", null], ["1901-01-01", "1901-01-01"],
		[" 2024-03-12 ", "2024-03-12"], ["2024-3-12", null], ["12 Mar 2024 10:00", null],
	])("%j → %j", (text, day) => {
		expect(parseExportDate(text)).toBe(day);
	});

	it.each([
		["19870302", "1987-03-02"], ["12-03", "12-03"], ["--02-29", "02-29"], ["Mar 12, 1990", "1990-03-12"], ["", null], ["  ", null], ["1987030", null],
	])("birthday %j → %j", (text, value) => {
		expect(parseExportBirthday(text)).toBe(value);
	});

	it.each([
		[{ name: "  ", first: " Sam ", last: "Rivera" }, "Sam Rivera"], [{ name: "", first: "Sam", last: " " }, "Sam"], [{ name: " Sam R. ", first: "x", last: "y" }, "Sam R."],
		[{ name: "", first: "", last: "" }, ""],
	])("the full name of %j is %j", (c, name) => {
		expect(fullName(c)).toBe(name);
	});
});

describe("a person as a vCard", () => {
	const lines = (name: string, frontmatter: Record<string, unknown>) => toVCard({ name, frontmatter }).split("\r\n").filter((l) => !/^(BEGIN|END|VERSION):/.test(l));
	it.each([
		["one name is a given name", "Cher", {}, ["FN:Cher", "N:;Cher;;;"]],
		["the last word is the family name", "Ana de Lima", {}, ["FN:Ana de Lima", "N:Lima;Ana de;;;"]],
		["every e-mail, blanks left out; one title, one note; tags without #", "Sam", { email: ["a@x.org", " ", "b@x.org"], role: ["CTO", "CEO"], note: ["one", "two"], tags: ["#work", "london"] },
			["FN:Sam", "N:;Sam;;;", "EMAIL:a@x.org", "EMAIL:b@x.org", "TITLE:CTO", "NOTE:one", "CATEGORIES:work,london"]],
		["the first company; a birthday without a year", "Sam", { company: ["Acme", "Other"], birthday: "--02-29" }, ["FN:Sam", "N:;Sam;;;", "ORG:Acme", "BDAY:--0229"]],
		["a birthday with a year; no company when empty", "Sam", { birthday: "1990-12-03", company: "" }, ["FN:Sam", "N:;Sam;;;", "BDAY:19901203"]],
		["a birthday that cannot be read is left out", "Sam", { birthday: "someday" }, ["FN:Sam", "N:;Sam;;;"]],
	])("%s", (_, name, frontmatter, expected) => {
		expect(lines(name, frontmatter)).toEqual(expected);
	});
});

describe("who took part in a calendar event", () => {
	const event = (...attendees: string[]) => [
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT", "UID:e1@test", "DTSTAMP:20261101T000000Z", "DTSTART;VALUE=DATE:20261103",
		"SUMMARY:Sync", ...attendees, "END:VEVENT", "END:VCALENDAR", "",
	].join("\r\n");
	const who = (...attendees: string[]) => readCalendar(event(...attendees), "t.ics", { from: "2026-11-01", to: "2026-11-30" }).events[0]?.attendees;
	it.each([
		["a person by address, any case, mailto: in any case", ["ATTENDEE;CN=Ann Lee:MAILTO:Ann.Lee@Example.com"], [{ name: "Ann Lee", email: "ann.lee@example.com" }]],
		["an address without mailto:", ["ATTENDEE;CN=Bo:bo@example.com"], [{ name: "Bo", email: "bo@example.com" }]],
		["a name and no address", ["ATTENDEE;CN=Cy Park:urn:uuid:1234"], [{ name: "Cy Park", email: "" }]],
		["a name that is the address is no name", ["ATTENDEE;CN=dee@example.com:mailto:dee@example.com"], [{ name: "", email: "dee@example.com" }]],
		["rooms and resources are not people", ["ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:r1@example.com", "ATTENDEE;CUTYPE=resource;CN=Beamer:mailto:b@example.com"], []],
		["who declined, or only listens, did not take part", ["ATTENDEE;PARTSTAT=DECLINED;CN=Ed:mailto:ed@example.com", "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Flo:mailto:flo@example.com"], []],
		["who accepted or is a group member did", ["ATTENDEE;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL;CN=Gus:mailto:gus@example.com"], [{ name: "Gus", email: "gus@example.com" }]],
		["someone listed twice counts once", ["ATTENDEE;CN=Hal:mailto:hal@example.com", "ATTENDEE;CN=Hal Again:mailto:HAL@example.com"], [{ name: "Hal", email: "hal@example.com" }]],
		["nobody named or addressed is nobody", ["ATTENDEE:urn:uuid:1"], []],
	])("%s", (_, attendees, expected) => {
		expect(who(...attendees)).toEqual(expected);
	});
});
