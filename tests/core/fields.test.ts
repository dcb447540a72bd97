// Every field under every key it is read from, the order keys are tried in, and the words of each problem (issue 19).
import { describe, expect, it } from "vitest";
import { display, existingKey, readField, textList, truthy } from "../../src/core/fields";
import type { NoteRecord } from "../../src/core/metadata";
import type { PersonFacts } from "../../src/core/model";
import { readPerson } from "../../src/core/person";
import { DEFAULT_SETTINGS, FIELDS, type FieldName } from "../../src/core/settings";
import { parseNote } from "../../src/vault/markdown";

function facts(text: string): PersonFacts {
	const parsed = parseNote(text);
	const record: NoteRecord = { path: "People/Sam.md", metadata: parsed.metadata, content: text, frontmatterError: parsed.frontmatterError };
	return readPerson(record, DEFAULT_SETTINGS);
}

/** For each field a person's facts hold: a value to write, and what the facts then say. */
const READ: Partial<Record<FieldName, { value: string; read: (f: PersonFacts) => unknown; expected: unknown }>> = {
	lastContact: { value: "2026-11-20", read: (f) => f.propertyContact?.date, expected: "2026-11-20" },
	cadence: { value: "2w", read: (f) => f.cadenceDays, expected: 14 },
	tier: { value: "close", read: (f) => [f.tier, f.tierCadenceDays], expected: ["close", 30] },
	goals: { value: "[ask about referrals]", read: (f) => f.goals, expected: ["ask about referrals"] },
	offers: { value: "[hiring]", read: (f) => f.offers, expected: ["hiring"] },
	needs: { value: "[design review]", read: (f) => f.needs, expected: ["design review"] },
	location: { value: "Porto", read: (f) => f.location, expected: "Porto" },
	met: { value: "2024-03-01", read: (f) => f.met, expected: "2024-03-01" },
	created: { value: "2023-01-02", read: (f) => f.created, expected: "2023-01-02" },
	birthday: { value: "1990-12-03", read: (f) => [f.birthday, f.birthYear], expected: ["12-03", 1990] },
	snoozeUntil: { value: "2026-12-15", read: (f) => f.snoozeUntil, expected: "2026-12-15" },
	paused: { value: "yes", read: (f) => f.paused, expected: true },
	nextContact: { value: "2026-12-24", read: (f) => f.nextContact, expected: "2026-12-24" },
};

const cases = Object.entries(READ).flatMap(([field, spec]) => FIELDS[field as FieldName].keys.map((key) => [field, key, spec] as const));

describe("every field under every key", () => {
	it.each(cases)("%s as %s", (_field, key, spec) => {
		const f = facts(`---\n${key}: ${spec.value}\n---\n`);
		expect(spec.read(f)).toEqual(spec.expected);
		expect(f.problems).toEqual([]);
	});

	it.each(cases.filter(([, key]) => key !== key.toUpperCase()))("%s as %s in capitals", (_field, key, spec) => {
		expect(spec.read(facts(`---\n${key.toUpperCase()}: ${spec.value}\n---\n`))).toEqual(spec.expected);
	});

	it("nothing written: nothing read", () => {
		const f = facts("---\ncompany: Acme\n---\n");
		expect([f.propertyContact, f.cadenceDays, f.tier, f.goals, f.offers, f.needs, f.location, f.met, f.created, f.birthday, f.snoozeUntil, f.paused, f.nextContact])
			.toEqual([null, undefined, null, [], [], [], null, null, null, null, null, false, null]);
	});
});

describe("which key wins", () => {
	it("the first key of the list, written exactly, before any later key or another spelling", () => {
		expect(readField({ last_contact: "b", "last-contact": "a" }, ["last-contact", "last_contact"])).toEqual({ key: "last-contact", value: "a" });
		expect(readField({ "Last-Contact": "b", last_contact: "a" }, ["last-contact", "last_contact"])).toEqual({ key: "last_contact", value: "a" });
		expect(readField({ "LAST-CONTACT": "b" }, ["last-contact", "last_contact"])).toEqual({ key: "LAST-CONTACT", value: "b" });
	});

	it("an empty value does not count: the next key is read", () => {
		expect(readField({ "last-contact": "", last_contact: "a" }, ["last-contact", "last_contact"])).toEqual({ key: "last_contact", value: "a" });
		expect(readField({ "last-contact": null, last_contact: [] }, ["last-contact", "last_contact"])).toBeNull();
		expect(readField({ "last-contact": "  " }, ["last-contact"])).toBeNull();
		expect(readField(undefined, ["last-contact"])).toBeNull();
	});

	it("the key a write updates: the one the note has, even empty; else null", () => {
		expect(existingKey({ last_contact: "" }, ["last-contact", "last_contact"])).toBe("last_contact");
		expect(existingKey({ "Last-Contact": "x" }, ["last-contact"])).toBe("Last-Contact");
		expect(existingKey({ other: 1 }, ["last-contact"])).toBeNull();
		expect(existingKey(undefined, ["last-contact"])).toBeNull();
		// The key spelled exactly wins over one that differs only in case, wherever it stands.
		expect(existingKey({ cadence: 2, Cadence: 1 }, ["cadence"])).toBe("cadence");
		expect(existingKey({ Cadence: 1, cadence: 2 }, ["cadence"])).toBe("cadence");
	});
});

describe("values", () => {
	it.each([
		[true, true], [false, false], ["true", true], ["Yes", true], ["y", true], [" on ", true], ["1", true], [1, true],
		["no", false], ["false", false], ["", false], [0, false], [2, false], [null, false], [["yes"], false],
	])("paused: %j → %s", (value, yes) => {
		expect(truthy(value)).toBe(yes);
	});

	it.each([
		["a", ["a"]], [" a ", ["a"]], ["", []], ["   ", []], [3, ["3"]], [["a", " b ", "", 4, null, { c: 1 }], ["a", "b", "4"]], [null, []], [{ a: 1 }, []],
	])("a list: %j → %j", (value, list) => {
		expect(textList(value)).toEqual(list);
	});

	it.each([
		["text", "text"], [3, "3"], [[1, "a"], "[1,\"a\"]"], [new Date(Date.UTC(2026, 10, 20)), "2026-11-20T00:00:00.000Z"], [undefined, "undefined"],
	])("shown in a problem: %j → %s", (value, shown) => {
		expect(display(value)).toBe(shown);
	});

	it("each unreadable field is a problem naming its key, its value and what it should be; the rest is read", () => {
		const f = facts("---\nlast-contact: soon\ncadence: sometimes\ntier: best\nbday: 02-30\nmet: 2024-13-01\nsnooze-until: later\nnext-contact: 2026-02-30\nlocation: Porto\n---\n");
		expect(f.problems.map((p) => [p.field, p.value, p.message])).toEqual([
			["cadence", "sometimes", "the cadence \"sometimes\" is not a cadence; write e.g. 30, 2w, monthly or \"every 3 weeks\""],
			["tier", "best", "\"best\" is not a tier; the tiers are inner-circle, close, casual, keep-warm, dormant"],
			["last-contact", "soon", "the last contact date \"soon\" is not a date; write it as YYYY-MM-DD"],
			["bday", "02-30", "the birthday \"02-30\" is not a real day of the year"],
			["met", "2024-13-01", "the first-met date \"2024-13-01\" is not a real calendar date"],
			["next-contact", "2026-02-30", "the next contact date \"2026-02-30\" is not a real calendar date"],
			["snooze-until", "later", "the snooze date \"later\" is not a date; write it as YYYY-MM-DD"],
		]);
		expect(f.location).toBe("Porto");
	});
});
