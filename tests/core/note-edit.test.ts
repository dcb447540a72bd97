// Edits that change only the bytes they mean to, names that are safe everywhere, templates filled as text.
import { describe, expect, it } from "vitest";
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
	])("%s", (_, text, fields, expected) => expect(setProperties(text, fields)).toBe(expected));

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

	it("inside quotes the title is escaped for that quote", () => {
		expect(fillTemplate("---\na: \"{{title}}\"\nb: '{{title}}'\nc: [\"{{title}}\"]\n---\n", { title: "O'Neil \"Jr\"", date: "" }))
			.toBe("---\na: \"O'Neil \\\"Jr\\\"\"\nb: 'O''Neil \"Jr\"'\nc: [\"O'Neil \\\"Jr\\\"\"]\n---\n");
	});
});
