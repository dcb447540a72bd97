// The rules behind the vault conventions, one table each: what counts, and the near misses that must not.
import { describe, expect, it } from "vitest";
import { dailyNoteMatcher, fileNameDayReader } from "../../src/core/dailynotes";
import { inlineFields } from "../../src/core/inline-fields";
import { channelKind, readDatedNote } from "../../src/core/interactions";
import { inFolders } from "../../src/core/paths";
import { isPerson, readPerson } from "../../src/core/person";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { readConventions, withConventions } from "../../src/core/vault-config";
import { note } from "../helpers";

describe("dates at the start of a file name, anywhere", () => {
	// The reader is made inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const read = (path: string) => fileNameDayReader("YYYY-MM-DD")(path);
	it.each([
		["Meetings/2023-09-12 Meeting with Steph.md", "2023-09-12"],
		["2026-11-30.md", "2026-11-30"],
		["Work/MoM/20260301 MoM.md", "2026-03-01"],
		["Notes/2026-02-28-retro.md", "2026-02-28"],
	])("%s → %s", (path, day) => expect(read(path)).toBe(day));

	it.each([
		["Notes/Meeting 2023-09-12.md", "a date in the middle of the name"],
		["Notes/2026-02-30 Retro.md", "no such day"],
		["Notes/202603011 Log.md", "nine digits"],
		["Notes/2026-11-301.md", "a longer number"],
		["Notes/2026-11-30 Retro.pdf", "not a note"],
		["Notes/1234 Main Street.md", "a number that is not a date"],
	])("%s is not dated (%s)", (path) => expect(read(path)).toBeNull());

	it("reads the start of a name in the daily-notes format too", () => {
		expect(fileNameDayReader("DD.MM.YYYY")("Standups/30.11.2026 Standup.md")).toBe("2026-11-30");
		expect(fileNameDayReader("DD.MM.YYYY")("Standups/30.11.20261.md")).toBeNull();
	});
});

describe("daily notes filed in subfolders of the daily folder", () => {
	it.each([
		["Journal", "YYYY-MM-DD", "Journal/2026/11/2026-11-30.md", "2026-11-30"],
		["Journal", "YYYY-MM-DD", "Journal/Daily/2026-11-30.md", "2026-11-30"],
		["", "YYYY-MM-DD", "dailys/2026-11-30.md", "2026-11-30"],
		["Journal", "YYYY-MM-DD", "Other/2026-11-30.md", null],
		// A format with folders in it says where the note is: only there.
		["Journal", "YYYY/MM/YYYY-MM-DD", "Journal/2026-11-30.md", null],
	])("%s + %s: %s → %s", (folder, format, path, day) => expect(dailyNoteMatcher({ folder, format })(path)).toBe(day));
});

describe("people folders: a name anywhere, a path from the root", () => {
	it.each([
		["People/Ann.md", ["People"], true],
		["10 Example Data/people/Ann.md", ["People"], true],
		["Work/Contacts/Team/Ann.md", ["People", "Contacts"], true],
		["Peoples/Ann.md", ["People"], false],
		["Notes/People.md", ["People"], false],
		["Work/People/Ann.md", ["Work/People"], true],
		["Home/Work/People/Ann.md", ["Work/People"], false],
		["Archive/People/Ann.md", ["/People"], false],
		["Ann.md", [""], false],
	] as const)("%s in %j: %s", (path, folders, expected) => expect(inFolders(path, folders)).toBe(expected));
});

