// Edits that change only the bytes they mean to, names that are safe everywhere, templates filled as text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { noteShape, PropertiesError, setProperties } from "../../src/core/note-edit";
import { fillTemplate, safeFileName, vaultPath } from "../../src/core/safe-names";

describe("setProperties changes only what it sets", () => {
	it.each([
		["no properties", "Body\n", { email: "a@b.c" }, "---\nemail: a@b.c\n---\nBody\n"],
		["an empty block", "---\n---\nBody\n", { email: "a@b.c" }, "---\nemail: a@b.c\n---\nBody\n"],
		["a new key after the others, each kept as written", "---\naliases: [Sammy]  # nick\nrole: Engineer\n---\n", { email: "a@b.c" },
			"---\naliases: [Sammy]  # nick\nrole: Engineer\nemail: a@b.c\n---\n"],
		["a value replaced in place, its comment kept", "---\nrole: Engineer # since 2024\nx: 1\n---\n", { role: "Manager" },
			"---\nrole: Manager # since 2024\nx: 1\n---\n"],
		["a list replaced where it stands", "---\nemail:\n  - a@b.c\nx: 1\n---\n", { email: ["a@b.c", "d@e.f"] },
			"---\nemail:\n  - a@b.c\n  - d@e.f\nx: 1\n---\n"],
		["a byte-order mark and CRLF", "\uFEFF---\r\nx: 1\r\n---\r\nBody\r\n", { y: 2 }, "\uFEFF---\r\nx: 1\r\ny: 2\r\n---\r\nBody\r\n"],
		["text that needs quotes", "---\nx: 1\n---\n", { note: "a: b #c" }, "---\nx: 1\nnote: \"a: b #c\"\n---\n"],
		// Keys a template leaves empty: filled where they stand.
		["a key with no value", "---\nemail:\nphone:\n---\n", { email: "a@b.c" }, "---\nemail: a@b.c\nphone:\n---\n"],
		["a key with no value and a space", "---\nemail: \n---\n", { email: "a@b.c" }, "---\nemail: a@b.c\n---\n"],
		["a key with no value and a comment", "---\nemail:   # work\n---\n", { email: "a@b.c" }, "---\nemail:   a@b.c # work\n---\n"],
		["a key with no value and a comment after a tab", "---\nemail:\t# work\n---\n", { email: "a@b.c" }, "---\nemail:\ta@b.c # work\n---\n"],
		["a key with no value, the last", "---\nx: 1\nemail:\n---\n", { email: true }, "---\nx: 1\nemail: true\n---\n"],
		["a key with no value given a list", "---\nemail:\nx: 1\n---\n", { email: ["a@b.c"] }, "---\nemail:\n  - a@b.c\nx: 1\n---\n"],
		["a key with ~ or '' as its value", "---\na: ~\nb: ''\n---\n", { a: 1, b: 2 }, "---\na: 1\nb: 2\n---\n"],
		// Values of each kind in place, the comment kept; a list or lines of text replace the pair.
		["a number, true and null in place", "---\na: x # 1\nb: y # 2\nc: z # 3\n---\n", { a: 7, b: true, c: null }, "---\na: 7 # 1\nb: true # 2\nc: null # 3\n---\n"],
		["a list for a value", "---\na: 1 # one\nb: 2\n---\n", { a: [1, 2] }, "---\na:\n  - 1\n  - 2\nb: 2\n---\n"],
		["lines of text for a value", "---\na: 1 # one\nb: 2\n---\n", { a: "x\ny" }, "---\na: |-\n  x\n  y\nb: 2\n---\n"],
		["a value for a list", "---\na:\n  - 1\n  - 2\nb: 3\n---\n", { a: "one" }, "---\na: one\nb: 3\n---\n"],
		["two values of new lengths at once", "---\na: 1\nb: 2\nc: 3\n---\n", { a: 100, c: "three", b: 20 }, "---\na: 100\nb: 20\nc: three\n---\n"],
		["two new keys", "---\na: 1\n---\n", { b: 2, c: 3 }, "---\na: 1\nb: 2\nc: 3\n---\n"],
		["a note that starts with a blank line has no properties", "\n---\na: 1\n---\n", { b: 2 }, "---\nb: 2\n---\n\n---\na: 1\n---\n"],
		["a first line of only a carriage return and newline", "\r\nBody", { b: 2 }, "---\r\nb: 2\r\n---\r\n\r\nBody"],
	])("%s", (_, text, fields, expected) => expect(setProperties(text, fields)).toBe(expected));

	it.each([
		["invalid YAML", "---\nx: [1\n---\n", "the properties cannot be read (Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:)"],
		["duplicate keys", "---\nx: 1\nx: 2\n---\n", "the properties cannot be read (Map keys must be unique at line 2, column 1:)"],
		["a list instead of keys", "---\n- a\n---\n", "the properties are not a list of keys and values"],
	])("says why it refuses %s", (_, text, message) => expect(() => setProperties(text, { y: 1 })).toThrow(message));

	it.each([
		["invalid YAML", "---\nx: [1\n---\n"],
		["duplicate keys", "---\nx: 1\nx: 2\n---\n"],
		["a list instead of keys", "---\n- a\n- b\n---\n"],
		["a lone value", "---\njust text\n---\n"],
	])("refuses %s, changing nothing", (_, text) => expect(() => setProperties(text, { y: 1 })).toThrow(PropertiesError));

	it("reads a note's shape", () => {
		expect(noteShape("\uFEFF---\r\na: 1\r\n---\r\nBody")).toEqual({ bom: "\uFEFF", eol: "\r\n", yaml: "a: 1\n", body: "Body" });
	});
});

