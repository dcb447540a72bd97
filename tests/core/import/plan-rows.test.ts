// The import plan's rules one row each, worked by hand: where a new note goes, when an existing value is the same,
// kept or replaced, how two contacts for one person merge, and how the plan is said.
import { describe, expect, it } from "vitest";
import { type Contact, emptyContact } from "../../../src/core/import/contacts";
import { contactFields, describePlan, type ExistingPerson, planImport } from "../../../src/core/import/plan";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const contact = (name: string, over: Partial<Contact> = {}, row = 2): Contact => ({ ...emptyContact(`c.csv row ${row}`), name, ...over });
const options = (over: Partial<{ folder: string; overwrite: boolean; exists: (p: string) => boolean }> = {}) => ({ folder: "People", overwrite: false, exists: () => false, ...over });
const plan = (contacts: Contact[], people: ExistingPerson[] = [], over = {}) => planImport(contacts, people, DEFAULT_SETTINGS, options(over));
const sam = (frontmatter: Record<string, unknown>): ExistingPerson => ({ path: "People/Sam Rivera.md", name: "Sam Rivera", aliases: [], frontmatter });

describe("the fields a contact brings", () => {
	it("one value as itself, several as a list, none left out; tags in lower case with dashes", () => {
		const c = contact("Sam", { emails: ["a@x.org"], phones: ["1", "2"], urls: [], org: "Acme", title: "", met: "2024-03-12", birthday: null, tags: ["Reading Group", "Work"] });
		expect(contactFields(c, DEFAULT_SETTINGS)).toEqual([
			{ field: "met", value: "2024-03-12" }, { field: "email", value: "a@x.org" }, { field: "phone", value: ["1", "2"] },
			{ field: "company", value: "Acme" }, { field: "tags", value: ["reading-group", "work"] },
		]);
	});

	it("a field the settings give no key is not brought", () => {
		const settings = { ...DEFAULT_SETTINGS, fieldKeys: { ...DEFAULT_SETTINGS.fieldKeys, email: [] } };
		expect(contactFields(contact("Sam", { emails: ["a@x.org"] }), settings)).toEqual([]);
	});
});

describe("new notes", () => {
	it.each([
		["in the folder", "People", () => false, "People/Sam Rivera.md"],
		["in a folder written with slashes around it", "/People/", () => false, "People/Sam Rivera.md"],
		["in a folder that climbs and comes back", "x/../People", () => false, "People/Sam Rivera.md"],
		["at the vault's root", "", () => false, "Sam Rivera.md"],
		["never over a note that exists, counting up", "People", (p: string) => ["People/Sam Rivera.md", "People/Sam Rivera 2.md"].includes(p), "People/Sam Rivera 3.md"],
	])("%s", (_, folder, exists, path) => {
		expect(plan([contact("Sam Rivera")], [], { folder, exists }).creates.map((c) => c.path)).toEqual([path]);
	});

	it("a name with nothing a file name can hold is skipped, said so", () => {
		expect(plan([contact("...")]).skipped).toEqual([{ name: "...", origin: "c.csv row 2", reason: "nothing in the name can be a file name" }]);
	});

	it("names that are one person's merge into one note; two people whose names make one file name get two", () => {
		expect(plan([contact("Sam: Rivera Jr"), contact("Sam Rivera: Jr", {}, 3)]).creates.map((c) => c.path)).toEqual(["People/Sam Rivera Jr.md"]);
		expect(plan([contact("Ann?"), contact("Ann!", {}, 3), contact("Ann #1", {}, 4)]).creates.map((c) => c.path)).toEqual(["People/Ann.md", "People/Ann 1.md"]);
		// An emoji-only name is only itself, so these are two people; both would be 😀.md.
		expect(plan([contact("😀"), contact("😀?", {}, 3)]).creates.map((c) => c.path)).toEqual(["People/😀.md", "People/😀 2.md"]);
	});
});

