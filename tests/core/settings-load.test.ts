// Saved settings read back, one rule a row, worked by hand: what each value becomes, what is reported (by key, in
// words), and what is kept for another version. A bad value never throws; it takes the default and is said.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, uniqueName } from "../../src/core/settings";

describe("a settings file", () => {
	it.each([
		["nothing at all", null, []],
		["not an object", "People", [{ key: "(file)", message: "the settings file does not hold an object; defaults are used" }]],
		["a list", ["People"], [{ key: "(file)", message: "the settings file does not hold an object; defaults are used" }]],
		["from a newer Ascent", { version: 99, personFolders: ["Mine"] }, [{ key: "version", message: "was saved by a newer Ascent (settings version 99); defaults are used until you update Ascent" }]],
		["a version that is not a number", { version: "2" }, [{ key: "version", message: "must be a number" }]],
	])("%s: defaults, and what is said", (_, raw, problems) => {
		const loaded = loadSettings(raw);
		expect(loaded.problems).toEqual(problems);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
	});
});

describe("each kind of value", () => {
	it.each([
		["a list as text, split at commas", { personFolders: " People , Team/ ,, " }, "personFolders", ["People", "Team"]],
		["a list, trimmed, blanks dropped, folders without a trailing slash", { excludedFolders: [" Archive// ", "", "Templates"] }, "excludedFolders", ["Archive", "Templates"]],
		["tags without #", { personTags: ["#person", "crm", "#a#b"] }, "personTags", ["person", "crm", "a#b"]],
		["markers keep their slashes", { personMarkerValues: ["people/", "x"] }, "personMarkerValues", ["people/", "x"]],
		["text, trimmed", { logHeading: "  Log  " }, "logHeading", "Log"],
		["the event folder", { eventFolder: "Events" }, "eventFolder", "Events"],
		["true or false", { gentleWording: true }, "gentleWording", true],
	] as const)("%s", (_, raw, key, value) => {
		const loaded = loadSettings({ version: 2, ...raw });
		expect(loaded.problems).toEqual([]);
		expect(loaded.settings[key]).toEqual(value);
	});

	it.each([
		["a list of numbers", { personFolders: [1, 2] }, "personFolders", "must be a list of text"],
		["a list with one number", { contactPropertyKeys: ["with", 3] }, "contactPropertyKeys", "must be a list of text"],
		["a number for text", { eventFolder: 3 }, "eventFolder", "must be text"],
		["text for true or false", { tasksDates: "yes" }, "tasksDates", "must be true or false"],
		["a marker key that is not text", { personMarkerKey: 1 }, "personMarkerKey", "must be text"],
	])("%s: the default, and said", (_, raw, key, message) => {
		const loaded = loadSettings({ version: 2, ...raw });
		expect(loaded.problems).toEqual([{ key, message }]);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
	});

	it("unknown keys are kept for whoever wrote them", () => {
		expect(loadSettings({ version: 2, future: { a: 1 } }).extra).toEqual({ future: { a: 1 } });
	});
});

describe("version 1's one marker", () => {
	it.each([
		["a key and a value", { version: 1, personMarkerKey: "kind", personMarkerValue: " Contact " }, ["kind"], ["Contact"]],
		["an empty key turns markers off", { version: 1, personMarkerKey: " " }, [], DEFAULT_SETTINGS.personMarkerValues],
		["an empty value keeps the default values", { version: 1, personMarkerKey: "kind", personMarkerValue: "" }, ["kind"], DEFAULT_SETTINGS.personMarkerValues],
		["version 1's own default (type: person) becomes today's", { version: 1, personMarkerKey: "type", personMarkerValue: "person" }, DEFAULT_SETTINGS.personMarkerKeys, DEFAULT_SETTINGS.personMarkerValues],
		["type with no value, too", { version: 1, personMarkerKey: "type" }, DEFAULT_SETTINGS.personMarkerKeys, DEFAULT_SETTINGS.personMarkerValues],
		["type with another value is the user's", { version: 1, personMarkerKey: "type", personMarkerValue: "human" }, ["type"], ["human"]],
		["a version 2 file with type: person is the user's", { version: 2, personMarkerKey: "type", personMarkerValue: "person" }, ["type"], ["person"]],
	])("%s", (_, raw, keys, values) => {
		const { settings } = loadSettings(raw);
		expect([settings.personMarkerKeys, settings.personMarkerValues]).toEqual([keys, values]);
	});

	it("version 1's default folders and tags become today's; chosen ones stay", () => {
		expect(loadSettings({ version: 1, personFolders: ["People"], personTags: ["person"] }).settings).toMatchObject({ personFolders: DEFAULT_SETTINGS.personFolders, personTags: DEFAULT_SETTINGS.personTags });
		expect(loadSettings({ personFolders: ["People"] }).settings.personFolders).toEqual(DEFAULT_SETTINGS.personFolders);
		expect(loadSettings({ version: 2, personFolders: ["People"] }).settings.personFolders).toEqual(["People"]);
		expect(loadSettings({ version: 1, personFolders: ["Crew"] }).settings.personFolders).toEqual(["Crew"]);
	});
});

