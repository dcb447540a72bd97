import { describe, expect, it } from "vitest";
import { LinkResolver } from "../../src/core/paths";

function resolver(...paths: string[]): LinkResolver {
	const r = new LinkResolver();
	for (const p of paths) r.add(p);
	return r;
}

describe("link resolution like Obsidian's", () => {
	const r = resolver("People/Sam Rivera.md", "Archive/Old/Sam Rivera.md", "People/Alex Chen.md", "Ideas/Plan.md");
	r.setAliases("People/Alex Chen.md", ["Alex", "A.C."]);
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
		expect(r.resolve(link, "Journal/2026/11/2026-11-20.md")).toBe(path);
	});

	it.each(["Nobody", "", "#heading", "../../../outside", "../../outside"])("[[%s]] resolves to nothing", (link) => {
		expect(r.resolve(link, "Journal/2026-11-20.md")).toBeNull();
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