describe("people marked the ways vaults mark them", () => {
	it.each([
		["categories:\n  - \"[[People]]\"", true],
		["categories: \"[[people]]\"", true],
		["categories: [[People]]", true],
		["category: \"[[Person]]\"", true],
		["type: person", true],
		["type: Contact", true],
		["fileClass: person", true],
		["categories:\n  - \"[[Meetings]]\"\n  - \"[[People]]\"", true],
		["type: \"[[Notes/People|folks]]\"", true],
		["categories: \"[[Companies]]\"", false],
		["type: personal", false],
		["author: \"[[People]]\"", false],
	])("%s → %s", (yaml, expected) => expect(isPerson(note("Notes/X.md", `---\n${yaml}\n---\n`), DEFAULT_SETTINGS)).toBe(expected));

	it.each(["person", "people", "contact", "person/work"])("#%s marks a person", (tag) => {
		expect(isPerson(note("Notes/X.md", `Met at a meetup #${tag}\n`), DEFAULT_SETTINGS)).toBe(true);
	});

	it("one person tag among others marks a person; other tags alone do not", () => {
		expect(isPerson(note("Notes/X.md", "Met at a meetup #work #person #berlin\n"), DEFAULT_SETTINGS)).toBe(true);
		expect(isPerson(note("Notes/X.md", "---\ntags: [work, contact]\n---\n"), DEFAULT_SETTINGS)).toBe(true);
		expect(isPerson(note("Notes/X.md", "Met at a meetup #work #personal\n"), DEFAULT_SETTINGS)).toBe(false);
	});

	it("templates are never people: unfilled syntax in a property, or a template folder of the vault", () => {
		expect(isPerson(note("People/T.md", "---\ncreated: {{date}}\n---\n"), DEFAULT_SETTINGS)).toBe(false);
		expect(isPerson(note("People/T.md", "---\ncreated: <% tp.date.now() %>\n---\n"), DEFAULT_SETTINGS)).toBe(false);
		expect(isPerson(note("People/T.md", "---\naliases: [\"{{title}}\"]\n---\n"), DEFAULT_SETTINGS)).toBe(false);
		expect(isPerson(note("People/Curly.md", "---\nnote: \"{ not a template }\"\n---\n"), DEFAULT_SETTINGS)).toBe(true);
		const conventions = readConventions(DEFAULT_SETTINGS, { templater: { templates_folder: "_templates" }, templates: { folder: "Meta/Layouts" } });
		const settings = withConventions(DEFAULT_SETTINGS, conventions);
		expect(isPerson(note("_templates/Person.md", "---\ntype: person\n---\n"), settings)).toBe(false);
		expect(isPerson(note("Meta/Layouts/Person.md", "---\ntype: person\n---\n"), settings)).toBe(false);
		// The vault's template folder is a path from the root: a "Meta/Layouts" elsewhere is not excluded.
		expect(isPerson(note("Clients/Meta/Layouts/Ann.md", "---\ntype: person\n---\n"), settings)).toBe(true);
	});
});

describe("the vault's configuration", () => {
	it("names the daily-notes and template paths", () => {
		const c = readConventions(DEFAULT_SETTINGS, {
			dailyNotes: { folder: "Journal/", format: "YYYY-MM-DD", template: "Meta/Daily" },
			periodicNotes: { daily: { enabled: false, folder: "Elsewhere" }, weekly: { template: "Meta/Weekly.md" } },
			templates: { folder: "/Meta/Templates" },
		});
		expect(c).toEqual({
			dailyNotes: { folder: "Journal/", format: "YYYY-MM-DD" }, dailyNotesConfigured: true,
			templateFolders: ["Meta/Templates"], templateFiles: ["Meta/Daily.md", "Meta/Weekly.md"], tasksPlugin: false,
		});
		expect(readConventions(DEFAULT_SETTINGS, { communityPlugins: ["dataview", "obsidian-tasks-plugin"] }).tasksPlugin).toBe(true);
		expect(withConventions(DEFAULT_SETTINGS, c).excludedFiles).toEqual(["Meta/Daily.md", "Meta/Weekly.md"]);
	});

	it("a community plugin's settings count only while it is on (its data.json stays behind when it is turned off)", () => {
		const files = {
			periodicNotes: { daily: { enabled: true, folder: "Periodic", format: "YYYY/MM-DD", template: "T/Day" } },
			templater: { templates_folder: "_templater" },
		};
		const on = readConventions(DEFAULT_SETTINGS, { ...files, communityPlugins: ["dataview", "periodic-notes", "templater-obsidian"] });
		expect([on.dailyNotes, on.templateFolders, on.templateFiles]).toEqual([{ folder: "Periodic", format: "YYYY/MM-DD" }, ["_templater"], ["T/Day.md"]]);
		const off = readConventions(DEFAULT_SETTINGS, { ...files, communityPlugins: ["dataview"] });
		expect([off.dailyNotes.folder, off.dailyNotesConfigured, off.templateFolders, off.templateFiles]).toEqual(["", false, [], []]);
		// Without the list of plugins (a copied vault), the settings are taken as they are.
		expect(readConventions(DEFAULT_SETTINGS, files).dailyNotes.folder).toBe("Periodic");
	});

	it("with no settings anywhere, says so", () => {
		expect(readConventions(DEFAULT_SETTINGS, {}).dailyNotesConfigured).toBe(false);
		expect(readConventions(DEFAULT_SETTINGS, { templates: "nonsense", templater: [1] }).templateFolders).toEqual([]);
	});
});

