import { describe, expect, it } from "vitest";
import { LinkResolver } from "../../src/core/link-resolver";
import { nameNumber } from "../../src/core/note-table";

function resolver(...paths: string[]): LinkResolver {
	const r = new LinkResolver();
	for (const p of paths) r.add(p);
	return r;
}

describe("link resolution like Obsidian's", () => {
	// Made inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const vault = () => {
		const r = resolver("People/Sam Rivera.md", "Archive/Old/Sam Rivera.md", "People/Alex Chen.md", "Ideas/Plan.md");
		r.setAliases("People/Alex Chen.md", ["Alex", "A.C."]);
		return r;
	};
	it.each([
		["Sam Rivera", "People/Sam Rivera.md"],
		["sam rivera", "People/Sam Rivera.md"],
		["Sam Rivera.md", "People/Sam Rivera.md"],
		["Sam Rivera#Work", "People/Sam Rivera.md"],
		["Sam Rivera|Sam", "People/Sam Rivera.md"],
		["Archive/Old/Sam Rivera", "Archive/Old/Sam Rivera.md"],
		["Old/Sam Rivera", "Archive/Old/Sam Rivera.md"],
		["Alex", "People/Alex Chen.md"],
		["a.c.", "People/Alex Chen.md"],
		["../../../People/Alex Chen", "People/Alex Chen.md"],
	])("[[%s]] → %s", (link, path) => {
		expect(vault().resolve(link, "Journal/2026/11/2026-11-20.md")).toBe(path);
	});

	it.each(["Nobody", "", "#heading", "../../../outside", "../../outside"])("[[%s]] resolves to nothing", (link) => {
		expect(vault().resolve(link, "Journal/2026-11-20.md")).toBeNull();
	});

	it("prefers a real note over an alias of the same name", () => {
		const s = resolver("People/Alex Chen.md", "Alex.md");
		s.setAliases("People/Alex Chen.md", ["Alex"]);
		expect(s.resolve("Alex", "x.md")).toBe("Alex.md");
	});

	it("forgets removed notes and their aliases", () => {
		const s = resolver("People/Alex Chen.md");
		s.setAliases("People/Alex Chen.md", ["Alex"]);
		s.remove("People/Alex Chen.md");
		expect(s.resolve("Alex Chen", "x.md")).toBeNull();
		expect(s.resolve("Alex", "x.md")).toBeNull();
	});
});

describe("names that share a number in the resolver's table (found by search: FNV-1a from the last character, 30 bits)", () => {
	// Two real names, one number: the table keeps both, and every answer still goes by the name.
	const [a, b] = ["Ann 79996", "Ann 116073"];

	it("the two names do share a number (else this table tests nothing)", () => {
		expect(nameNumber(a.toLowerCase())).toBe(nameNumber(b.toLowerCase()));
		expect(nameNumber("ann 79996")).not.toBe(nameNumber("ann 79997"));
	});

	it("each link reaches its own note, in any order of adding, and a third name reaches nothing", () => {
		for (const order of [[a, b], [b, a]]) {
			const r = resolver(...order.map((n) => `People/${n}.md`));
			expect(r.resolve(a, "x.md")).toBe(`People/${a}.md`);
			expect(r.resolve(b.toUpperCase(), "x.md")).toBe(`People/${b}.md`);
			expect(r.resolve(`People/${a}`, "x.md")).toBe(`People/${a}.md`);
			expect(r.resolve("Ann 20710", "x.md")).toBeNull();
			expect(r.has(`people/${b.toLowerCase()}.md`)).toBe(true);
			// Not one name: no group of notes sharing a name.
			expect(r.sharedNames(() => true)).toEqual([]);
		}
	});

	it("one note alone under the number answers only to its own name", () => {
		const r = resolver(`People/${a}.md`);
		expect(r.resolve(b, "x.md")).toBeNull();
		// The build's memo asks the same from anywhere: nothing, the same everywhere.
		expect([r.reachAnywhere(b), r.reachAnywhere(a)]).toEqual([null, `People/${a}.md`]);
		expect(r.has(`People/${b}.md`)).toBe(false);
		r.setAliases(`People/${a}.md`, [b]);
		// The alias still reaches it: no note of that name.
		expect(r.resolve(b, "x.md")).toBe(`People/${a}.md`);
		expect(r.reachAnywhere(b)).toBe(`People/${a}.md`);
	});

	it("a name shared by two notes is still found among a third note of another name with its number", () => {
		const r = resolver(`People/${a}.md`, `Archive/${a}.md`, `People/${b}.md`);
		expect(r.sharedNames(() => true)).toEqual([[`People/${a}.md`, `Archive/${a}.md`]]);
		expect(r.resolve(b, "x.md")).toBe(`People/${b}.md`);
		expect(r.resolve(a, "Archive/x.md")).toBe(`Archive/${a}.md`);
		r.remove(`Archive/${a}.md`);
		expect(r.sharedNames(() => true)).toEqual([]);
		expect(r.resolve(a, "Archive/x.md")).toBe(`People/${a}.md`);
		r.remove(`People/${b}.md`);
		expect(r.resolve(b, "x.md")).toBeNull();
		expect(r.resolve(a, "x.md")).toBe(`People/${a}.md`);
	});
});
