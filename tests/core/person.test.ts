import { describe, expect, it } from "vitest";
import type { NoteRecord } from "../../src/core/metadata";
import { isPerson, readPerson } from "../../src/core/person";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { parseNote } from "../../src/vault/markdown";

function note(path: string, text: string): NoteRecord {
	const parsed = parseNote(text);
	return { path, metadata: parsed.metadata, content: text, frontmatterError: parsed.frontmatterError };
}

describe("who is a person", () => {
	it.each([
		["People/Sam.md", "Hi", true],
		["People/Team/Sam.md", "Hi", true],
		["Elsewhere/Sam.md", "---\ntype: person\n---\n", true],
		["Elsewhere/Sam.md", "---\ntype: Person\n---\n", true],
		["Elsewhere/Sam.md", "---\ntype: [person, friend]\n---\n", true],
		["Elsewhere/Sam.md", "Colleague #person/work", true],
		["Elsewhere/Sam.md", "---\ntags: person\n---\n", true],
		["Elsewhere/Sam.md", "---\ntags: [personal]\n---\n", false],
		["Elsewhere/Sam.md", "Just a note", false],
		["Templates/Person.md", "---\ntype: person\n---\n", false],
		["People/photo.png", "", false],
	])("%s with %j → %s", (path, text, expected) => {
		expect(isPerson(note(path, text), DEFAULT_SETTINGS)).toBe(expected);
	});

	it("follows the configured folder, tag and marker", () => {
		const settings = { ...DEFAULT_SETTINGS, personFolders: ["Contacts"], personTags: ["crm"], personMarkerKeys: ["kind"], personMarkerValues: ["contact"] };
		expect(isPerson(note("Contacts/Sam.md", ""), settings)).toBe(true);
		expect(isPerson(note("People/Sam.md", ""), settings)).toBe(false);
		expect(isPerson(note("x/Sam.md", "#crm"), settings)).toBe(true);
		expect(isPerson(note("x/Sam.md", "---\nkind: contact\n---\n"), settings)).toBe(true);
	});
});

describe("reading a person's fields under any accepted key", () => {
	it.each([
		["last-contact: 2026-11-20", "2026-11-20"],
		["last_contact: 2026-11-20", "2026-11-20"],
		["lastContact: 2026-11-20", "2026-11-20"],
		["last-contacted: 2026-11-20", "2026-11-20"],
		["last_contacted: 2026-11-20", "2026-11-20"],
		["last_chat: 2026-11-20", "2026-11-20"],
		["prm-last-contacted: 2026-11-20", "2026-11-20"],
		["Last-Contact: 2026-11-20", "2026-11-20"],
		['last-contact: "[[2026-11-20]]"', "2026-11-20"],
	])("%s", (line, date) => {
		const facts = readPerson(note("People/Sam.md", `---\n${line}\n---\n`), DEFAULT_SETTINGS);
		expect(facts.propertyContact?.date).toBe(date);
		expect(facts.problems).toEqual([]);
	});

	it.each([
		["cadence: 2w", 14], ["frequency: monthly", 30], ["contact-frequency: 10", 10], ["keep-in-touch: every 3 weeks", 21],
		["prm-cadence: P1M", 30], ["cadence: none", null],
	])("%s", (line, days) => {
		expect(readPerson(note("People/Sam.md", `---\n${line}\n---\n`), DEFAULT_SETTINGS).cadenceDays).toBe(days);
	});

	it("reads tier, goals, met, birthday, snooze and pause", () => {
		const facts = readPerson(note("People/Sam.md", [
			"---", "prm-tier: Close", "goals:", "  - ask about referrals", "  - intro to Ana", "first-met: 2024-03-01",
			"bday: 12-03", "prm-snooze-until: 2026-12-15", "prm-paused: true", "aliases: [Sammy]", "---", "",
		].join("\n")), DEFAULT_SETTINGS);
		expect(facts).toMatchObject({
			tier: "close", tierCadenceDays: 30, goals: ["ask about referrals", "intro to Ana"], met: "2024-03-01",
			birthday: "12-03", snoozeUntil: "2026-12-15", paused: true, aliases: ["Sammy"], problems: [],
		});
		expect(readPerson(note("People/Sam.md", "---\ngoals: one goal\n---\n"), DEFAULT_SETTINGS).goals).toEqual(["one goal"]);
	});

	it("names the file and the field of every unreadable value, and keeps the rest", () => {
		const facts = readPerson(note("People/Sam.md", "---\nlast-contact: 2026-13-45\ncadence: sometimes\ntier: vip\nbirthday: 13-40\ngoals: keep\n---\n"), DEFAULT_SETTINGS);
		expect(facts.problems.map((p) => [p.path, p.field, p.value])).toEqual([
			["People/Sam.md", "cadence", "sometimes"],
			["People/Sam.md", "tier", "vip"],
			["People/Sam.md", "last-contact", "2026-13-45"],
			["People/Sam.md", "birthday", "13-40"],
		]);
		expect(facts.goals).toEqual(["keep"]);
	});

	it("reports broken YAML and still reads the body", () => {
		const facts = readPerson(note("People/Sam.md", "---\ncadence: [weekly\n---\n- 2026-11-20 coffee\n"), DEFAULT_SETTINGS);
		expect(facts.problems[0]).toMatchObject({ path: "People/Sam.md", field: "frontmatter" });
		expect(facts.logs.map((l) => l.date)).toEqual(["2026-11-20"]);
	});
});

describe("log lines in a person's note", () => {
	const text = [
		"# Sam", "", "## Interactions", "",
		"- 2026-11-20 coffee at the conference #meet",
		"- 2026-11-12: call about the job #call",
		"- [[2026-11-02]] sent the article #gave",
		"- [x] 2026-10-30 asked for an intro #asked",
		"- [ ] 2026-12-10 follow up on the intro",
		"* 2026-10-01 message #message",
		"- 2026-02-30 bad date",
		"- met at 2026-10-01 (not a log line)",
	].join("\n");
	// Made inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const facts = () => readPerson(note("People/Sam.md", text), DEFAULT_SETTINGS);

	it("reads date, kind and text; skips plans and lines not starting with a date", () => {
		expect(facts().logs.map((l) => [l.date, l.kind, l.text])).toEqual([
			["2026-11-20", "meet", "coffee at the conference #meet"],
			["2026-11-12", "call", "call about the job #call"],
			["2026-11-02", "gave", "sent the article #gave"],
			["2026-10-30", "asked", "asked for an intro #asked"],
			["2026-10-01", "message", "message #message"],
		]);
	});
	it("reports an impossible date with its line", () => {
		expect(facts().problems).toEqual([
			{ path: "People/Sam.md", field: "log line 11", value: "2026-02-30", message: 'the date "2026-02-30" is not a real calendar date' },
		]);
	});
});
