// The setup check on a small vault, every count worked by hand: what each setting matches, what the vault holds,
// and the settings that would read more.
import { describe, expect, it } from "vitest";
import { applyChange, describeSetup, notes, setupCheck } from "../../src/core/setup-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { DAILY, note } from "../helpers";

const VAULT = {
	// People, by each way a note is a person.
	"People/Ann Lee.md": "",
	"Contacts/Bo Chen.md": "---\ntype: person\n---\n",
	"Notes/Cy Park.md": "#person\n",
	"Notes/Dee Ro.md": "---\ntags: [people/friends]\n---\n",
	"Notes/Ezra.md": "---\ncategory: \"[[Contact]]\"\n---\n",
	// Not notes, and a template: never counted.
	"People/card.canvas": "",
	"Templates/Person.md": "---\ntype: person\ncreated: \"{{date}}\"\n---\n",
	// What looks like people but no setting reads.
	"10 Network/Fay.md": "",
	"Work/Colleagues/Gus.md": "",
	"Work/Colleagues/Team/Hal.md": "",
	"Notes/Ivy.md": "---\ntags: [crm]\n---\n",
	"Notes/Jo.md": "---\nkind: Contacts\n---\n",
	// Dated notes, each dated one way; links under a contact key, a reference key and another key.
	"Daily/2026-11-02.md": "Lunch with [[Ann Lee]]\n",
	"Meetings/Standup.md": "---\ndate: 2026-11-03\nattendees: [\"[[Bo Chen]]\", \"[[Cy Park]]\"]\nauthor: \"[[Ann Lee]]\"\n---\n",
	"Meetings/2026-11-04 Sync.md": "---\nhost: \"[[Fay]]\"\nguest: \"[[Gus]]\"\n---\n",
	"Journal/2026-11-05.md": "",
	"2026-11-06.md": "",
	"Notes/Idea.md": "Thinking about [[Ann Lee]]\n",
};
const records = Object.entries(VAULT).map(([path, text]) => note(path, text));

describe("the setup check, by hand", () => {
	// Made inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const report = () => setupCheck({ records, settings: DEFAULT_SETTINGS, dailyNotes: DAILY, dailyNotesConfigured: true });

	it("counts people and dated notes", () => {
		expect([report().people, report().datedNotes]).toEqual([5, 5]);
	});

	it("says what each setting matches", () => {
		expect(report().matches).toEqual([
			{ text: "people folder \"People\"", count: 1 },
			{ text: "people folder \"Contacts\"", count: 1 },
			{ text: "person tag #person", count: 1 },
			{ text: "person tag #people", count: 1 },
			{ text: "person tag #contact", count: 0 },
			{ text: "property markers", count: 2 },
			{ text: "daily notes (YYYY-MM-DD in Daily)", count: 1 },
			{ text: "notes with a \"date\" property", count: 1 },
			{ text: "notes dated by their file name", count: 3 },
			{ text: "dated notes linking people under \"attendees\"", count: 1 },
		]);
	});

	it("says what the vault holds, most first", () => {
		expect(report().found).toEqual([
			{ text: "in Work/Colleagues", count: 2 },
			{ text: "dated, linking people under \"guest\" (not counted)", count: 1 },
			{ text: "dated, with people under \"attendees\" (counted as contact)", count: 1 },
			{ text: "in 10 Network", count: 1 },
			{ text: "named YYYY-MM-DD in Journal", count: 1 },
			{ text: "named YYYY-MM-DD in the vault's root", count: 1 },
			{ text: "tagged #crm", count: 1 },
			{ text: "with kind: contacts", count: 1 },
		]);
	});

	it("suggests what would read more, most notes first", () => {
		expect(report().suggestions.map((s) => [s.id, s.text, s.count, s.setting])).toEqual([
			["folder:Work/Colleagues", "2 notes in Work/Colleagues", 2, "add \"Work/Colleagues\" to the people folders"],
			["folder:10 Network", "1 note in 10 Network", 1, "add \"10 Network\" to the people folders"],
			["key:guest", "1 dated note links people under \"guest\"", 1, "count links under \"guest\" as contact"],
			["marker:kind:contacts", "1 note with kind: contacts", 1, "mark people by kind: contacts"],
			["tag:crm", "1 note tagged #crm", 1, "add #crm to the person tags"],
		]);
	});

	it("says it all in words", () => {
		expect(describeSetup(report()).split("\n").slice(0, 5)).toEqual([
			"People found: 5 · dated notes: 5", "", "What each setting matches:", "  people folder \"People\": 1 note", "  people folder \"Contacts\": 1 note",
		]);
		expect(describeSetup(report())).toContain("\n  person tag #contact: 0 notes\n");
		expect(describeSetup(report())).toContain("\nWhat the vault holds:\n  2 notes in Work/Colleagues\n");
		expect(describeSetup(report())).toMatch(/\nSuggested settings \(each says how many notes it adds\):\n {2}2 notes in Work\/Colleagues: add "Work\/Colleagues" to the people folders\n/);
		expect(describeSetup({ people: 0, datedNotes: 0, matches: [], found: [], suggestions: [] })).toBe(
			"People found: 0 · dated notes: 0\n\nWhat each setting matches:\n\nNothing else in the vault looks like people or contact.\n",
		);
	});
});

