import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseExportBirthday, parseExportDate } from "../../../src/core/import/contacts";
import { parseGoogle, parseLinkedIn } from "../../../src/core/import/csv";
import { NameMatcher, nameKey } from "../../../src/core/import/match";
import { planImport } from "../../../src/core/import/plan";
import { parseVCards } from "../../../src/core/import/vcard";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const FIXTURES = join(__dirname, "../../fixtures/import");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

describe("dates in exports", () => {
	it.each([["12 Mar 2024", "2024-03-12"], ["7-Feb-22", "2022-02-07"], ["03 Nov 2026", "2026-11-03"], ["2024-03-12", "2024-03-12"], ["Mar 12, 2024", "2024-03-12"], ["sometime", null], ["", null]])("%s → %s", (text, day) => {
		expect(parseExportDate(text)).toBe(day);
	});
	it.each([["--12-03", "12-03"], ["1991-12-03", "1991-12-03"], ["19870302", "1987-03-02"], ["--08-21", "08-21"], ["nope", null]])("birthday %s → %s", (text, value) => {
		expect(parseExportBirthday(text)).toBe(value);
	});
});

describe("LinkedIn Connections.csv", () => {
	const { contacts, problems } = parseLinkedIn(read("Connections.csv"));
	it("skips the notes preamble and reads every row, accents and quoted commas included", () => {
		expect(contacts.map((c) => [c.name, c.org, c.title, c.met])).toEqual([
			["Sam Rivera", "Northwind", "Staff Engineer", "2024-03-12"],
			["José Álvarez", "Contoso, Ltd.", "VP Engineering", "2022-02-07"],
			["Ana Lima", "Fabrikam", "Designer", "2026-11-03"],
			["Ana Lima", "Fabrikam", "Designer", "2026-11-03"],
			["Chris Park", "Litware", "Recruiter", null],
			["Alex Kim", "Tailspin", "PM", "2025-01-01"],
		]);
		expect(contacts[1]?.emails).toEqual(["jose@example.com"]);
	});
	it("reports a date it cannot read, with the row", () => {
		expect(problems).toEqual([{ origin: "Connections.csv row 9", field: "Connected On", value: "sometime", message: "is not a date this import reads" }]);
	});
	it("says so when the file is not LinkedIn's", () => {
		expect(parseLinkedIn("a,b\n1,2\n").problems[0]?.message).toMatch(/no header row starting with First Name/);
	});
});

describe("Google Contacts CSV", () => {
	it("current layout: labels become tags, several e-mails, a multi-line note, a birthday without year", () => {
		const { contacts } = parseGoogle(read("google-contacts.csv"));
		expect(contacts[0]).toMatchObject({ name: "Grace Liu", org: "Proseware", title: "Data Scientist", birthday: "1991-12-03", tags: ["Friends", "Reading Group"], emails: ["grace@proseware.com"], phones: ["+1 555 0101"] });
		expect(contacts[0]?.note).toBe("Runs the ML reading group.\nLikes long walks.");
		expect(contacts[1]).toMatchObject({ name: "Maria Gonzalez", birthday: "04-19", emails: ["maria@contoso.com", "maria.g@gmail.com"] });
	});
	it("older layout", () => {
		const { contacts } = parseGoogle(read("google-contacts-old.csv"));
		expect(contacts[0]).toMatchObject({ name: "Rafael Silva", org: "Trey Research", title: "Climate Analyst", birthday: "1985-07-09", tags: ["Hiking"], emails: ["rafael@example.org"] });
	});
});

