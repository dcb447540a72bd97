// Folders and links as Obsidian reads them (src/core/paths.ts), one rule per row, hand-worked answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LinkResolver } from "../../src/core/link-resolver";
import { pathOf } from "../../src/core/note-table";
import { basename, folderOf, inFolders, isInFolder, linkKey, linkpath, normalize, sameEntries } from "../../src/core/paths";

describe("names and folders of paths", () => {
	it.each([
		["People/Sam Rivera.md", "Sam Rivera", "People"],
		["a/b/Note.MD", "Note", "a/b"],
		["x.md.md", "x.md", ""],
		["Note", "Note", ""],
		["Folder/image.png", "image.png", "Folder"],
		["a/.Md", "", "a"],
		["a/x.mD", "x", "a"],
		["a/md", "md", "a"],
		["a/x.nd", "x.nd", "a"],
		["a/x,md", "x,md", "a"],
		["a/İx.MD", "İx", "a"],
	])("%s: name %j in folder %j", (path, name, folder) => {
		expect([basename(path), folderOf(path)]).toEqual([name, folder]);
	});

	it("a name is its last part without \".md\" in any case, as a lower-case copy of it would say", () => {
		const byCopy = (path: string) => {
			const name = path.slice(path.lastIndexOf("/") + 1);
			return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
		};
		const part = fc.constantFrom("/", ".", "m", "M", "d", "D", "x", "İ", "ß", "K", "\u212A", "é", "md", ".md", ".MD", ".mD");
		fc.assert(fc.property(fc.array(part, { maxLength: 8 }).map((parts) => parts.join("")), (path) => {
			expect(basename(path), path).toBe(byCopy(path));
		}), { numRuns: 3000 });
	});

	it.each([
		["People/Sam.md", "People", true],
		["people/sam.md", "People", true],
		["People/Sub/Sam.md", "People", true],
		["PeopleX/a.md", "People", false],
		["People.md", "People", false],
		["People", "People", false],
		["Work/People/a.md", "People", false],
		["People/a.md", "/People/", true],
		["People/a.md", "//People//", true],
		["Peo/a.md", "People/", false],
		["a.md", "", true],
		["a.md", "/", true],
		["People/a.md", "People/", true],
		["People/a.md", "/People", true],
		["Work/People/a.md", "/Work/People/", true],
		["Work/People/a.md", "Work/People/", true],
		["WorkPeople/a.md", "/Work/People/", false],
	])("%s is in folder %j: %s", (path, folder, expected) => {
		expect(isInFolder(path, folder)).toBe(expected);
	});

	it.each([
		[["People"], "People/a.md", true],
		[["People"], "x/People/a.md", true],
		[["People"], "x/people/y/a.md", true],
		[["People"], "People.md", false],
		[["People"], "x/PeopleX/a.md", false],
		[["People"], "x/MyPeople/a.md", false],
		[["Work/People"], "Work/People/a.md", true],
		[["Work/People"], "x/Work/People/a.md", false],
		[["/People"], "People/a.md", true],
		[["/People"], "x/People/a.md", false],
		[["//People"], "People/a.md", true],
		[[" People/ "], "x/People/a.md", true],
		[["People//"], "x/People/a.md", true],
		[["", "/", "  "], "a.md", false],
		[["", "/", "  "], "x/a.md", false],
		[[], "People/a.md", false],
		[["C++ (old)"], "C++ (old)/a.md", true],
		[["C++ (old)"], "C (old)/a.md", false],
		[["A.B"], "AxB/a.md", false],
		[["A", "B/C"], "B/C/a.md", true],
		[["A", "B/C"], "x/A/a.md", true],
		[["A", "B/C"], "x/B/C/a.md", false],
	])("folders %j hold %s: %s", (folders, path, expected) => {
		expect(inFolders(path, folders)).toBe(expected);
	});

	it("a list of folders changed in place is read again", () => {
		const folders = ["A"];
		expect(inFolders("B/x.md", folders)).toBe(false);
		folders.push("B");
		expect(inFolders("B/x.md", folders)).toBe(true);
		folders[1] = "C";
		expect(inFolders("B/x.md", folders)).toBe(false);
		expect(inFolders("C/x.md", folders)).toBe(true);
	});

	it.each([
		[["a"], ["a"], true],
		[[], [], true],
		[["a"], ["a", "b"], false],
		[["a", "b"], ["a"], false],
		[["a", "b"], ["a", "c"], false],
		[["a", "b"], ["b", "a"], false],
	])("%j and %j hold the same entries: %s", (a, b, expected) => {
		expect(sameEntries(a, b)).toBe(expected);
	});

	it.each([
		["a/./b//c", "a/b/c"],
		["a/../b", "b"],
		["/a/b/", "a/b"],
		["", ""],
		["../a", null],
		["a/b/../../..", null],
	])("normalize(%j) = %j", (path, expected) => {
		expect(normalize(path)).toBe(expected);
	});
});