describe("Dataview inline fields", () => {
	const fields = (text: string) => inlineFields(text, note("X.md", text).metadata);
	it.each([
		["date:: 2026-11-20", { date: "2026-11-20" }],
		["**Date**:: 2026-11-20", { Date: "2026-11-20" }],
		["- last-contact:: 2026-10-01", { "last-contact": "2026-10-01" }],
		["Met at [date:: 2026-11-20] the offsite", { date: "2026-11-20" }],
		["Call (person:: [[Omar Haddad]]) today", { person: "[[Omar Haddad]]" }],
		["[a:: 1] and (b:: [[x]])", { a: "1", b: "[[x]]" }],
		["date:: 2026-11-20\r\nother:: x\r\n", { date: "2026-11-20", other: "x" }],
		["date:: 2026-11-20\ndate:: 2026-11-21", { date: "2026-11-20" }],
		// Emphasis around a key, and spaces inside it, go; underscores inside it stay.
		["**Date** :: 2026-11-20", { Date: "2026-11-20" }],
		["**Date **:: x", { Date: "x" }],
		["~~old~~:: x", { old: "x" }],
		["snake_case:: 1", { snake_case: "1" }],
		// An empty value, also before a CRLF line end.
		["key::\r\nother:: y\r\n", { key: "", other: "y" }],
		["key::", { key: "" }],
		// A ticked task in either case is done: its field counts.
		["- [X] [date:: 2026-11-20] called Ann\n", { date: "2026-11-20" }],
		// A quiet section later in the note does not quiet what comes before it.
		["date:: 2026-11-20\n```\ncode\n```\n", { date: "2026-11-20" }],
		["```\ncode\n```\ndate:: 2026-11-20\n", { date: "2026-11-20" }],
		// Brackets inside a bracketed key end it: only the innermost field is read.
		["[x[y:: 1]]", { y: "1" }],
		["[x(y:: 1)]", { y: "1" }],
		// A key of 63 characters is read; of 64, it is not looked for.
		[`[${"k".repeat(63)}:: v]`, { ["k".repeat(63)]: "v" }],
		// Backticks that close nothing are text (CommonMark, as Obsidian shows them): one, then two, is no code.
		["x `[k:: v]``", { k: "v" }],
	])("%j → %j", (text, expected) => expect({ ...fields(text) }).toEqual(expected));

	it.each([
		["```\ndate:: 2026-11-20\n```\n", "a code block"],
		["> date:: 2026-11-20\n", "a quote"],
		["> [!note]\n> [date:: 2026-11-20]\n", "a callout"],
		["- [ ] [date:: 2026-11-20] call Ann\n", "an open task"],
		["%%\ndate:: 2026-11-20\n%%\n", "a comment"],
		["Write `date:: 2026-11-20` to date a note\n", "inline code"],
		["---\ndate:: x\n---\n", "the properties"],
		["a::b without a space\n", "no space after ::"],
		["https://example.com/a::b\n", "a URL"],
		["- [-] [date:: 2026-11-20] cancelled\n", "a cancelled task"],
		["- [/] [date:: 2026-11-20] started\n", "a task in progress"],
		["Use `[date:: 2026-11-20]` to date a note\n", "a bracketed field in inline code"],
		["``[a:: 1]`` is the syntax\n", "a field in double-backtick code"],
		["``a ` [k:: v] b`` is one span\n", "a field in code that holds a backtick"],
		["**:: x\n", "a key of emphasis only"],
		["[:: x] and [ :: y]\n", "an empty key in brackets"],
		["[a: b] and (c:d)\n", "a single colon"],
		["[x]y:: 1]\n", "a key cut by a closing bracket"],
		["[x)y:: 1]\n", "a key cut by a closing parenthesis"],
		[`[${"k".repeat(64)}:: v]\n`, "a key longer than 63 characters"],
	])("%j has no field (%s)", (text) => expect(fields(text)).toBeNull());

	it("reads the innermost field of nested brackets, and nothing from unclosed ones", () => {
		expect({ ...fields("[a:: x (b:: y) z]") }).toEqual({ a: "x (b:: y) z", b: "y" });
		expect(fields(`${"[k:: (".repeat(2_000)}\n`)).toBeNull();
	});

	it("reads a ticked task's field", () => expect({ ...fields("- [x] [date:: 2026-11-20] called Ann\n") }).toEqual({ date: "2026-11-20" }));

	it("a person's properties win over inline fields of the same name, in any case", () => {
		const facts = readPerson(note("People/Omar.md", "---\nCadence: 14\n---\ncadence:: 90\nlast-contact:: 2026-11-02\nbirthday:: 04-02\n"), DEFAULT_SETTINGS);
		expect(facts).toMatchObject({ cadenceDays: 14, birthday: "04-02", propertyContact: { date: "2026-11-02" } });
	});

	it("names an inline field that cannot be read as a problem of that field", () => {
		const facts = readPerson(note("People/Omar.md", "cadence:: sometimes\n"), DEFAULT_SETTINGS);
		expect(facts.problems).toMatchObject([{ path: "People/Omar.md", field: "cadence", value: "sometimes" }]);
	});
});

