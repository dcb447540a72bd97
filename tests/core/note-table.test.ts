import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameNumber, NoteTable, pathNumber } from "../../src/core/note-table";
import { basename, fold } from "../../src/core/paths";

// What a vault's paths are made of: folders, names in any case, `.md` in any case or none, accents (composed and
// decomposed), other scripts, and characters outside the basic plane.
const part = fc.array(fc.constantFrom("a", "Z", "m", "D", ".", " ", "-", "é", "e\u0301", "É", "İ", "ß", "Σ", "日", "😀", "0", "_"), { maxLength: 8 }).map((cs) => cs.join(""));
const path = fc.tuple(fc.array(part, { maxLength: 3 }), part, fc.constantFrom("", ".md", ".MD", ".Md", ".mD", ".m", ".canvas", "md", ".xd", ".mx", "xmd", ".m.d")).map(([folders, name, ext]) => [...folders, `${name}${ext}`].join("/"));

describe("pathNumber: a path's name number without copying the name", () => {
	it("is nameNumber of the path's lower-case name, for any path", () => {
		fc.assert(fc.property(path, (p) => {
			expect(pathNumber(p)).toBe(nameNumber(fold(basename(p))));
		}), { numRuns: 2000 });
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (p) => {
			expect(pathNumber(p)).toBe(nameNumber(fold(basename(p))));
		}), { numRuns: 2000 });
	});

	it("reads the name only: the folder, the case and `.md` do not change it", () => {
		const n = pathNumber("People/Sam Lee.md");
		for (const p of ["Sam Lee.md", "Other/Deep/sam lee.MD", "SAM LEE", "x/Sam Lee.md"]) expect(pathNumber(p)).toBe(n);
		for (const p of ["People/Sam Lee.md.md", "People/Sam Le.md", "People/Sam Lee/x.md", "People/Sam Lee.canvas"]) expect(pathNumber(p)).not.toBe(n);
		// Only ".md" ends a name: ".xd" and ".mx" are part of it.
		expect(pathNumber("People/Sam Lee.xd")).toBe(nameNumber("sam lee.xd"));
		expect(pathNumber("People/Sam Lee.mx")).toBe(nameNumber("sam lee.mx"));
		expect(pathNumber("People/René.md")).toBe(pathNumber("People/Rene\u0301.md"));
	});
});

/** What the index keeps of a note, as the table sees it. */
class Kept {
	constructor(readonly path: string, readonly what: string) {}
}

describe("NoteTable: every note, and what is kept of some", () => {
	// Two notes of one name in two folders, and two names that share a number (tests/core/paths.test.ts found them).
	const paths = ["People/Sam.md", "Friends/Sam.md", "People/Ann 79996.md", "People/Ann 116073.md", "Notes/Idea.md"];

	it("finds what is kept of a note by its exact path, whoever shares its name or number", () => {
		expect(pathNumber(paths[2] as string)).toBe(pathNumber(paths[3] as string));
		const table = new NoteTable<Kept>();
		for (const p of paths) table.add(p);
		for (const p of paths) table.keep(new Kept(p, `kept ${p}`));
		for (const p of paths) expect(table.get(p)?.what).toBe(`kept ${p}`);
		expect(table.get("people/sam.md")).toBeUndefined();
		expect(table.get("Other/Sam.md")).toBeUndefined();
		expect(table.has("Other/Sam.md")).toBe(false);
		expect(table.get("People/Ann 79997.md")).toBeUndefined();
	});

	it("a note let go of stays a note; a note added again keeps what is kept of it; a note removed takes it along", () => {
		const table = new NoteTable<Kept>();
		for (const p of paths) table.add(p);
		table.keep(new Kept("Friends/Sam.md", "a person"));
		table.add("Friends/Sam.md");
		expect(table.get("Friends/Sam.md")?.what).toBe("a person");
		table.letGo("Friends/Sam.md");
		expect(table.has("Friends/Sam.md")).toBe(true);
		expect(table.get("Friends/Sam.md")).toBeUndefined();
		table.keep(new Kept("Friends/Sam.md", "a dated note"));
		table.remove("Friends/Sam.md");
		expect(table.has("Friends/Sam.md")).toBe(false);
		expect(table.get("Friends/Sam.md")).toBeUndefined();
		// The other Sam, and the other names, are untouched.
		expect(table.has("People/Sam.md")).toBe(true);
		for (const p of paths.filter((p) => p !== "Friends/Sam.md")) expect(table.has(p)).toBe(true);
		// Letting go of, or removing, a note that is not there changes nothing.
		table.letGo("Friends/Sam.md");
		table.remove("Nowhere/Sam.md");
		expect(table.has("People/Sam.md")).toBe(true);
	});

	it("keeps a note that was never added (it comes in), and lists shared numbers as notes come and go", () => {
		const table = new NoteTable<Kept>();
		table.keep(new Kept("People/Sam.md", "x"));
		expect(table.has("People/Sam.md")).toBe(true);
		expect([...table.shared()]).toEqual([]);
		table.add("Friends/Sam.md");
		expect([...table.shared()]).toEqual([pathNumber("Sam.md")]);
		table.keep(new Kept("Other/Sam.md", "y"));
		table.remove("People/Sam.md");
		expect([...table.shared()]).toEqual([pathNumber("Sam.md")]);
		table.remove("Friends/Sam.md");
		expect([...table.shared()]).toEqual([]);
		expect(table.numbered(pathNumber("Sam.md"))).toBe(table.get("Other/Sam.md"));
	});

	it("visits what is kept in the order the notes' names first came; kept again, a note keeps its place", () => {
		const table = new NoteTable<Kept>();
		for (const p of ["A/One.md", "B/Two.md", "C/Three.md", "D/One.md"]) table.add(p);
		for (const p of ["C/Three.md", "D/One.md", "A/One.md", "B/Two.md"]) table.keep(new Kept(p, "1"));
		table.keep(new Kept("A/One.md", "2"));
		table.letGo("B/Two.md");
		const seen: string[] = [];
		table.each((k) => seen.push(`${k.path} ${k.what}`));
		expect(seen).toEqual(["A/One.md 2", "D/One.md 1", "C/Three.md 1"]);
	});
});