describe("the part of a link that names a note", () => {
	it.each([
		["Sam Rivera#Work|Sam", "Sam Rivera", "sam rivera"],
		["People/Sam Rivera.md#x", "People/Sam Rivera.md", "sam rivera"],
		["|Ann", "|Ann", "|ann"],
		[" Sam |S", "Sam", "sam"],
		["Sam|", "Sam", "sam"],
		["#Heading", "", ""],
		["Cafe\u0301", "Cafe\u0301", "café"],
	])("%j names %j (filed as %j)", (link, path, key) => {
		expect([linkpath(link), linkKey(link)]).toEqual([path, key]);
	});
});

describe("resolving links", () => {
	const FROM = "Journal/2026/11/2026-11-20.md";
	function resolver(...paths: string[]): LinkResolver {
		const r = new LinkResolver();
		for (const p of paths) r.add(p);
		return r;
	}

	it("notes of the same name: the shortest path, then the first in path order; as they go, the next", () => {
		const r = resolver("D/x.md", "B/C/x.md", "A/x.md");
		expect(r.resolve("x", FROM)).toBe("A/x.md");
		r.remove("A/x.md");
		expect(r.resolve("x", FROM)).toBe("D/x.md");
		r.remove("D/x.md");
		expect(r.resolve("x", FROM)).toBe("B/C/x.md");
		r.remove("B/C/x.md");
		expect(r.resolve("x", FROM)).toBeNull();
	});

	it("notes of the same name (Obsidian 1.13's getFirstLinkpathDest): the one at the root, else the one in the linking note's own folder, else the shortest path", () => {
		const r = resolver("Archive/2019/Sam.md", "Team/Sam.md", "Journal/2026/11/Sam.md", "Journal/Sam.md");
		// Beside the linking note, though two others are shorter; an ancestor's folder counts for nothing.
		expect(r.resolve("Sam", FROM)).toBe("Journal/2026/11/Sam.md");
		expect(r.resolve("sam.MD", FROM)).toBe("Journal/2026/11/Sam.md");
		expect(r.resolve("Sam", "Journal/2026/10/2026-10-01.md")).toBe("Team/Sam.md");
		expect(r.resolve("Sam", "Team/Standup.md")).toBe("Team/Sam.md");
		expect(r.resolve("Sam#Work|S.", "Archive/2019/Notes.md")).toBe("Archive/2019/Sam.md");
		// The root wins even over the note beside the link.
		r.add("Sam.md");
		expect([r.resolve("Sam", FROM), r.resolve("Sam", "Team/Standup.md")]).toEqual(["Sam.md", "Sam.md"]);
		// A path is still the path (or the end of one), wherever the link is.
		expect(r.resolve("Team/Sam", FROM)).toBe("Team/Sam.md");
		// What a link reaches from everywhere (the build resolves those once): a unique name or an alias, or nothing;
		// a shared name or a path is left to reach() (undefined), which answers from the note the link is in.
		r.add("People/Ann.md");
		r.setAliases("People/Ann.md", ["Annie"]);
		const anywhere = (l: string) => {
			const held = r.reachAnywhere(l);
			return held === undefined ? undefined : held === null ? null : pathOf(held);
		};
		expect(["Ann", "ann.md|A", "Annie", "Nobody", "Sam", "SAM#x", "People/Ann"].map(anywhere))
			.toEqual(["People/Ann.md", "People/Ann.md", "People/Ann.md", null, undefined, undefined, undefined]);
		r.add("A/Robin.md");
		r.add("B/Robin.md");
		r.add("Rob.md");
		expect(["Robin", "Robin.md", "robin.MD", "Rob", ""].map(anywhere)).toEqual([undefined, undefined, undefined, "Rob.md", null]);
	});

	it("a note added twice is one note: no name is shared by it", () => {
		expect(resolver("P/x.md", "P/x.md").sharedNames(() => true)).toEqual([]);
		expect(resolver("P/x.md", "Q/x.md", "P/x.md").sharedNames(() => true)).toEqual([["P/x.md", "Q/x.md"]]);
	});

	it("a name with .md: only the extension is taken off, whichever of the notes that begin alike is asked for", () => {
		const r = resolver("People/Ann.md", "People/Anna.md", "People/Annabel.md");
		expect(["Annabel", "Annabel.md", "ANNA.MD", "Ann"].map((l) => r.resolve(l, FROM))).toEqual(["People/Annabel.md", "People/Annabel.md", "People/Anna.md", "People/Ann.md"]);
	});

	it("a path from the root wins over the same path from the linking note's folder; notes of one name and length by path order", () => {
		const r = resolver("People/Sam.md", "Archive/People/Sam.md");
		expect(r.resolve("People/Sam", "Archive/Index.md")).toBe("People/Sam.md");
		expect(resolver("A/x.md", "D/x.md").resolve("x", FROM)).toBe("A/x.md");
		expect(resolver("D/x.md", "A/x.md").resolve("x", FROM)).toBe("A/x.md");
	});

	it("a note added twice is one note: removed once, it is gone", () => {
		const r = resolver("P/x.md", "P/x.md");
		r.remove("P/x.md");
		expect(r.resolve("x", FROM)).toBeNull();
		const three = resolver("P/x.md", "Q/x.md", "Q/x.md");
		three.remove("Q/x.md");
		expect(three.resolve("Q/x", FROM)).toBeNull();
		expect(three.resolve("x", FROM)).toBe("P/x.md");
	});

	it("a path as the vault spells it, ignoring case", () => {
		const r = resolver("People/Sam Rivera.md");
		expect([r.has("people/sam rivera.md"), r.has("Other/Sam Rivera.md"), r.has("People/Sam.md")]).toEqual([true, false, false]);
		expect(r.resolve("people/sam rivera", FROM)).toBe("People/Sam Rivera.md");
		expect(r.resolve("Sam Rivera.MD", FROM)).toBe("People/Sam Rivera.md");
		expect(r.resolve("People/Sam Rivera.md", FROM)).toBe("People/Sam Rivera.md");
	});

	it("a path: exact from the root, then from the linking note's folder, then as the end of a path", () => {
		const r = resolver("People/Sam.md", "Journal/People/Sam.md", "Archive/Old/Sam.md", "Journal/2026/Notes/Ann.md");
		expect(r.resolve("People/Sam", FROM)).toBe("People/Sam.md");
		expect(r.resolve("/People/Sam", FROM)).toBe("People/Sam.md");
		expect(r.resolve("../../People/Sam", FROM)).toBe("Journal/People/Sam.md");
		expect(r.resolve("../Notes/Ann", FROM)).toBe("Journal/2026/Notes/Ann.md");
		expect(r.resolve("Old/Sam", FROM)).toBe("Archive/Old/Sam.md");
		expect(r.resolve("old/SAM", FROM)).toBe("Archive/Old/Sam.md");
		expect(r.resolve("ld/Sam", FROM)).toBeNull();
		expect(r.resolve("Wrong/Sam", FROM)).toBeNull();
		expect(r.resolve("/Nope/Sam", FROM)).toBeNull();
		expect(r.resolve("../Nope/Sam", FROM)).toBeNull();
		expect(r.resolve("../../../../../Sam", FROM)).toBeNull();
	});

	it("aliases: after names, the shortest of the notes that share one, and gone with the note or when replaced", () => {
		const r = resolver("People/Alex Chen.md", "People/Work/Alexandra Li.md", "Teams/Alex.md");
		r.setAliases("People/Alex Chen.md", ["AC", "Lex"]);
		r.setAliases("People/Work/Alexandra Li.md", ["Lex", "Ali"]);
		r.setAliases("People/Work/Alexandra Li.md", ["Alex"]);
		expect(r.aliases("People/Alex Chen.md")).toEqual(["AC", "Lex"]);
		expect(r.resolve("lex", FROM)).toBe("People/Alex Chen.md");
		expect(r.resolve("Ali", FROM)).toBeNull();
		// A note named Alex wins over an alias Alex.
		expect(r.resolve("Alex", FROM)).toBe("Teams/Alex.md");
		r.remove("Teams/Alex.md");
		expect(r.resolve("Alex", FROM)).toBe("People/Work/Alexandra Li.md");
		r.setAliases("People/Work/Alexandra Li.md", ["Lex"]);
		r.remove("People/Alex Chen.md");
		expect([r.resolve("AC", FROM), r.resolve("Lex", FROM), r.aliases("People/Alex Chen.md")]).toEqual([null, "People/Work/Alexandra Li.md", []]);
		r.setAliases("People/Work/Alexandra Li.md", []);
		expect([r.resolve("Lex", FROM), r.aliases("People/Work/Alexandra Li.md")]).toEqual([null, []]);
		// An alias is a name, never a path.
		r.setAliases("People/Work/Alexandra Li.md", ["Work/Lex"]);
		expect(r.resolve("Work/Lex", FROM)).toBeNull();
	});

	it("two notes sharing an alias: the shorter path, then path order", () => {
		const r = resolver("B/Zed.md", "A/Yan.md", "Long/Xi.md");
		r.setAliases("B/Zed.md", ["Z"]);
		r.setAliases("A/Yan.md", ["Z"]);
		r.setAliases("Long/Xi.md", ["Z"]);
		expect(r.resolve("Z", FROM)).toBe("A/Yan.md");
	});

	it.each(["", "#Work", " ", "|"])("[[%s]] names no note", (link) => {
		expect(resolver("Sam.md", "Work.md").resolve(link, FROM)).toBeNull();
	});
});