describe("goals and tiers", () => {
	const goal = { id: "g", kind: "events", period: "year", target: 12 };
	it.each([
		["no id", { ...goal, id: "" }], ["an id that is not text", { ...goal, id: 3 }], ["an unknown kind", { ...goal, kind: "naps" }],
		["an unknown period", { ...goal, period: "decade" }], ["a target of 0", { ...goal, target: 0 }], ["not an object", null],
	])("a goal with %s is dropped and said; the others kept", (_, bad) => {
		const loaded = loadSettings({ version: 2, goals: [goal, bad] });
		expect(loaded.settings.goals).toEqual([goal]);
		expect(loaded.problems.map((p) => p.key)).toEqual(["goals"]);
		expect(loaded.problems[0]?.message).toMatch(/^each goal needs an id, a kind, a period \(week, month, quarter, year\) and a target from \d+ to \d+$/);
	});

	it("goals that are not a list: the defaults, said; two goals of one id: the second renamed, said", () => {
		expect(loadSettings({ version: 2, goals: "many" }).settings.goals).toEqual(DEFAULT_SETTINGS.goals);
		const loaded = loadSettings({ version: 2, goals: [goal, { ...goal }, { ...goal, id: "G" }] });
		expect(loaded.settings.goals.map((g) => g.id)).toEqual(["g", "g 2", "G 3"]);
		expect(loaded.problems).toEqual([{ key: "goals", message: "two goals had the same id; renamed \"g\" → \"g 2\", \"G\" → \"G 3\"" }]);
	});

	const tier = { name: "close", cadenceDays: 30 };
	it.each([
		["no name", { ...tier, name: " " }], ["a name that is not text", { ...tier, name: 3 }], ["days out of range", { ...tier, cadenceDays: 0 }], ["not an object", null],
	])("a tier with %s is dropped and said", (_, bad) => {
		const loaded = loadSettings({ version: 2, tiers: [tier, bad] });
		expect(loaded.settings.tiers).toEqual([{ name: "close", cadenceDays: 30, capacity: 15 }]);
		expect(loaded.problems.map((p) => p.key)).toEqual(["tiers"]);
	});

	it("tier names trimmed, their layer's capacity found by the trimmed name; two of one name renamed", () => {
		const loaded = loadSettings({ version: 2, tiers: [{ name: " close ", cadenceDays: 30 }, { name: "Close", cadenceDays: 60, capacity: null }] });
		expect(loaded.settings.tiers).toEqual([{ name: "close", cadenceDays: 30, capacity: 15 }, { name: "Close 2", cadenceDays: 60, capacity: null }]);
		expect(loaded.problems).toEqual([{ key: "tiers", message: "two tiers had the same name; renamed \"Close\" → \"Close 2\"" }]);
		expect(loadSettings({ version: 2, tiers: "close" }).problems.map((p) => p.key)).toEqual(["tiers"]);
	});
});

describe("property names per field", () => {
	it("each field's names replace the defaults; an empty list or a field Ascent does not have is said or kept aside", () => {
		const loaded = loadSettings({ version: 2, fieldKeys: { email: "mail, e-mail", phone: [], birthday: [" geburtstag "], __proto__x: ["x"], cadence: "" } });
		expect(loaded.settings.fieldKeys.email).toEqual(["mail", "e-mail"]);
		expect(loaded.settings.fieldKeys.birthday).toEqual(["geburtstag"]);
		expect(loaded.settings.fieldKeys.phone).toEqual(DEFAULT_SETTINGS.fieldKeys.phone);
		expect(loaded.problems).toEqual([
			{ key: "fieldKeys.phone", message: "must be a non-empty list of property names" },
			{ key: "fieldKeys.cadence", message: "must be a non-empty list of property names" },
		]);
		expect(loaded.extra).toEqual({ "fieldKeys.__proto__x": ["x"] });
	});

	it.each([["a list", []], ["nothing", null], ["text", "mail"]])("field names given as %s are said", (_, value) => {
		expect(loadSettings({ version: 2, fieldKeys: value }).problems).toEqual([{ key: "fieldKeys", message: "must map each field to a list of property names" }]);
	});
});

describe("a new name", () => {
	it.each([[[], "tier-1"], [["tier-1"], "tier-2"], [["TIER-1", "tier-2"], "tier-3"], [["tier-2"], "tier-1"]])("after %j: %s", (taken, name) => {
		expect(uniqueName("tier", taken)).toBe(name);
	});
});