describe("file names from any text", () => {
	it.each([
		[".hidden", "hidden"],
		["../../tmp/pwned", "tmp pwned"],
		["What? <Now>: \"yes\"|no.", "What Now yes no"],
		["  trailing dots...  ", "trailing dots"],
		["Sam#1 [work]^x", "Sam 1 work x"],
		["tab\tand\u0000nul", "tab and nul"],
		["CON", "CON (person)"],
		["Cafe\u0301", "Café"],
		["...", ""],
		["😀", "😀"],
	])("%j → %j", (text, name) => expect(safeFileName(text)).toBe(name));

	// 248 bytes for the name: 255 less ".md" and a " 999" suffix for a name already taken.
	it.each([
		["248 ASCII letters stay whole", "a".repeat(248), "a".repeat(248)],
		["249 are cut to 248", "a".repeat(249), "a".repeat(248)],
		["124 two-byte letters stay whole", "é".repeat(124), "é".repeat(124)],
		["125 are cut to 124", "é".repeat(125), "é".repeat(124)],
		["dots left at the cut are dropped, all of them", `${"a".repeat(246)}..b`, "a".repeat(246)],
		["trailing dots and spaces, all of them", "Ann. .", "Ann"],
		["leading dots and spaces, all of them", ". .Ann", "Ann"],
	])("%s", (_, text, name) => expect(safeFileName(text)).toBe(name));

	it("keeps a name within 255 bytes with .md, whole characters only", () => {
		const name = safeFileName("Ångström ".repeat(60));
		expect(new TextEncoder().encode(`${name} 999.md`).length).toBeLessThanOrEqual(255);
		expect(name.endsWith(" ")).toBe(false);
		expect(name.startsWith("Ångström Ångström")).toBe(true);
	});
});

describe("vault paths", () => {
	it.each([
		["People", "People"], ["/People/", "People"], ["a/./b//c", "a/b/c"], ["a/../b", "b"], ["a\\b", "a/b"],
		["../x", null], ["a/../../x", null], ["C:/Windows", null], ["~/notes", null], ["//server/share", null],
		["People/1:1 notes", "People/1:1 notes"], ["Cafe\u0301/Notes", "Café/Notes"], ["a/~b", "a/~b"], ["a//b", "a/b"],
	])("%j → %j", (path, expected) => expect(vaultPath(path)).toBe(expected));
});

