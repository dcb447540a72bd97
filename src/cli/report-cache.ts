// The CLI's cache of finished reports (Node only): a second `ascent report` with the same options on a vault where
// nothing changed prints what the first printed, after looking at every note's size and times but reading none.
// Kept outside the vault, in the user's cache folder: one file per report (named by hashes of the vault's path and
// the options, so that a run reads only its own), the vault's eight most recently written kept.
//
// A report is taken from the cache only when all of these are as they were: the list of notes, each note's size,
// modification and change times, the bytes of the settings files the report reads (Ascent's data.json, daily notes,
// Periodic Notes, templates, Templater, the community-plugins list), the options (`--today` included, or today's
// date when it is left out), and the code that made it. Anything else (a note added, changed, gone or renamed; a
// corrupt cache, another vault's, one made by other code) means the vault is read as without a cache, and the cache is
// written again. A note modified in the two seconds before the cache is written leaves it unwritten: a second edit
// within a file system's time resolution could keep size and time (git's "racy" rule).
//
// Why whole reports rather than parsed notes: a cache of every note's metadata (issue 20, branch wip/record-cache) was
// as slow to read as the notes are to parse (97 MB of JSON for 11.5 MB of notes), and the index and the report cost as
// much again after it. So a changed vault is read in full; PERFORMANCE.md has the figures.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import envPaths from "env-paths";
import { VAULT_CONFIG_FILES } from "../core/vault-config";
import type { NoteFileInfo } from "../vault/disk";

const FORMAT = "ascent-report-cache/3";
/** A note changed this close to the cache's writing keeps the cache from being written. */
export const RACY_MS = 2000;
/** Reports kept per vault, one file each (one per set of options: text, JSON, markdown, another day…). */
export const KEEP = 8;

/**
 * A cache file: this header as one line of JSON, then the report's stderr and stdout as they were printed, their
 * lengths in the header. The report is not a JSON string inside the file: writing an 11 MB report as one took 45 ms
 * and reading it back 20 ms on the bench's large vault, for nothing a line of lengths does not do (PERFORMANCE.md).
 */
interface CacheHeader {
	format: string;
	code: string;
	vault: string;
	options: string;
	state: string;
	stderrLength: number;
	stdoutLength: number;
}

/** The user's cache folder for Ascent (`ASCENT_CACHE_DIR` when set; else XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%). */
export function userCacheDir(env: Record<string, string | undefined> = process.env): string {
	return env.ASCENT_CACHE_DIR || envPaths("ascent", { suffix: "" }).cache;
}

/** A SHA-256 digest in hexadecimal. */
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hash16 = (text: string) => sha256(text).slice(0, 16);

/** The files of `vault`'s reports inside `dir` start with this. */
export function cachePrefixFor(vault: string): string {
	return `reports-${hash16(vault)}-`;
}

/** The file that caches `vault`'s report with `options` inside `dir` (one file per report: a run reads only its own). */
export function cacheFileFor(dir: string, vault: string, options: string): string {
	return join(dir, `${cachePrefixFor(vault)}${hash16(options)}.json`);
}

/** The folders of the code that makes a report (the CLI, the core, the importers, the reader), from the project's root. */
const CODE_FOLDERS = ["src/cli", "src/core", "src/core/import", "src/vault"];
/** The package's manifest and lock file: the libraries that read notes (yaml, micromark) are in them. */
const PACKAGE_FILES = ["package.json", "package-lock.json"];

/**
 * What a report depends on besides the vault: the code under `root` (the project) that makes it, by the names, sizes
 * and times of the files in CODE_FOLDERS and of PACKAGE_FILES, so that an edited or upgraded Ascent never prints an
 * older Ascent's report. A folder or file that is not there adds nothing (it holds no code).
 */