describe("NoteTable of two kinds (as the index keeps people and dated notes)", () => {
	class Other extends Kept {}

	it("finds and lists each kind apart, in the order the notes' names first came", () => {
		const table = new NoteTable<Kept>();
		for (const p of ["A/One.md", "B/Two.md", "C/Three.md", "D/One.md"]) table.add(p);
		table.keep(new Kept("B/Two.md", "k"));
		table.keep(new Other("D/One.md", "o"));
		table.keep(new Other("C/Three.md", "o"));
		expect(table.getAs("D/One.md", Other)?.path).toBe("D/One.md");
		expect(table.getAs("B/Two.md", Other)).toBeUndefined();
		expect(table.getAs("A/One.md", Other)).toBeUndefined();
		expect(table.allAs(Other).map((k) => k.path)).toEqual(["D/One.md", "C/Three.md"]);
		// An Other is a Kept too.
		expect(table.allAs(Kept).map((k) => k.path)).toEqual(["D/One.md", "B/Two.md", "C/Three.md"]);
	});

	it("each kind's kept list, asked for between changes, is the table as it is now; a list handed out before stays as it was", () => {
		// The sidebar asks for everyone after every change; the table keeps each kind's list until one of that kind comes or goes.
		const names = ["People/Sam.md", "Friends/Sam.md", "SAM.md", "People/Ann 79996.md", "X/Ann 116073.md", "Notes/Idea.md"];
		const op = fc.record({
			kind: fc.constantFrom("add", "keep", "keep other", "letGo", "remove", "ask"),
			path: fc.constantFrom(...names),
			what: fc.constantFrom("a", "b"),
		});
		const walk = (table: NoteTable<Kept>, kind: typeof Kept) => {
			const out: string[] = [];
			table.each((k) => {
				if (k instanceof kind) out.push(`${k.path} ${k.what}`);
			});
			return out;
		};
		const listed = (list: readonly Kept[]) => list.map((k) => `${k.path} ${k.what}`);
		fc.assert(fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
			const table = new NoteTable<Kept>();
			const handedOut: { list: readonly Kept[]; was: string[] }[] = [];
			const last = new Map<typeof Kept, readonly Kept[]>();
			for (const o of ops) {
				// What the change takes out and puts in at its path (nothing for a path alone).
				const before = table.get(o.path);
				let after: Kept | undefined;
				if (o.kind === "add") table.add(o.path);
				else if (o.kind === "keep") table.keep((after = new Kept(o.path, o.what)));
				else if (o.kind === "keep other") table.keep((after = new Other(o.path, o.what)));
				else if (o.kind === "letGo") table.letGo(o.path);
				else if (o.kind === "remove") table.remove(o.path);
				const taken = o.kind === "add" || o.kind === "ask" ? undefined : before;
				for (const kind of [Other, Kept]) {
					// A list asked for without keeping it is the table as it is too.
					expect(listed(table.allAs(kind))).toEqual(walk(table, kind));
					const list = table.allAs(kind, true);
					expect(listed(list)).toEqual(walk(table, kind));
					// Nothing of this kind came or went: the list handed out before is handed out again.
					const previous = last.get(kind);
					if (previous && !(taken instanceof kind) && !(after instanceof kind)) expect(list, `${o.kind} ${o.path}`).toBe(previous);
					last.set(kind, list);
					if (o.kind === "ask") handedOut.push({ list, was: listed(list) });
				}
			}
			for (const { list, was } of handedOut) expect(listed(list)).toEqual(was);
		}), { numRuns: 500 });
	});
});

describe("the index keeps people and dated notes in its note table, and the table agrees with a map of its own", () => {
	it("after any sequence of adds, keeps, let-gos and removes", () => {
		const names = ["People/Sam.md", "Friends/Sam.md", "SAM.md", "People/Ann 79996.md", "X/Ann 116073.md", "René.md", "Rene\u0301.md"];
		const op = fc.record({ kind: fc.constantFrom("add", "keep", "letGo", "remove"), path: fc.constantFrom(...names), what: fc.string({ maxLength: 3 }) });
		fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
			const table = new NoteTable<Kept>();
			const there = new Set<string>();
			const kept = new Map<string, string>();
			for (const o of ops) {
				if (o.kind === "add") {
					table.add(o.path);
					there.add(o.path);
				} else if (o.kind === "keep") {
					table.keep(new Kept(o.path, o.what));
					there.add(o.path);
					kept.set(o.path, o.what);
				} else if (o.kind === "letGo") {
					table.letGo(o.path);
					kept.delete(o.path);
				} else {
					table.remove(o.path);
					there.delete(o.path);
					kept.delete(o.path);
				}
			}
			for (const p of names) {
				expect(table.has(p), p).toBe(there.has(p));
				expect(table.get(p)?.what, p).toBe(kept.get(p));
			}
			const visited: string[] = [];
			table.each((k) => visited.push(k.path));
			expect(visited.sort()).toEqual([...kept.keys()].sort());
		}), { numRuns: 500 });
	});
});
