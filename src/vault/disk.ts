// Reads a vault folder from disk into note records and settings, for the CLI and the tests (Node only).
import { Buffer } from "node:buffer";
import { closeSync, type Dirent, fstatSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { NoteRecord } from "../core/metadata";
import type { Problem } from "../core/model";
import { loadSettings, type AscentSettings, type SettingsProblem } from "../core/settings";
import type { DailyNoteFormat } from "../core/dailynotes";
import { readConventions, VAULT_CONFIG_FILES, type VaultConfigFiles, type VaultConventions, withConventions } from "../core/vault-config";
import { isPerson } from "../core/person";
import { parseNote } from "./markdown";
import { Interner, own } from "../core/compact";

export interface VaultOnDisk {
	records: NoteRecord[];
	/** The user's settings, as saved. */
	settings: AscentSettings;
	/** What the index works with: the settings plus the vault's template folders and files (never people). */
	indexSettings: AscentSettings;
	settingsProblems: SettingsProblem[];
	dailyNotes: DailyNoteFormat;
	conventions: VaultConventions;
	/** Folders and notes that could not be read (no permission, gone during the run): left out, each a problem. */
	readProblems: Problem[];
}

/** What a note's file was when it was read: its size and times, from the same open as its bytes (the CLI's report cache keys on them). */
export interface NoteFileInfo {
	path: string;
	size: number;
	mtimeMs: number;
	ctimeMs: number;
}

/** A note's bytes, and its file as they were read (looked at through the open that read them: no second path lookup). */
export interface NoteFile {
	bytes: Uint8Array;
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	/** 0 where the file system keeps no creation time. */
	birthtimeMs: number;
}

/** The file-system calls the reader makes; tests hand in ones that fail (a root user never meets EACCES). */
export interface VaultIo {
	readdir: (dir: string) => Dirent[];
	readNote: (path: string) => NoteFile;
}

export const NODE_IO: VaultIo = {
	readdir: (dir) => readdirSync(dir, { withFileTypes: true }),
	readNote,
};

/**
 * Reads a file and looks at it through the same open: one path lookup, where a look by path and a read cost two.
 * The bytes come in one read of the size the look gave, with a byte of room more to see that the file ends there;
 * `readFileSync` on the open file would look at it again for its size first: 21–37 ms over the bench's 30,201 notes
 * (PERFORMANCE.md, session 21).
 */
function readNote(path: string): NoteFile {
	const fd = openSync(path, "r");
	try {
		const info = fstatSync(fd);
		return { bytes: readToEnd(fd, info.size), size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, birthtimeMs: info.birthtimeMs };
	} finally {
		closeSync(fd);
	}
}

/**
 * The bytes of the file open at `fd`, which a look gave as `size` long. Read from its start by position, so the
 * file's own offset stays at 0: a file that reports no size (0, as /proc's do) or grew since the look is read to its
 * end by `readFileSync`, from the start. A read that stops short (a file that shrank) ends the file there.
 */
export function readToEnd(fd: number, size: number): Uint8Array {
	// Stryker disable next-line ConditionalExpression: speed-only; readFileSync reads any file whole, with a second look.
	if (size === 0) return readFileSync(fd);
	const room = Buffer.allocUnsafe(size + 1);
	let got = 0;
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; reading on past the size the look gave finds the end all the same, one read later.
	while (got < size) {
		const n = readSync(fd, room, got, size + 1 - got, got);
		if (n === 0) break;
		got += n;
	}
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only where it reads again a file that did not grow; a file that grew is read whole only this way (tests).
	return got > size ? readFileSync(fd) : room.subarray(0, got);
}

function unreadable(path: string, field: string, error: unknown): Problem {
	const code = (error as { code?: string }).code ?? "error";
	const why = code === "ENOENT" ? "disappeared while Ascent read the vault" : code === "EACCES" || code === "EPERM" ? "cannot be read (no permission)" : `cannot be read (${code})`;
	return { path, field, value: "", message: `${why}; it is left out of this report` };
}

/** The vault's notes as vault paths (`/` separated), built as the walk goes down rather than from full paths. */
function walk(io: VaultIo, dir: string, prefix: string, out: string[], problems: Problem[]): void {
	let entries: Dirent[];
	try {
		entries = io.readdir(dir);
	} catch (error) {
		problems.push(unreadable(prefix.replace(/\/$/, "") || "/", "folder", error));
		return;
	}
	for (const entry of entries) {
		if (entry.name.startsWith(".")) continue;
		if (entry.isDirectory()) walk(io, join(dir, entry.name), `${prefix}${entry.name}/`, out, problems);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) out.push(`${prefix}${entry.name}`);
	}
}

