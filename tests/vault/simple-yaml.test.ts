// Simple properties are read without the YAML library; wherever that path answers it must equal the library's result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrontmatterText } from "../../src/vault/frontmatter";
import { readSimpleYaml } from "../../src/vault/simple-yaml";

const key = fc.constantFrom("cadence", "tier", "last-contact", "last_chat", "lastContact", "aliases", "tags", "type", "date", "goals", "a", "a", "Key9", "__proto__", "with space", "x:y", "-dash");
const scalarText = fc.constantFrom(
	"30", "007", "2w", "monthly", "every 3 weeks", "P1M", "2026-11-20", "2026-11-20T09:30", "03-14", "true", "True", "TRUE", "yes", "no", "on",
	"false", "null", "Null", "~", "1.5", "1e3", ".5", "0x1F", "0o17", ".inf", "-.INF", ".nan", "-5", "+5", "1_000", "12345678901234567890",
	"\"[[Bo Chen]]\"", "'[[Ana]]'", "\"a\\\"b\"", "'it''s'", "\"x\"y\"", "Sam Rivera", "Über", "a/b", "a.b", "a #b", "a: b", "[[Sam]]", "@x", "*ref", "&a x", "!tag x", "|", ">",
	"\"\"", "''", "\"", "x ", "", "a  b", "under_score", "#person",
);
const valueText = fc.oneof(
	{ weight: 3, arbitrary: scalarText },
	fc.array(scalarText, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
	fc.constantFrom("[]", "[ ]", "[a,b]", "[a, ]", "[a, [b]]", "{a: 1}", "[\"x, y\"]"),
);
const line = fc.oneof(
	{ weight: 4, arbitrary: fc.tuple(key, valueText).map(([k, v]) => `${k}: ${v}`) },
	fc.tuple(key, fc.array(scalarText, { minLength: 0, maxLength: 3 }), fc.constantFrom("", "  ", "    ")).map(([k, items, pad]) => [`${k}:`, ...items.map((i) => `${pad}- ${i}`)].join("\n")),
	fc.constantFrom("", "# comment", "  nested: 1", "key:value", "a: 1 # c", "x: |", "  text", "? complex", "tab:\tx"),
);
const matter = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `\n${lines.join("\n")}`);

describe("simple properties", () => {
	it("read alike with and without the YAML library, and a good share take the fast path", () => {
		let fast = 0;
		let total = 0;
		fc.assert(fc.property(matter, (text) => {
			total++;
			const simple = readSimpleYaml(text);
			if (simple === null) return;
			fast++;
			const reference = readFrontmatterText(text, false);
			expect(reference.error, text).toBeUndefined();
			expect(simple, text).toEqual(reference.data);
			expect(Object.keys(simple), text).toEqual(Object.keys(reference.data ?? {}));
		}), { numRuns: process.env.STRESS ? 30_000 : 2000 });
		expect(fast / total).toBeGreaterThan(0.05);
	});

	it("reads what people notes hold", () => {
		expect(readSimpleYaml("\ncadence: 30\ntier: close\nlast-contact: 2026-11-20\naliases: [Sammy, S R]\ngoals:\n  - ask about the team\n  - share the article\npaused: false\nnote: null"))
			.toEqual({ cadence: 30, tier: "close", "last-contact": "2026-11-20", aliases: ["Sammy", "S R"], goals: ["ask about the team", "share the article"], paused: false, note: null });
		expect(readSimpleYaml("\nattendees:\n- \"[[Bo Chen]]\"\nempty:")).toEqual({ attendees: ["[[Bo Chen]]"], empty: null });
		// Left to the library: repeated keys (an error there), comments, floats.
		expect(readSimpleYaml("\na: 1\na: 2")).toBeNull();
		expect(readSimpleYaml("\na: 1 # one")).toBeNull();
		expect(readSimpleYaml("\na: 1.5")).toBeNull();
	});

	// What the simple reader reads itself (the speed it exists for) and the library reads alike; hand-worked values.
	it.each([
		["quoted text", "\na: \"x, y\"\nb: 'it'", { a: "x, y", b: "it" }],
		["empty quotes", "\na: \"\"\nb: ''", { a: "", b: "" }],
		["null in each spelling", "\na: null\nb: Null\nc: NULL\nd:", { a: null, b: null, c: null, d: null }],
		["true and false in each spelling", "\na: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE", { a: true, b: true, c: true, d: false, e: false, f: false }],
		["an empty list", "\na: []\nb: [ ]", { a: [], b: [] }],
		["a flow list of scalars", "\na: [1, x, \"q\", null]", { a: [1, "x", "q", null] }],
		["a block list indented by two", "\na:\n  - one\n  - 2", { a: ["one", 2] }],
		["a block list not indented", "\na:\n- one\n- two\nb: 3", { a: ["one", "two"], b: 3 }],
		["a long integer stays a number", "\nn: 123456789012345", { n: 123456789012345 }],
	])("reads %s itself", (_, matter, expected) => {
		expect(readSimpleYaml(matter)).toEqual(expected);
		expect(readFrontmatterText(matter, false)).toEqual({ data: expected });
	});

	it.each([
		["no newline before the first key", "a: 1"],
		["a blank line", "\na: 1\n\nb: 2"],
		["a trailing space", "\na: 1 "],
		["a tab", "\na:\t1"],
		["a carriage return", "\na: 1\r"],
		["an unterminated quote", "\na: \"x"],
		["a lone quote", "\na: \""],
		["a quote inside quotes", "\na: 'it''s'"],
		["an escape", "\na: \"a\\\"b\""],
		["an empty item in a flow list", "\na: [a, ]"],
		["an unclosed flow list", "\na: [a, b"],
		["a list item indented differently", "\na:\n  - x\n- y"],
		["a list item with a trailing space", "\na:\n  - x \n"],
		["a list item that is not simple", "\na:\n  - [x]"],
	])("leaves %s to the library", (_, matter) => {
		expect(readSimpleYaml(matter)).toBeNull();
	});
});