describe("vCard", () => {
	it("reads 3.0 and 4.0, folded lines, itemN groups, categories, photos, birthdays with and without year", () => {
		const { contacts, problems } = parseVCards(read("contacts.vcf"));
		expect(problems).toEqual([]);
		expect(contacts[0]).toMatchObject({ name: "Dr. Priya Patel", first: "Priya", last: "Patel", org: "Tailspin Toys, Talent", title: "Senior Recruiter", emails: ["priya@tailspin.example"], birthday: "08-21", tags: ["recruiters", "london"] });
		expect(contacts[0]?.note).toBe("Helped with the last move. We talked about a long list of things at the conference, which is why this line is folded.");
		expect(contacts[1]).toMatchObject({ name: "Tom Becker", birthday: "1987-03-02", urls: ["https://tombecker.example"] });
	});
	it("a file that is not a vCard is one problem, not a crash", () => {
		expect(parseVCards("hello").problems[0]?.field).toBe("file");
	});
});

describe("matching names", () => {
	it.each([["Sam Rivera", "Rivera, Sam"], ["Sam Rivera", "Dr. Sam Rivera"], ["José Álvarez", "jose alvarez"], ["Priya Patel", "Patel Priya"]])("%s ~ %s", (a, b) => {
		expect(nameKey(a)).toBe(nameKey(b));
	});
	it("finds by name or alias; two candidates are ambiguous", () => {
		const m = new NameMatcher([
			{ path: "People/Sam Rivera.md", name: "Sam Rivera", aliases: ["Sammy"] },
			{ path: "People/Ana Lima.md", name: "Ana Lima", aliases: [] },
			{ path: "Archive/Ana Lima.md", name: "Ana Lima", aliases: [] },
		]);
		expect(m.match("Rivera, Sam")).toEqual({ kind: "existing", path: "People/Sam Rivera.md" });
		expect(m.match("Sammy")).toEqual({ kind: "existing", path: "People/Sam Rivera.md" });
		expect(m.match("Ana Lima")).toEqual({ kind: "ambiguous", paths: ["Archive/Ana Lima.md", "People/Ana Lima.md"] });
		expect(m.match("Nobody Here")).toEqual({ kind: "new" });
	});
});

describe("the import plan", () => {
	const { contacts } = parseLinkedIn(read("Connections.csv"));
	const people = [
		{ path: "People/Sam Rivera.md", name: "Sam Rivera", aliases: [], frontmatter: { company: "Northwind", role: "Engineer" } },
		{ path: "People/Alex Kim.md", name: "Alex Kim", aliases: [], frontmatter: {} },
		{ path: "People/Alex Kim 2.md", name: "Alex Kim", aliases: [], frontmatter: {} },
	];
	// Made inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const plan = () => planImport(contacts, people, DEFAULT_SETTINGS, { folder: "People", overwrite: false, exists: (p) => p === "People/Chris Park.md" });

	it("creates new notes without a cadence (they stay untracked), never over an existing path", () => {
		expect(plan().creates.map((c) => c.path)).toEqual(["People/José Álvarez.md", "People/Ana Lima.md", "People/Chris Park 2.md"]);
		expect(plan().creates[0]?.fields).toEqual({ met: "2022-02-07", email: "jose@example.com", company: "Contoso, Ltd.", role: "VP Engineering", url: "https://www.linkedin.com/in/jalvarez" });
		expect(plan().creates.every((c) => !("cadence" in c.fields) && !("tier" in c.fields))).toBe(true);
	});
	it("adds missing fields to existing people and keeps their values unless asked to overwrite", () => {
		expect(plan().updates).toEqual([{
			path: "People/Sam Rivera.md", name: "Sam Rivera", origin: "Connections.csv row 5",
			changes: [{ key: "met", value: "2024-03-12" }, { key: "url", value: "https://www.linkedin.com/in/samrivera" }],
			kept: [{ key: "role", value: "Staff Engineer", previous: "Engineer" }],
		}]);
		const overwrite = planImport(contacts, people, DEFAULT_SETTINGS, { folder: "People", overwrite: true, exists: () => false });
		expect(overwrite.updates[0]?.changes).toContainEqual({ key: "role", value: "Staff Engineer", previous: "Engineer" });
	});
	it("reports ambiguous matches and merges duplicates within the file", () => {
		expect(plan().ambiguous).toEqual([{ name: "Alex Kim", origin: "Connections.csv row 10", paths: ["People/Alex Kim 2.md", "People/Alex Kim.md"] }]);
		expect(plan().duplicates).toEqual([{ name: "Ana Lima", origin: "Connections.csv row 8" }]);
		expect(plan().creates[1]?.fields.email).toBe("ana@lima.dev");
		expect(plan().creates[1]?.fields.url).toEqual(["https://www.linkedin.com/in/analima", "https://www.linkedin.com/in/analima-2"]);
	});
});

