// The disk reader (src/vault/disk.ts): which files of a vault folder are notes, what a damaged or unreadable file
// becomes, and what it takes from the vault's `.obsidian` folder. Each case is what a user of the CLI would see.
import { Buffer } from "node:buffer";
import type { Dirent } from "node:fs";
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeNote, listNotes, NODE_IO, type NoteFileInfo, readNotes, readToEnd, readVault, recordFromText, type VaultIo } from "../../src/vault/disk";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A vault folder holding `files` (path → text or bytes). */
function vault(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), "ascent-disk-"));
	made.push(dir);
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(join(dir, path, ".."), { recursive: true });
		writeFileSync(join(dir, path), body);
	}
	return dir;
}

describe("which files are notes", () => {
	it("every .md file at any depth (any case of the extension), in path order; hidden files and folders, other files and links are not", async () => {
		const dir = vault({
			"b.md": "", "a.md": "", "Notes/Zed.MD": "", "Notes/deep/er/x.md": "", "Notes/folder.md/inside.md": "",
			".obsidian/workspace.md": "", ".trash/deleted.md": "", "Notes/.hidden.md": "", "Notes/ends-with-dot.": "",
			"picture.png": "", "notes.txt": "", "README.markdown": "",
		});
		const outside = vault({ "Secret.md": "---\ntags: person\n---\n" });
		symlinkSync(join(outside, "Secret.md"), join(dir, "Notes/Link.md"));
		const { records } = await readVault(dir);
		expect(records.map((r) => r.path)).toEqual(["Notes/Zed.MD", "Notes/deep/er/x.md", "Notes/folder.md/inside.md", "a.md", "b.md"]);
	});

	it("a note whose text is not UTF-8 is read with replacement characters and a problem; a note holding NUL bytes is read as empty", async () => {
		const dir = vault({
			"People/Latin.md": Uint8Array.from([...Buffer.from("---\ncadence: 7\n---\nCaf"), 0xe9, 0x0a]),
			"People/Binary.md": Uint8Array.from([0x00, 0x01, 0xff, 0x5b, 0x5b, 0x41, 0x5d, 0x5d]),
			"People/Fine.md": "Met [[Ann]]\n",
		});
		const byPath = new Map((await readVault(dir)).records.map((r) => [r.path, r]));
		expect(byPath.get("People/Latin.md")).toMatchObject({
			content: "---\ncadence: 7\n---\nCaf\ufffd\n",
			metadata: { frontmatter: { cadence: 7 } },
			fileError: "the file is not valid UTF-8; unreadable characters were replaced with \ufffd (save it as UTF-8)",
		});
		// NUL bytes and bad UTF-8 at once: the first problem is the one that says what was done (nothing was read).
		expect(byPath.get("People/Binary.md")).toEqual({
			path: "People/Binary.md", metadata: {}, content: "", ctime: undefined, fileError: "the file is not text (it holds NUL bytes); nothing in it was read",
		});
		expect(byPath.get("People/Fine.md")?.fileError).toBeUndefined();
		expect(byPath.get("People/Fine.md")?.metadata.links?.map((l) => l.link)).toEqual(["Ann"]);
	});

	it("decodes UTF-8 as written, with no problem", () => {
		expect(decodeNote(Buffer.from("Zoë · 東京"))).toEqual({ text: "Zoë · 東京" });
	});

	it("a record: a creation time only when given, a properties problem only when there is one", () => {
		const plain = recordFromText("a.md", "---\ncadence: 7\n---\n");
		expect(plain).toEqual({ path: "a.md", metadata: plain.metadata, content: "---\ncadence: 7\n---\n" });
		expect("ctime" in plain).toBe(false);
		expect(recordFromText("a.md", "text", 1234).ctime).toBe(1234);
		expect(recordFromText("a.md", "---\ncadence: [7\n---\n").frontmatterError).toMatch(/./);
	});
});