describe("templates are filled with text", () => {
	it.each([
		["Cash $' Money", "---\ntitle: Cash $' Money\n---\n# Cash $' Money\n"],
		["$& and $`", "---\ntitle: $& and $`\n---\n# $& and $`\n"],
		["&anchor", "---\ntitle: \"&anchor\"\n---\n# &anchor\n"],
		["- dash", "---\ntitle: \"- dash\"\n---\n# - dash\n"],
		["a: b", "---\ntitle: \"a: b\"\n---\n# a: b\n"],
		["yes", "---\ntitle: \"yes\"\n---\n# yes\n"],
	])("%j", (title, expected) => expect(fillTemplate("---\ntitle: {{title}}\n---\n# {{title}}\n", { title, date: "2026-11-30" })).toBe(expected));

	// Whatever the title, the properties Obsidian reads back hold it as written: as text, unquoted where YAML would
	// read it back unchanged, quoted otherwise.
	it("any title reads back from the properties as the same text", () => {
		const tricky = fc.constantFrom("true", "No", "~", "null", "1.5", "-2", "+3", ".5", "1e3", "0x1F", "0o17", ".inf", "-.Inf", ".NaN", "1_000", "3M", "a: b", "a:b", "a #b", "a#b", "#x",
			"- x", "-x", "? x", "[x]", "{x}", "*x", "!x", "|x", ">x", "'x'", "\"x\"", "%x", "@x", "`x", "x ", " x", "x\\y", "é", "a,b", "Ann Lee");
		// A title is a note's name: one line.
		fc.assert(fc.property(fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !/[\r\n]/.test(t))), (title) => {
			for (const template of ["---\nname: {{title}}\n---\n", "---\nname: \"{{title}}\"\n---\n", "---\nname: '{{title}}'\n---\n", "---\nname: [\"{{title}}\"]\n---\n"]) {
				const filled = fillTemplate(template, { title, date: "" });
				const read = parseYaml(filled.slice(4, filled.lastIndexOf("---")), { schema: "core" }) as { name: unknown };
				const value: unknown = Array.isArray(read.name) ? (read.name as unknown[])[0] : read.name;
				expect(value, `${JSON.stringify(title)} in ${JSON.stringify(template)}`).toBe(title);
			}
		}));
	});

	it.each([
		["{{ title }} and {{ date }}, spaces inside", "# {{ title }} {{ date }}", "# Ann 2026-11-30"],
		["{{xtitle}} and {{date2}} are not placeholders", "{{xtitle}} {{date2}} {{ date x}}", "{{xtitle}} {{date2}} {{ date x}}"],
		["no properties block: the whole text", "title: {{title}}", "title: Ann"],
		["a block closed at the very end", "---\nname: {{title}}\n---", "---\nname: Ann\n---"],
		["a byte-order mark before the block", "\uFEFF---\nname: {{title}}\n---\n", "\uFEFF---\nname: Ann\n---\n"],
		["a block later is not properties", "Text\n---\nname: {{title}}\n---\n", "Text\n---\nname: Ann\n---\n"],
		["an empty block", "---\n---\n{{title}}", "---\n---\nAnn"],
	])("%s", (_, template, filled) => {
		expect(fillTemplate(template, { title: "Ann", date: "2026-11-30" })).toBe(filled);
	});

	it("the clock's placeholders, as the Templates plugin writes them", () => {
		const formats: string[] = [];
		const clock = { now: new Date(2026, 10, 30, 9, 5), format: (_: Date, f: string) => (formats.push(f), `<${f}>`) };
		const values = { title: "Ann", date: "2026-11-30", clock };
		expect(fillTemplate("{{time}} {{ time: }} {{time: H:mm }} {{date:YYYY}} {{date: }} {{date}}", values))
			.toBe("<HH:mm> <HH:mm> <H:mm> <YYYY> {{date: }} 2026-11-30");
		expect(formats).toEqual(["HH:mm", "HH:mm", "H:mm", "YYYY"]);
		expect(fillTemplate("---\nat: {{time}}\n---\n", values)).toBe("---\nat: <HH:mm>\n---\n");
		expect(fillTemplate("{{time}} {{date:YYYY}}", { title: "Ann", date: "2026-11-30" })).toBe("{{time}} {{date:YYYY}}");
	});

	it("inside quotes the title is escaped for that quote", () => {
		expect(fillTemplate("---\na: \"{{title}}\"\nb: '{{title}}'\nc: [\"{{title}}\"]\n---\n", { title: "O'Neil \"Jr\"", date: "" }))
			.toBe("---\na: \"O'Neil \\\"Jr\\\"\"\nb: 'O''Neil \"Jr\"'\nc: [\"O'Neil \\\"Jr\\\"\"]\n---\n");
	});
});