async function readJson(path: string): Promise<unknown> {
	try {
		return JSON.parse(await readFile(path, "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lossyUtf8 = new TextDecoder("utf-8");

/** Decodes a file as UTF-8; bytes that are not UTF-8 are replaced (and reported) instead of failing the note. */
export function decodeNote(bytes: Uint8Array): { text: string; error?: string } {
	try {
		return { text: strictUtf8.decode(bytes) };
	} catch {
		return { text: lossyUtf8.decode(bytes), error: "the file is not valid UTF-8; unreadable characters were replaced with \ufffd (save it as UTF-8)" };
	}
}

/**
 * A note as the index sees it. A file that is not text (NUL bytes) is read as a note with no content. `linkTexts`:
 * one string per distinct link text across the notes of one read (readNotes).
 */
export function recordFromText(path: string, text: string, ctime?: number, linkTexts?: Interner): NoteRecord {
	if (text.includes("\u0000")) {
		return { path, metadata: {}, content: "", ctime, fileError: "the file is not text (it holds NUL bytes); nothing in it was read" };
	}
	const parsed = parseNote(text);
	if (linkTexts) for (const link of parsed.metadata.links ?? []) link.link = linkTexts.of(link.link);
	const record: NoteRecord = { path, metadata: parsed.metadata, content: text };
	if (ctime !== undefined) record.ctime = ctime;
	if (parsed.frontmatterError) record.frontmatterError = parsed.frontmatterError;
	return record;
}

/** The vault's daily-notes and template settings, read from its `.obsidian` folder. */
export async function vaultConventions(vault: string, settings: AscentSettings): Promise<VaultConventions> {
	const files: VaultConfigFiles = {};
	for (const [key, path] of Object.entries(VAULT_CONFIG_FILES) as [keyof VaultConfigFiles, string][]) {
		files[key] = await readJson(join(vault, ".obsidian", ...path.split("/")));
	}
	return readConventions(settings, files);
}

/** The vault's notes (`.md`, not in dot folders), as sorted vault paths, and the folders that could not be listed. */
export interface NoteList {
	paths: string[];
	problems: Problem[];
}

export function listNotes(vault: string, io: VaultIo = NODE_IO): NoteList {
	const paths: string[] = [];
	const problems: Problem[] = [];
	walk(io, vault, "", paths, problems);
	paths.sort();
	return { paths, problems };
}

/** What reading a vault's notes needs first: its settings and conventions. */
export type VaultSetup = Pick<VaultOnDisk, "settings" | "indexSettings" | "settingsProblems" | "dailyNotes" | "conventions">;

/** The vault's settings (Ascent's data.json) and conventions (daily notes, templates); throws when it is no folder. */
export async function vaultSetup(vault: string): Promise<VaultSetup> {
	const info = await stat(vault);
	if (!info.isDirectory()) throw new Error(`${vault} is not a folder`);
	const { settings, problems } = loadSettings(await readJson(join(vault, ".obsidian", "plugins", "ascent", "data.json")));
	const conventions = await vaultConventions(vault, settings);
	return { settings, indexSettings: withConventions(settings, conventions), settingsProblems: problems, dailyNotes: conventions.dailyNotes, conventions };
}

/**
 * The notes at `paths`, read one at a time as the caller asks for the next: a caller that keeps only what it needs
 * of each (the index's build) never holds the whole vault's metadata. A note that cannot be read is left out and
 * added to `readProblems`; each note read is added to `files` with its size and times.
 */
export function* readNotes(vault: string, paths: readonly string[], io: VaultIo, settings: AscentSettings, readProblems: Problem[], files: NoteFileInfo[]): Generator<NoteRecord, void, void> {
	// One file at a time, synchronously: for a command-line report this is the fastest way through 30,000 small
	// files (a promise per file cost five times the reading itself), and it never holds more than one file open.
	// A link's text is cut from its note's text, and V8 keeps a cut as a view that holds the whole text: the index
	// keeps link texts (whom a dated note mentions, a task's link), and with them every dated note's text (11 MB of
	// the bench's large vault). Each distinct text is copied once and shared by the notes that use it, as it is read
	// (the text just parsed is at hand): the bench's 200,000 links name its 10,000 people (PERFORMANCE.md, session 17).
	const linkTexts = new Interner(own);
	for (const path of paths) {
		let file: NoteFile;
		try {
			file = io.readNote(join(vault, path));
		} catch (error) {
			readProblems.push(unreadable(path, "file", error));
			continue;
		}
		files.push({ path, size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs });
		const decoded = decodeNote(file.bytes);
		const record = recordFromText(path, decoded.text, undefined, linkTexts);
		// Only a person's creation time is used, and only where the settings allow it (for a missing first-met date).
		if (settings.metFromFileTime && isPerson(record, settings)) record.ctime = file.birthtimeMs || file.mtimeMs;
		if (decoded.error && !record.fileError) record.fileError = decoded.error;
		yield record;
	}
}

/** Reads the vault (`listed`: its notes, when the caller has listed them already). */
export async function readVault(vault: string, io: VaultIo = NODE_IO, listed?: NoteList): Promise<VaultOnDisk> {
	const setup = await vaultSetup(vault);
	const { paths, problems: listProblems } = listed ?? listNotes(vault, io);
	const readProblems: Problem[] = [...listProblems];
	const records = [...readNotes(vault, paths, io, setup.indexSettings, readProblems, [])];
	return { ...setup, records, readProblems };
}