describe("reading a note", () => {
	it("gives its bytes, and its size and times as a look at the file gives them; an empty note, no bytes", () => {
		const dir = vault({ "People/Ann.md": "---\ntags: person\n---\n# Ann ✓\n", "empty.md": "" });
		for (const path of ["People/Ann.md", "empty.md"]) {
			const full = join(dir, path);
			const file = NODE_IO.readNote(full);
			const info = statSync(full);
			expect(Buffer.from(file.bytes).equals(readFileSync(full))).toBe(true);
			expect([file.size, file.mtimeMs, file.ctimeMs, file.birthtimeMs]).toEqual([info.size, info.mtimeMs, info.ctimeMs, info.birthtimeMs]);
		}
		expect(NODE_IO.readNote(join(dir, "empty.md")).bytes.length).toBe(0);
	});

	it.runIf(process.platform === "linux")("a file whose size the file system does not tell (0, as /proc's) is read to its end", () => {
		const file = NODE_IO.readNote("/proc/self/status");
		expect(file.size).toBe(0);
		expect(Buffer.from(file.bytes).toString("utf8")).toMatch(/^Name:/);
	});

	it("a note that grew or shrank between its look and its read is read as it is at the read", () => {
		const dir = vault({ "grew.md": "one", "shrank.md": "a longer note\n", "same.md": "as it was" });
		const readAfter = (name: string, change: (path: string) => void): string => {
			const path = join(dir, name);
			const fd = openSync(path, "r");
			try {
				const size = fstatSync(fd).size;
				change(path);
				return Buffer.from(readToEnd(fd, size)).toString("utf8");
			} finally {
				closeSync(fd);
			}
		};
		expect(readAfter("grew.md", (path) => appendFileSync(path, " and two"))).toBe("one and two");
		expect(readAfter("shrank.md", (path) => truncateSync(path, 6))).toBe("a long");
		expect(readAfter("same.md", () => undefined)).toBe("as it was");
	});

	it.runIf(existsSync("/sys/kernel/mm/transparent_hugepage/enabled"))("a file that reports more bytes than it holds (4096, as /sys's do) gives the bytes it holds", () => {
		const path = "/sys/kernel/mm/transparent_hugepage/enabled";
		const file = NODE_IO.readNote(path);
		expect(file.bytes.length).toBeLessThan(file.size);
		expect(Buffer.from(file.bytes).equals(readFileSync(path))).toBe(true);
	});

	it.runIf(process.platform === "linux")("leaves no file open (one note after another, 200 times)", () => {
		const dir = vault({ "a.md": "one", "empty.md": "" });
		const open = () => readdirSync("/proc/self/fd").length;
		const before = open();
		for (let i = 0; i < 100; i++) {
			NODE_IO.readNote(join(dir, "a.md"));
			NODE_IO.readNote(join(dir, "empty.md"));
		}
		expect(open()).toBe(before);
	});

	it("the reader lists each note it read with its size and times, in the listing's order", async () => {
		const dir = vault({ "b.md": "two", "A/a.md": "one!" });
		const files: NoteFileInfo[] = [];
		const records = [...readNotes(dir, listNotes(dir).paths, NODE_IO, DEFAULT_SETTINGS, [], files)];
		expect(records.map((r) => r.path)).toEqual(["A/a.md", "b.md"]);
		expect(files.map((f) => [f.path, f.size, f.mtimeMs])).toEqual(["A/a.md", "b.md"].map((p) => [p, statSync(join(dir, p)).size, statSync(join(dir, p)).mtimeMs]));
	});
});

describe("link texts shared across the notes of one read", () => {
	it("each note's links read exactly as the note read alone (aliases, headings, paths, case, long names)", () => {
		const notes: Record<string, string> = {
			"Journal/2026-11-02.md": "Coffee with [[Samantha Lee-Whitfield]] and [[People/Dana Ortiz|Dana]].\n- [ ] send [[Samantha Lee-Whitfield#Work]] the deck\n",
			"Journal/2026-11-03.md": "Call with [[samantha lee-whitfield]], then [[Samantha Lee-Whitfield|Sam]] again; [[People/Dana Ortiz]].\n",
			"Meetings/Board.md": "---\npeople: [\"[[Samantha Lee-Whitfield]]\"]\n---\n> quoted [[Dana Ortiz]]\n",
			"People/Samantha Lee-Whitfield.md": "---\ntags: [person]\n---\nMet through [[Dana Ortiz]].\n",
		};
		const dir = vault(notes);
		const records = [...readNotes(dir, listNotes(dir).paths, NODE_IO, DEFAULT_SETTINGS, [], [])];
		expect(records.map((r) => r.path)).toEqual(Object.keys(notes).sort());
		for (const record of records) {
			const alone = recordFromText(record.path, notes[record.path] as string);
			expect(record.metadata.links).toEqual(alone.metadata.links);
			expect(record.metadata.links?.length).toBeGreaterThan(0);
		}
	});
});

