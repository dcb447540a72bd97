// The example vault's People.base: valid YAML that Bases reads without Ascent (people by folder or tag, the
// longest without contact first), and a second view that is Ascent's own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BASES_VIEW_ID } from "../src/obsidian/bases-view";

const VAULT = join(__dirname, "../examples/vault");

describe("examples/vault/People.base", () => {
	const base = parse(readFileSync(join(VAULT, "People.base"), "utf8")) as {
		filters: { or: string[] }; views: { type: string; name: string; order?: string[]; sort?: { property: string; direction: string }[] }[];
	};

	it("selects the folders the example vault keeps people in, and those folders exist", () => {
		const folders = base.filters.or.map((f) => /^file\.inFolder\("(.+)"\)$/.exec(f)?.[1]).filter((f): f is string => f !== undefined);
		expect(folders.length).toBeGreaterThan(0);
		for (const folder of folders) expect(existsSync(join(VAULT, folder)), folder).toBe(true);
		expect(base.filters.or).toContain("file.hasTag(\"person\")");
	});

	it("a table sorted by last contact, oldest first, that needs no plugin; and the Ascent attention view", () => {
		const [table, ascent] = base.views;
		expect(table?.type).toBe("table");
		expect(table?.sort).toEqual([{ property: "note.last-contact", direction: "ASC" }]);
		expect(table?.order).toEqual(expect.arrayContaining(["file.name", "last-contact", "cadence"]));
		expect(ascent?.type).toBe(BASES_VIEW_ID);
	});
});