export function fingerprintOf(root: string): string {
	const hash = createHash("sha256").update(FORMAT);
	for (const folder of CODE_FOLDERS) {
		const dir = join(root, ...folder.split("/"));
		try {
			// Stryker disable next-line MethodExpression: on ext4 a folder lists in an order of the names alone (on tmpfs, in the order they were made: the test's two trees differ there).
			for (const name of readdirSync(dir).sort()) {
				const info = statSync(join(dir, name));
				hash.update(`${folder}/${name}\u0000${info.size}\u0000${info.mtimeMs}\u0000`);
			}
		} catch {
			// Not there (or a file gone during the look): what is there is what the hash says.
		}
	}
	for (const file of PACKAGE_FILES) {
		try {
			const info = statSync(join(root, file));
			hash.update(`${file}\u0000${info.size}\u0000${info.mtimeMs}\u0000`);
		} catch {
			// Not there: it adds nothing.
		}
	}
	return hash.digest("hex").slice(0, 16);
}

let fingerprint: string | undefined;
/** The fingerprint of this checkout's code (computed once per process). */
export function codeFingerprint(): string {
	// Computed again it is the same (speed-only); its path is read once per process, before any mutant runs, and
	// tests/cli/report-cache.test.ts checks it against the checkout's root.
	// Stryker disable next-line LogicalOperator,AssignmentOperator,StringLiteral: as above.
	fingerprint ??= fingerprintOf(join(dirname(fileURLToPath(import.meta.url)), "..", ".."));
	return fingerprint;
}

/** The vault as a report sees it, in one hash: its notes' paths, sizes and times, and its settings files' bytes. */
export interface VaultState {
	hash: string;
	/** The latest modification time among the notes (for the racy rule). */
	newestMs: number;
}

/**
 * Looks at `paths` (the vault's notes, as the reader lists them) without reading them. Null when one cannot be
 * looked at: the report then reads the vault, which names the problem.
 */
export function vaultState(vault: string, paths: readonly string[]): VaultState | null {
	const files: NoteFileInfo[] = [];
	for (const path of paths) {
		try {
			const info = statSync(join(vault, path));
			files.push({ path, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs });
		} catch {
			return null;
		}
	}
	return stateOf(files, settingsState(vault));
}

/**
 * The same state from what the reader saw as it read each note (`readNotes`' files, in the listing's order), so that
 * a run with no report cached for its options looks at no note before reading it. `settings` is `settingsState`,
 * taken before the vault was read: a setting saved during the run then changes the state, never the other way round.
 */
export function stateOf(files: readonly NoteFileInfo[], settings: string): VaultState {
	const hash = createHash("sha256");
	let newestMs = 0;
	for (const { path, size, mtimeMs, ctimeMs } of files) {
		newestMs = Math.max(newestMs, mtimeMs);
		hash.update(`${path}\u0000${size}\u0000${mtimeMs}\u0000${ctimeMs}\n`);
	}
	hash.update(settings);
	return { hash: hash.digest("hex"), newestMs };
}

/** The bytes of the settings files a report reads, as one line each of the state's hash. */
export function settingsState(vault: string): string {
	// Stryker disable next-line StringLiteral: what the lines start with is the same for every state.
	let lines = "";
	for (const file of ["plugins/ascent/data.json", ...Object.values(VAULT_CONFIG_FILES)]) {
		let bytes: Uint8Array | null = null;
		try {
			bytes = readFileSync(join(vault, ".obsidian", ...file.split("/")));
		} catch {
			// Not there: that too is part of the state.
		}
		// Stryker disable next-line StringLiteral: any mark for a missing file that no digest can be.
		lines += `${file}\u0000${bytes === null ? "-" : sha256(bytes)}\n`;
	}
	return lines;
}

/** A cache file's text, where its header ends, and the header; null when there is none or it cannot be read as JSON. */
function readCacheFile(file: string): { text: string; headerEnd: number; header: Partial<CacheHeader> | null } | null {
	try {
		const text = readFileSync(file, "utf8");
		const headerEnd = text.indexOf("\n");
		return { text, headerEnd, header: JSON.parse(text.slice(0, headerEnd)) as Partial<CacheHeader> | null };
	} catch {
		return null;
	}
}

