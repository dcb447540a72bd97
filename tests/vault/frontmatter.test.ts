// Properties as the disk reader reads them (src/vault/frontmatter.ts): the values Obsidian would show, and for a block
// it cannot read, one message naming the line of the note where reading stopped. Every row runs through the three
// ways in: gray-matter over the whole note, the block's text through the YAML library, and the simple reader first.
import { afterEach, describe, expect, it, vi } from "vitest";
import { readFrontmatter, readFrontmatterText } from "../../src/vault/frontmatter";

/** The three readings of a note that starts with a properties block. */
function readAll(note: string): unknown[] {
	const close = note.indexOf("\n---", 3);
	const matter = note.slice(3, close + 1);
	return [readFrontmatter(note), readFrontmatterText(matter, false), readFrontmatterText(matter)];
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("properties read from a note", () => {
	it.each([
		["dates stay text, as in Obsidian", "---\nwhen: 2026-11-20\nat: 2026-11-20T09:30\n---\n", { data: { when: "2026-11-20", at: "2026-11-20T09:30" } }],
		["nested maps and lists", "---\nnested:\n  a: 1\nlist:\n  - x\n  - [[Ann]]\n---\n", { data: { nested: { a: 1 }, list: ["x", [["Ann"]]] } }],
		["a block of comments and blank lines is empty properties", "---\n# only\n  # indented comment\n\n---\n", { data: {} }],
		["an empty block", "---\n\n---\n", { data: {} }],
		["a # inside a key is part of the key", "---\nx#y: 1\n---\n", { data: { "x#y": 1 } }],
		["a comment after a value is not part of it", "---\na: 1 # one\n---\n", { data: { a: 1 } }],
		["a custom tag is read as its plain value", "---\nx: !foo bar\n---\n", { data: { x: "bar" } }],
		["a key written twice: the line of the second", "---\na: 1\na: 2\n---\n", { error: "the properties are not valid YAML (line 3): Map keys must be unique" }],
		["an unclosed list: the line where reading stopped", "---\ntier: close\na: [1\nb: 2\n---\n", {
			error: "the properties are not valid YAML (line 4): Flow sequence in block collection must be sufficiently indented and end with a ]",
		}],
		["a key written twice on line 12: a two-digit line leaves no trace of the library's own place", `---\n${Array.from({ length: 10 }, (_, i) => `k${i}: ${i}`).join("\n")}\nk0: 1\n---\n`, {
			error: "the properties are not valid YAML (line 12): Map keys must be unique",
		}],
		["a value with text after its quotes, at column 27: neither does a two-digit column", "---\nkey_with_long_name: \"abc\" x\n---\n", {
			error: "the properties are not valid YAML (line 2): Unexpected scalar at node end",
		}],
		["a list instead of key: value pairs", "---\n- a\n- b\n---\n", { error: "the properties block is not a list of key: value pairs" }],
		["a single value instead of key: value pairs", "---\njust text\n---\n", { error: "the properties block is not a list of key: value pairs" }],
	])("%s", (_, note, expected) => {
		expect(readAll(note)).toEqual([expected, expected, expected]);
	});

	it("an alias bomb is refused before it is built, without a line (it is the document, not one line)", () => {
		const row = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(", ")}]`;
		const note = `---\n${row("a", "\"lol\"")}\n${row("b", "*a")}\n${row("c", "*b")}\n${row("d", "*c")}\n${row("e", "*d")}\n---\n`;
		for (const result of readAll(note)) {
			expect(Object.keys(result as object)).toEqual(["error"]);
			expect((result as { error: string }).error).toMatch(/^the properties are not valid YAML: Excessive alias count/);
		}
	});

	it("a JavaScript or CoffeeScript block is never run", () => {
		const ran = vi.fn();
		(globalThis as { ascentRan?: () => void }).ascentRan = ran;
		for (const lang of ["js", "javascript"]) {
			expect(readFrontmatter(`---${lang}\n{ a: globalThis.ascentRan() }\n---\n`)).toEqual({ error: "frontmatter written in JavaScript is never run; Ascent reads YAML only" });
		}
		for (const lang of ["coffee", "coffeescript", "cson"]) {
			expect(readFrontmatter(`---${lang}\na: globalThis.ascentRan()\n---\n`)).toEqual({ error: "frontmatter written in CoffeeScript is never run; Ascent reads YAML only" });
		}
		expect(ran).not.toHaveBeenCalled();
	});

	it("reading prints nothing: the YAML library's warnings are not the user's business on a command line", () => {
		const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
		const log = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		readAll("---\nx: !foo bar\ny: !!binary aGVsbG8=\n---\n");
		expect([...warn.mock.calls, ...log.mock.calls]).toEqual([]);
	});
});