describe("a dated note's date, links and channel", () => {
	const dates = { daily: dailyNoteMatcher({ folder: "Daily", format: "YYYY-MM-DD" }), fileName: fileNameDayReader("YYYY-MM-DD") };
	const dated = (path: string, text: string) => readDatedNote(note(path, text), DEFAULT_SETTINGS, dates);

	it.each([
		["date: 2026-11-20", "2026-11-20"],
		["date: \"[[2026-11-20]]\"", "2026-11-20"],
		["date: [[2026-11-20]]", "2026-11-20"],
		["date: 2026-11-20T09:30", "2026-11-20"],
		["date: \"![[2026-11-20]]\"", null],
		["date: soon", null],
	])("%s → %s", (yaml, day) => expect(dated("Notes/M.md", `---\n${yaml}\n---\n`)?.date ?? null).toBe(day));

	it("the date property wins over the file name; the file name over a date:: field", () => {
		expect(dated("Notes/2026-11-01 Sync.md", "---\ndate: 2026-11-02\n---\n[date:: 2026-11-03]\n")?.date).toBe("2026-11-02");
		expect(dated("Notes/2026-11-01 Sync.md", "[date:: 2026-11-03]\n")?.date).toBe("2026-11-01");
		expect(dated("Notes/Sync.md", "[date:: 2026-11-03]\n")?.date).toBe("2026-11-03");
	});

	it("dates in file names can be turned off", () => {
		const settings = { ...DEFAULT_SETTINGS, datesFromFileNames: false };
		const off = { daily: dates.daily, fileName: null };
		expect(readDatedNote(note("Notes/2026-11-01 Sync.md", ""), settings, off)).toBeNull();
		expect(readDatedNote(note("Daily/2026-11-01.md", ""), settings, off)?.date).toBe("2026-11-01");
	});

	it("links under people, attendees, participants, with, contacts and person count; other keys do not", () => {
		const yaml = [
			"people: [\"[[A]]\"]", "attendees:\n  - \"[[B]]\"", "participants: \"[[C|Cee]]\"", "With: \"[[D]]\"", "contacts: [[E]]",
			"person: \"[[F#Work]]\"", "author: \"[[G]]\"", "host: \"[[H]]\"", "artist: \"[[I]]\"", "guests: [\"[[J]]\"]", "company: \"[[K]]\"",
			"deal: \"[[L]]\"", "people2: \"[[M]]\"",
		].join("\n");
		expect(dated("Notes/2026-11-01 Sync.md", `---\n${yaml}\n---\n`)?.links).toEqual(["A", "B", "C", "D", "E", "F#Work"]);
	});

	it("an embed under a contact key is not contact", () => {
		expect(dated("Notes/2026-11-01 Sync.md", "---\npeople: [\"![[A]]\", \"[[B]]\"]\n---\n")?.links).toEqual(["B"]);
	});

	it.each([
		["kind: call", "call"], ["kind: phone", "call"], ["channel: email", "message"], ["channel: \"[[Email]]\"", "message"],
		["kind: text", "message"], ["type: meeting", "meet"], ["kind: coffee", "meet"], ["type: event", "event"], ["kind: event", "event"],
		["kind: Phone Call", "call"], ["channel: [sms]", "message"], ["type: daily", "mention"], ["kind: \"![[Call]]\"", "mention"],
		["", "mention"],
	])("%j → %s", (yaml, kind) => expect(dated("Daily/2026-11-01.md", `---\n${yaml}\n---\n`)?.kind).toBe(kind));

	it("reads channel words on their own", () => {
		expect(channelKind(["misc", "Zoom"])).toBe("call");
		expect(channelKind(42)).toBeNull();
	});

	it("a template is never an interaction", () => {
		expect(dated("Daily/2026-11-01.md", "---\ncreated: {{date}}\n---\n[[A]]\n")).toBeNull();
	});
});