describe("an existing person", () => {
	it.each([
		["a phone written as a number is the same phone", { phone: 5551234 }, { phones: ["5551234"] }, [], []],
		["tags however spelled are the same tags", { tags: ["#Reading Group", "work"] }, { tags: ["Work", "reading group"] }, [], []],
		["e-mails in another order are the same", { email: ["b@x.org", "a@x.org"] }, { emails: ["a@x.org", "b@x.org"] }, [], []],
		["a value it does not have is added under the first key", {}, { org: "Acme" }, [{ key: "company", value: "Acme" }], []],
		["another value is kept, and said", { company: "Initech" }, { org: "Acme" }, [], [{ key: "company", value: "Acme", previous: "Initech" }]],
	])("%s", (_, frontmatter, over, changes, kept) => {
		const p = plan([contact("Sam Rivera", over)], [sam(frontmatter)]);
		const update = p.updates[0];
		expect([update?.changes ?? [], update?.kept ?? []]).toEqual([changes, kept]);
		expect(p.creates).toEqual([]);
	});

	it("with overwrite, another value replaces it, under the key the note uses", () => {
		const p = plan([contact("Sam Rivera", { org: "Acme" })], [sam({ Company: "Initech" })], { overwrite: true });
		expect(p.updates[0]?.changes).toEqual([{ key: "Company", value: "Acme", previous: "Initech" }]);
	});

	it("nothing new: no update at all", () => {
		expect(plan([contact("Sam Rivera", { org: "Acme" })], [sam({ company: "Acme" })]).updates).toEqual([]);
	});

	it("two contacts for one person merge: lists joined, the first single value kept and the other said", () => {
		const p = plan([contact("Sam Rivera", { org: "Acme", emails: ["a@x.org"], title: "CTO" }), contact("Rivera, Sam", { org: "Initech", emails: ["b@x.org"], note: "tea" }, 3)], [sam({})]);
		expect(p.duplicates).toEqual([{ name: "Rivera, Sam", origin: "c.csv row 3" }]);
		expect(p.conflicts).toEqual([{ path: "People/Sam Rivera.md", field: "company", kept: "Acme", dropped: "Initech", origin: "c.csv row 3" }]);
		expect(p.updates[0]?.changes).toEqual([{ key: "email", value: ["a@x.org", "b@x.org"] }, { key: "company", value: "Acme" }, { key: "role", value: "CTO" }]);
	});
});

describe("the plan said", () => {
	it("counts in the singular and the plural, then each line", () => {
		const one = plan([contact("Ann Lee", { org: "Acme" }), contact("Sam Rivera", { org: "Acme" }, 3), contact("Sam Rivera", { org: "Initech" }, 4)], [sam({})]);
		expect(describePlan(one)).toEqual([
			"1 new note, 1 person updated, 0 ambiguous, 1 duplicate merged",
			"  + People/Ann Lee.md  company",
			"  ~ People/Sam Rivera.md: company = \"Acme\"",
			"  ! People/Sam Rivera.md: company kept as \"Acme\"; c.csv row 4 has \"Initech\"",
		]);
		const two = plan([contact("Ann Lee"), contact("Bo Chen", {}, 3)], [sam({ company: "Initech" })]);
		expect(describePlan(two)[0]).toBe("2 new notes, 0 people updated, 0 ambiguous, 0 duplicates merged");
	});

	it("a kept value, a replaced one and an ambiguous name", () => {
		const people = [sam({ company: "Initech" }), { path: "People/Sam R.md", name: "Sam R", aliases: ["Sammy"], frontmatter: {} }, { path: "People/Sammy D.md", name: "Sammy D", aliases: ["Sammy"], frontmatter: {} }];
		expect(describePlan(plan([contact("Sam Rivera", { org: "Acme" }), contact("Sammy", {}, 3)], people)).slice(1)).toEqual([
			"  = People/Sam Rivera.md: company kept as \"Initech\" (import has \"Acme\"; --overwrite to replace)",
			"  ? Sammy (c.csv row 3) matches People/Sam R.md and People/Sammy D.md; not applied",
		]);
		expect(describePlan(plan([contact("Sam Rivera", { org: "Acme" })], people, { overwrite: true })).slice(1)).toEqual([
			"  ~ People/Sam Rivera.md: company = \"Acme\" (was \"Initech\")",
		]);
	});
});