describe("vCard export", () => {
	it("writes FN, N, EMAIL, TEL, ORG, TITLE, BDAY, URL, NOTE, CATEGORIES, escaped and folded", async () => {
		const { toVCards } = await import("../../../src/core/import/vcard-export");
		const text = toVCards([{ name: "José Álvarez", frontmatter: {
			email: ["jose@example.com", "j@work.example"], phone: "+1 555 0100", company: "Contoso, Ltd.", role: "VP Engineering",
			birthday: "1980-12-03", url: "https://example.com/jose", note: `A long note, with commas; and more ${"words ".repeat(12)}`, tags: ["friends", "work"],
		} }]);
		expect(text).toContain("FN:José Álvarez\r\n");
		expect(text).toContain("N:Álvarez;José;;;\r\n");
		expect(text).toContain("ORG:Contoso\\, Ltd.\r\n");
		expect(text).toContain("BDAY:19801203\r\n");
		expect(text).toContain("CATEGORIES:friends,work\r\n");
		expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
		const back = parseVCards(text).contacts[0];
		expect(back).toMatchObject({ name: "José Álvarez", emails: ["jose@example.com", "j@work.example"], phones: ["+1 555 0100"], org: "Contoso, Ltd.", title: "VP Engineering", birthday: "1980-12-03", tags: ["friends", "work"] });
	});

	it("a round trip, export then import, changes nothing", async () => {
		const { toVCards } = await import("../../../src/core/import/vcard-export");
		const people = [
			{ path: "People/Grace Liu.md", name: "Grace Liu", aliases: [], frontmatter: { email: "grace@proseware.com", company: "Proseware", role: "Data Scientist", birthday: "12-03", tags: ["friends"], cadence: "monthly" } },
			{ path: "People/Tom Becker.md", name: "Tom Becker", aliases: [], frontmatter: { phone: ["+1 555 0101", "+1 555 0102"], url: "https://tom.example" } },
		];
		const plan = planImport(parseVCards(toVCards(people)).contacts, people, DEFAULT_SETTINGS, { folder: "People", overwrite: false, exists: () => true });
		expect(plan).toEqual({ creates: [], updates: [], ambiguous: [], duplicates: [], conflicts: [], skipped: [] });
	});
});

describe("import and export use the configured property names", () => {
	it("a vault that writes geburtstag and mail: export reads them, import writes and matches them", async () => {
		const { toVCards } = await import("../../../src/core/import/vcard-export");
		const settings = { ...DEFAULT_SETTINGS, fieldKeys: { ...DEFAULT_SETTINGS.fieldKeys, birthday: ["geburtstag"], email: ["mail", "email"] } };
		const text = toVCards([{ name: "Lena Fischer", frontmatter: { geburtstag: "1988-12-03", mail: "lena@example.de" } }], settings.fieldKeys);
		expect(text).toContain("BDAY:19881203\r\n");
		expect(text).toContain("EMAIL:lena@example.de\r\n");
		const contacts = parseVCards(text).contacts;
		const create = planImport(contacts, [], settings, { folder: "People", overwrite: false, exists: () => false }).creates[0];
		expect(create?.fields).toEqual({ geburtstag: "1988-12-03", mail: "lena@example.de" });
		const existing = [{ path: "People/Lena Fischer.md", name: "Lena Fischer", aliases: [], frontmatter: { email: "lena@example.de", geburtstag: "1988-12-03" } }];
		expect(planImport(contacts, existing, settings, { folder: "People", overwrite: false, exists: () => true }).updates).toEqual([]);
	});
});