/** A length read from a cache's header: a whole number of at least 0, else NaN (which no sum of lengths equals). */
const count = (n: unknown): number => (Number.isSafeInteger(n) && (n as number) >= 0 ? (n as number) : NaN);

export class ReportCache {
	private constructor(private readonly dir: string, private readonly vault: string, private readonly code: string) {}

	/** The cache of `vault` (an absolute path) in `dir`. */
	static open(dir: string, vault: string, code = codeFingerprint()): ReportCache {
		return new ReportCache(dir, vault, code);
	}

	/**
	 * The report made with `options` when the vault was in the state `look` finds, else null (none, another state,
	 * unreadable, foreign). `look` is called only when a report made with these options by this code is there: a run
	 * with nothing cached looks at no note before it reads them.
	 */
	get(options: string, look: () => VaultState | null): { stdout: string; stderr: string } | null {
		const read = readCacheFile(cacheFileFor(this.dir, this.vault, options));
		if (read === null) return null;
		const { text, headerEnd, header: c } = read;
		if (!c || c.format !== FORMAT || c.code !== this.code || c.vault !== this.vault || c.options !== options) return null;
		const state = look();
		if (!state || c.state !== state.hash) return null;
		const start = headerEnd + 1;
		const errLength = count(c.stderrLength);
		// Lengths that are no counts, or a file cut short or grown, hold no report of this run's.
		if (start + errLength + count(c.stdoutLength) !== text.length) return null;
		return { stderr: text.slice(start, start + errLength), stdout: text.slice(start + errLength) };
	}

	/**
	 * Keeps `report` for `options` in `state`, through a temporary file and a rename, so that a run that stops half way
	 * never leaves half a cache; then the vault's oldest reports beyond KEEP go. Not written while a note is being
	 * edited (racy), nor when the folder cannot be written: the report is the same without it. Returns whether it wrote.
	 */
	save(options: string, state: VaultState, report: { stdout: string; stderr: string }, now = Date.now()): boolean {
		if (state.newestMs >= now - RACY_MS) return false;
		const header: CacheHeader = { format: FORMAT, code: this.code, vault: this.vault, options, state: state.hash, stderrLength: report.stderr.length, stdoutLength: report.stdout.length };
		const file = cacheFileFor(this.dir, this.vault, options);
		const temporary = `${file}.${process.pid}.tmp`;
		try {
			mkdirSync(this.dir, { recursive: true });
			writeFileSync(temporary, `${JSON.stringify(header)}\n${report.stderr}${report.stdout}`);
			renameSync(temporary, file);
		} catch {
			try {
				// Stryker disable next-line ObjectLiteral,BooleanLiteral: a temporary file that was never made throws here either way, and is caught below.
				rmSync(temporary, { force: true });
			} catch {
				// The folder itself could not be made or read: there is no temporary file to remove.
			}
			return false;
		}
		this.prune();
		return true;
	}

	/** Removes this vault's least recently written reports beyond KEEP (another run may be removing them too). */
	private prune(): void {
		try {
			const prefix = cachePrefixFor(this.vault);
			const files = readdirSync(this.dir).filter((name) => name.startsWith(prefix) && name.endsWith(".json"))
				.map((name) => ({ name, written: statSync(join(this.dir, name)).mtimeMs }))
				.sort((a, b) => b.written - a.written);
			// Stryker disable next-line ObjectLiteral,BooleanLiteral: only another run removing the same file at the same moment could tell.
			for (const { name } of files.slice(KEEP)) rmSync(join(this.dir, name), { force: true });
		} catch {
			// A file gone between the listing and the removal: nothing left to prune.
		}
	}
}