describe("what the setup check does not take for people or dated notes", () => {
	const check = (vault: Record<string, string>) =>
		setupCheck({ records: Object.entries(vault).map(([path, text]) => note(path, text)), settings: DEFAULT_SETTINGS, dailyNotes: DAILY, dailyNotesConfigured: true });

	it("a person's note with a date property is a person, not a dated note", () => {
		const report = check({ "People/Ann.md": "---\ndate: 2026-11-01\n---\n" });
		expect([report.people, report.datedNotes]).toEqual([1, 0]);
		expect(report.matches.find((m) => m.text === "notes with a \"date\" property")?.count).toBe(0);
	});

	it("a tag is suggested only when it is a people word; `tag` and `tags` properties are tags, not markers", () => {
		const report = check({
			"Notes/Book.md": "---\ntags: [books]\n---\n",
			"Notes/Ivy.md": "---\ntag: crm\n---\n",
			"Notes/Jo.md": "---\nhashtags: contact\n---\n",
			"Notes/Kai.md": "---\ntagline: contact\n---\n",
			"Notes/Lu.md": "---\ntagline: contact\n---\n",
		});
		expect(report.suggestions.map((s) => [s.id, s.count])).toEqual([["marker:tagline:contact", 2], ["marker:hashtags:contact", 1], ["tag:crm", 1]]);
		expect(report.found.map((f) => f.text)).not.toContain("tagged #books");
		expect(report.found).toContainEqual({ text: "with tagline: contact", count: 2 });
	});

	it("a folder is a people word after a numbering before it, spaces around it taken off; not with a number after it", () => {
		const report = check({ "Friends /Zed.md": "", "Network 2/Fay.md": "", "03 - Contacts/Bo.md": "" });
		expect(report.suggestions.map((s) => s.id)).toEqual(["folder:03 - Contacts", "folder:Friends "]);
	});

	it("the suggestions come after a blank line", () => {
		expect(describeSetup(check({ "Notes/Ivy.md": "---\ntag: crm\n---\n" }))).toContain("\n\nSuggested settings (each says how many notes it adds):\n");
	});
});

describe("daily notes named by date where nothing reads them", () => {
	it("are suggested as daily notes, and said to have no Daily notes settings, when file names give no dates", () => {
		const settings = { ...DEFAULT_SETTINGS, datesFromFileNames: false, datePropertyKey: "" };
		const report = setupCheck({ records, settings, dailyNotes: DAILY, dailyNotesConfigured: false });
		expect(report.found.filter((f) => f.text.startsWith("named"))).toEqual([
			{ text: "named YYYY-MM-DD in Journal (no Daily notes settings)", count: 1 },
			{ text: "named YYYY-MM-DD in the vault's root (no Daily notes settings)", count: 1 },
		]);
		expect(report.suggestions.filter((s) => s.id.startsWith("daily:")).map((s) => [s.id, s.text, s.setting, s.change])).toEqual([
			["daily:", "1 daily note named YYYY-MM-DD in the vault's root", "read daily notes from the vault's root", { kind: "daily-notes", folder: "", format: "YYYY-MM-DD" }],
			["daily:Journal", "1 daily note named YYYY-MM-DD in Journal", "read daily notes from Journal", { kind: "daily-notes", folder: "Journal", format: "YYYY-MM-DD" }],
		]);
		expect(report.matches.find((m) => m.text.startsWith("notes with a"))).toEqual({ text: "notes with a \"date\" property", count: 0 });
		expect(report.datedNotes).toBe(1);
	});

	it("no link under a contact key: the match names every key it looked under", () => {
		const report = setupCheck({ records: [note("Daily/2026-11-02.md", "x")], settings: DEFAULT_SETTINGS, dailyNotes: DAILY, dailyNotesConfigured: true });
		expect(report.matches.at(-1)).toEqual({ text: "dated notes linking people under \"people\", \"attendees\", \"participants\", \"with\", \"contacts\", \"person\"", count: 0 });
		const none = setupCheck({ records: [], settings: { ...DEFAULT_SETTINGS, contactPropertyKeys: [], personFolders: ["People", " "] }, dailyNotes: { folder: "", format: "YYYY-MM-DD" }, dailyNotesConfigured: true });
		expect(none.matches.map((m) => m.text)).toContain("dated notes linking people under no property");
		expect(none.matches.map((m) => m.text)).toContain("daily notes (YYYY-MM-DD in the whole vault)");
		expect(none.matches.filter((m) => m.text.startsWith("people folder"))).toEqual([{ text: "people folder \"People\"", count: 0 }]);
	});
});

describe("using a suggestion", () => {
	it("adds to each list once, whatever the case, and keeps the old list as it was", () => {
		const settings = structuredClone(DEFAULT_SETTINGS);
		const before = settings.personFolders;
		applyChange(settings, { kind: "add-folder", folder: "people" });
		expect(settings.personFolders).toBe(before);
		applyChange(settings, { kind: "add-folder", folder: "Work/Colleagues" });
		expect([before, settings.personFolders]).toEqual([["People", "Contacts"], ["People", "Contacts", "Work/Colleagues"]]);
		applyChange(settings, { kind: "add-marker", key: "kind", value: "Contacts" });
		expect([settings.personMarkerKeys.at(-1), settings.personMarkerValues.at(-1)]).toEqual(["kind", "Contacts"]);
		applyChange(settings, { kind: "add-tag", tag: "crm" });
		applyChange(settings, { kind: "add-contact-key", key: "Attendees" });
		expect([settings.personTags.at(-1), settings.contactPropertyKeys]).toEqual(["crm", DEFAULT_SETTINGS.contactPropertyKeys]);
		applyChange(settings, { kind: "daily-notes", folder: "Journal", format: "YYYY-MM-DD" });
		expect([settings.dailyNotesFolder, settings.dailyNotesFormat]).toEqual(["Journal", "YYYY-MM-DD"]);
	});

	it.each([[0, "0 notes"], [1, "1 note"], [2, "2 notes"]])("%i → %s", (n, words) => {
		expect(notes(n)).toBe(words);
	});
});