describe("files and folders that cannot be read", () => {
	const fail = (code?: string) => Object.assign(new Error("boom"), code === undefined ? {} : { code });
	function failing(paths: Record<string, string | undefined>): VaultIo {
		const hit = (path: string) => Object.keys(paths).find((p) => path.replace(/\\/g, "/").endsWith(p));
		return {
			...NODE_IO,
			readdir: (d: string): Dirent[] => {
				const p = hit(`${d}/`);
				if (p !== undefined) throw fail(paths[p]);
				return readdirSync(d, { withFileTypes: true });
			},
			readNote: (path: string) => {
				const p = hit(path);
				if (p !== undefined) throw fail(paths[p]);
				return NODE_IO.readNote(path);
			},
		};
	}

	it.each([
		["ENOENT", "disappeared while Ascent read the vault"],
		["EACCES", "cannot be read (no permission)"],
		["EPERM", "cannot be read (no permission)"],
		["EIO", "cannot be read (EIO)"],
		[undefined, "cannot be read (error)"],
	])("a note failing with %s: one problem naming it, the other notes read", async (code, why) => {
		const dir = vault({ "People/Ann.md": "", "People/Bo.md": "" });
		const result = await readVault(dir, failing({ "People/Ann.md": code }));
		expect(result.records.map((r) => r.path)).toEqual(["People/Bo.md"]);
		expect(result.readProblems).toEqual([{ path: "People/Ann.md", field: "file", value: "", message: `${why}; it is left out of this report` }]);
	});

	it("a folder that cannot be listed is named by its vault path (the vault itself as /); the rest is read", async () => {
		const dir = vault({ "A/B/x.md": "", "A/y.md": "", "z.md": "" });
		const nested = await readVault(dir, failing({ "A/B/": "EACCES" }));
		expect(nested.records.map((r) => r.path)).toEqual(["A/y.md", "z.md"]);
		expect(nested.readProblems).toEqual([{ path: "A/B", field: "folder", value: "", message: "cannot be read (no permission); it is left out of this report" }]);
		const root = await readVault(dir, { ...NODE_IO, readdir: () => { throw fail("EACCES"); } });
		expect(root.readProblems.map((p) => [p.path, p.field])).toEqual([["/", "folder"]]);
	});

	it("a path that is not a folder is refused by name", async () => {
		const dir = vault({ "note.md": "" });
		await expect(readVault(join(dir, "note.md"))).rejects.toThrow(`${join(dir, "note.md")} is not a folder`);
	});
});

describe("what comes from the vault's .obsidian folder", () => {
	it("Ascent's saved settings (and their problems), the daily-notes settings and the template folder", async () => {
		const dir = vault({
			".obsidian/plugins/ascent/data.json": JSON.stringify({ version: 2, personFolders: ["Crew"], defaultCadenceDays: -3 }),
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Diary", format: "YYYY/MM-DD" }),
			".obsidian/templates.json": JSON.stringify({ folder: "Blueprints" }),
			"Crew/Ann.md": "",
		});
		const result = await readVault(dir);
		expect(result.settings.personFolders).toEqual(["Crew"]);
		expect(result.settingsProblems.map((p) => p.key)).toEqual(["defaultCadenceDays"]);
		expect(result.dailyNotes).toEqual({ folder: "Diary", format: "YYYY/MM-DD" });
		expect(result.conventions.templateFolders).toEqual(["Blueprints"]);
		expect(result.indexSettings.excludedFolders).toContain("/Blueprints");
	});

	it("a person's file creation time only with the setting on, and only for people", async () => {
		const files = { "People/Ann.md": "", "Journal/2026-01-02.md": "Met [[Ann]]" };
		const off = await readVault(vault(files));
		expect(off.records.every((r) => r.ctime === undefined)).toBe(true);
		const dir = vault({ ...files, ".obsidian/plugins/ascent/data.json": JSON.stringify({ version: 2, metFromFileTime: true }) });
		// Modified a day after it was made: the creation time is the one read (where the file system keeps one).
		const made = statSync(join(dir, "People/Ann.md")).birthtimeMs;
		utimesSync(join(dir, "People/Ann.md"), (made + 86_400_000) / 1000, (made + 86_400_000) / 1000);
		const on = new Map((await readVault(dir)).records.map((r) => [r.path, r.ctime]));
		const info = statSync(join(dir, "People/Ann.md"));
		expect(info.mtimeMs).not.toBe(info.birthtimeMs);
		expect(on.get("People/Ann.md")).toBe(info.birthtimeMs || info.mtimeMs);
		expect(on.get("Journal/2026-01-02.md")).toBeUndefined();
	});
});