describe("settings from version 1", () => {
	it("take this version's defaults where version 1 saved its own", () => {
		const { settings } = loadSettings({ version: 1, personFolders: ["People"], personTags: ["person"], personMarkerKey: "type", personMarkerValue: "person" });
		expect(settings.personFolders).toEqual(DEFAULT_SETTINGS.personFolders);
		expect(settings.personTags).toEqual(DEFAULT_SETTINGS.personTags);
		expect(settings.personMarkerKeys).toEqual(DEFAULT_SETTINGS.personMarkerKeys);
		expect(settings.personMarkerValues).toEqual(DEFAULT_SETTINGS.personMarkerValues);
	});

	it("keep what the user chose", () => {
		const { settings, problems } = loadSettings({ version: 1, personFolders: ["Network"], personTags: ["crm"], personMarkerKey: "kind", personMarkerValue: "friend" });
		expect(problems).toEqual([]);
		expect(settings).toMatchObject({ personFolders: ["Network"], personTags: ["crm"], personMarkerKeys: ["kind"], personMarkerValues: ["friend"] });
		expect(loadSettings({ version: 1, personMarkerKey: "" }).settings.personMarkerKeys).toEqual([]);
	});

	it("rename a second tier or goal of the same name, and say so", () => {
		const { settings, problems } = loadSettings({
			tiers: [{ name: "close", cadenceDays: 30 }, { name: "Close", cadenceDays: 60 }],
			goals: [{ id: "g", kind: "events", period: "year", target: 3 }, { id: "g", kind: "interactions", period: "week", target: 5 }],
		});
		expect(settings.tiers.map((t) => t.name)).toEqual(["close", "Close 2"]);
		expect(settings.goals.map((g) => g.id)).toEqual(["g", "g 2"]);
		expect(problems.map((p) => p.message)).toEqual(["two tiers had the same name; renamed \"Close\" → \"Close 2\"", "two goals had the same id; renamed \"g\" → \"g 2\""]);
	});

	it("never let a field name reach an object's prototype", () => {
		const { settings, extra } = loadSettings(JSON.parse("{\"fieldKeys\": {\"__proto__\": [\"x\"], \"cadence\": [\"every\"]}}") as unknown);
		expect(Object.getPrototypeOf(settings.fieldKeys)).toBe(Object.prototype);
		expect(settings.fieldKeys.cadence).toEqual(["every"]);
		expect(extra["fieldKeys.__proto__"]).toEqual(["x"]);
	});
});

describe("folder lists changed in place", () => {
	it("are read as they are now", () => {
		const folders = ["People"];
		expect(inFolders("Network/Ann.md", folders)).toBe(false);
		folders.push("Network");
		expect(inFolders("Network/Ann.md", folders)).toBe(true);
	});
});
