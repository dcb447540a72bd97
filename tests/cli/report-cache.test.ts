// The CLI's cache of finished reports: a second run with the same options on an unchanged vault reads no note, and
// every run prints exactly what a run without the cache prints, whatever happened to the vault (a note changed,
// added, deleted, renamed; a setting changed) or to the cache (corrupt, another vault's, older code's, not writable).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { cacheFileFor, cachePrefixFor, codeFingerprint, fingerprintOf, KEEP, RACY_MS, ReportCache, userCacheDir, vaultState } from "../../src/cli/report-cache";
import { NODE_IO, type VaultIo } from "../../src/vault/disk";

const EXAMPLE = join(__dirname, "../../examples/vault");
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example vault whose notes were last modified an hour ago (so none is too fresh to cache). */
function vaultCopy(): { vault: string; cacheDir: string } {
	const root = mkdtempSync(join(tmpdir(), "ascent-cache-"));
	made.push(root);
	const vault = join(root, "vault");
	cpSync(EXAMPLE, vault, { recursive: true });
	ageAll(vault);
	return { vault, cacheDir: join(root, "cache") };
}

const HOUR_AGO = (Date.now() - 3_600_000) / 1000;
function ageAll(dir: string, seconds = HOUR_AGO): void {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) ageAll(full, seconds);
		else utimesSync(full, seconds, seconds);
	}
}

/** The file system, counting the notes it reads. */
function countingIo(): VaultIo & { reads: string[] } {
	const reads: string[] = [];
	return { ...NODE_IO, reads, readNote: (path) => (reads.push(path.replace(/\\/g, "/")), NODE_IO.readNote(path)) };
}

const ARGS = (vault: string, ...more: string[]) => ["report", "--vault", vault, "--today", "2026-11-30", "--json", ...more];

async function report(vault: string, cacheDir?: string, io: VaultIo = NODE_IO, ...more: string[]): Promise<string> {
	const result = await run(ARGS(vault, ...more), process.cwd(), io, { cacheDir });
	expect(result.code, result.stderr).toBe(0);
	return result.stdout;
}

/** The vault is read again and prints `expected`; then a third run reads nothing and prints the same. */
async function readAgainThenCached(vault: string, cacheDir: string, expected: string, minReads: number): Promise<void> {
	const io = countingIo();
	expect(await report(vault, cacheDir, io)).toBe(expected);
	expect(io.reads.length).toBeGreaterThan(minReads);
	const again = countingIo();
	expect(await report(vault, cacheDir, again)).toBe(expected);
	expect(again.reads).toEqual([]);
}

const SAM = "People/Sam Rivera.md";

/** The vault's cached reports in `cacheDir`, as full paths, oldest name first. */
function cached(cacheDir: string, vault: string): string[] {
	if (!existsSync(cacheDir)) return [];
	return readdirSync(cacheDir).filter((name) => name.startsWith(cachePrefixFor(vault))).sort().map((name) => join(cacheDir, name));
}

describe("the CLI's cache of finished reports", () => {
	it("a second run with the same options on an unchanged vault reads no note, and prints the same", async () => {
		const { vault, cacheDir } = vaultCopy();
		const uncached = await report(vault);
		const first = countingIo();
		expect(await report(vault, cacheDir, first)).toBe(uncached);
		expect(first.reads.length).toBeGreaterThan(20);
		expect(cached(cacheDir, vault)).toHaveLength(1);
		const second = countingIo();
		expect(await report(vault, cacheDir, second)).toBe(uncached);
		expect(second.reads).toEqual([]);
	});

	it("other options are another report: text, markdown, a limit, another day, a place; each cached on its own", async () => {
		const { vault, cacheDir } = vaultCopy();
		const variants = [
			["report", "--vault", vault, "--today", "2026-11-30"],
			["report", "--vault", vault, "--today", "2026-11-30", "--markdown"],
			["report", "--vault", vault, "--today", "2026-11-30", "--limit", "2"],
			["report", "--vault", vault, "--today", "2026-12-24"],
			["report", "--vault", vault, "--today", "2026-11-30", "--location", "Berlin"],
		];
		const uncached = await Promise.all(variants.map(async (args) => (await run(args)).stdout));
		expect(new Set(uncached).size).toBe(variants.length);
		for (const pass of [1, 2]) {
			for (const [i, args] of variants.entries()) {
				const io = countingIo();
				expect((await run(args, process.cwd(), io, { cacheDir })).stdout).toBe(uncached[i]);
				expect(io.reads.length > 0, `pass ${pass}, ${args.slice(3).join(" ")}`).toBe(pass === 1);
			}
		}
	});

	it.each([
		["a note changed (same size, new time)", (vault: string) => {
			const path = join(vault, SAM);
			const text = readFileSync(path, "utf8");
			expect(text).toContain("birthday: 1988-04-19");
			writeFileSync(path, text.replace("birthday: 1988-04-19", "birthday: 1988-12-01"));
			utimesSync(path, HOUR_AGO + 60, HOUR_AGO + 60);
		}],
		["a note changed (new size, its old time put back)", (vault: string) => {
			const path = join(vault, SAM);
			writeFileSync(path, `${readFileSync(path, "utf8")}\n- 2026-11-28 #call Caught up\n`);
			utimesSync(path, HOUR_AGO, HOUR_AGO);
		}],
		["a note changed (same size, its old time put back: only its change time moved)", (vault: string) => {
			const path = join(vault, SAM);
			writeFileSync(path, readFileSync(path, "utf8").replace("birthday: 1988-04-19", "birthday: 1988-12-01"));
			utimesSync(path, HOUR_AGO, HOUR_AGO);
		}],
		["a note added", (vault: string) => {
			const path = join(vault, "People/Nia Okafor.md");
			writeFileSync(path, "---\ntags: [person]\nlast-contact: 2025-01-02\ncadence: 1m\n---\n# Nia Okafor\n");
			utimesSync(path, HOUR_AGO, HOUR_AGO);
		}],
		["a note deleted", (vault: string) => rmSync(join(vault, SAM))],
		["a note renamed (same size and times)", (vault: string) => renameSync(join(vault, SAM), join(vault, "People/Samuel Rivera.md"))],
		["Ascent's settings changed", (vault: string) => {
			const path = join(vault, ".obsidian/plugins/ascent/data.json");
			mkdirSync(join(vault, ".obsidian/plugins/ascent"), { recursive: true });
			writeFileSync(path, JSON.stringify({ defaultCadenceDays: 7 }));
			utimesSync(path, HOUR_AGO, HOUR_AGO);
		}],
		["the templates folder changed (Obsidian's settings, not Ascent's)", (vault: string) => {
			// Notes in the templates folder are never read: calling the journal the templates folder empties it.
			const path = join(vault, ".obsidian/templates.json");
			writeFileSync(path, JSON.stringify({ folder: "Journal" }));
			utimesSync(path, HOUR_AGO, HOUR_AGO);
		}],
	])("%s: the vault is read again, the report is the one without a cache, and the next run reads nothing", async (_, change) => {
		const { vault, cacheDir } = vaultCopy();
		const before = await report(vault, cacheDir);
		change(vault);
		const uncached = await report(vault);
		expect(uncached).not.toBe(before);
		await readAgainThenCached(vault, cacheDir, uncached, 20);
	});

	it("a setting saved while the notes are read: the next run reads again, never printing the report of the old setting", async () => {
		const { vault, cacheDir } = vaultCopy();
		const before = await report(vault);
		let saved = false;
		// The first note read saves a setting (in Obsidian, say) while this run goes on with the one it loaded.
		const io: VaultIo = { ...NODE_IO, readNote: (path) => {
			if (!saved) {
				saved = true;
				mkdirSync(join(vault, ".obsidian/plugins/ascent"), { recursive: true });
				writeFileSync(join(vault, ".obsidian/plugins/ascent/data.json"), JSON.stringify({ defaultCadenceDays: 7 }));
				ageAll(join(vault, ".obsidian"));
			}
			return NODE_IO.readNote(path);
		} };
		expect(await report(vault, cacheDir, io)).toBe(before);
		const after = await report(vault);
		expect(after).not.toBe(before);
		await readAgainThenCached(vault, cacheDir, after, 20);
	});

	it("a note modified in the last two seconds keeps the cache from being written (it may change again unseen)", async () => {
		const { vault, cacheDir } = vaultCopy();
		const now = Date.now() / 1000;
		utimesSync(join(vault, SAM), now, now);
		await report(vault, cacheDir);
		expect(cached(cacheDir, vault)).toEqual([]);
		const io = countingIo();
		await report(vault, cacheDir, io);
		expect(io.reads.length).toBeGreaterThan(20);
	});

	it.each([
		["corrupt (not JSON)", (file: string) => writeFileSync(file, "{\"format\": \"ascent-report-ca")],
		["JSON of another shape", (file: string) => writeFileSync(file, "[1, 2, 3]")],
		["another vault's", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"vault":"[^"]*"/, "\"vault\":\"/elsewhere\""))],
		["made by other code", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"code":"[^"]*"/, "\"code\":\"0123456789abcdef\""))],
		["cut short (its report's last character gone)", (file: string) => writeFileSync(file, readFileSync(file, "utf8").slice(0, -1))],
		["grown (a line added after its report)", (file: string) => writeFileSync(file, `${readFileSync(file, "utf8")}more\n`)],
		["holding no length for its report", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"stdoutLength":\d+/, "\"stdoutLength\":null"))],
		["holding no length for its messages", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"stderrLength":\d+/, "\"stderrLength\":null"))],
		["holding lengths that are no counts (-1, and one more)", (file: string) => writeFileSync(file, readFileSync(file, "utf8")
			.replace(/"stderrLength":(\d+)/, (_, n: string) => `"stderrLength":${Number(n) - 1}`).replace(/"stdoutLength":(\d+)/, (_, n: string) => `"stdoutLength":${Number(n) + 1}`))],
		["of another format", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"format":"[^"]*"/, "\"format\":\"ascent-report-cache/9\""))],
		["made for other options", (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/"options":"(\\.|[^"\\])*"/, "\"options\":\"{}\""))],
		["not a header at all (null)", (file: string) => writeFileSync(file, `null\n${readFileSync(file, "utf8").split("\n").slice(1).join("\n")}`)],
		["only its first line (no report at all)", (file: string) => writeFileSync(file, readFileSync(file, "utf8").split("\n")[0] ?? "")],
	])("a cache that is %s is ignored and written again", async (_, spoil) => {
		const { vault, cacheDir } = vaultCopy();
		const uncached = await report(vault);
		await report(vault, cacheDir);
		const [file = ""] = cached(cacheDir, vault);
		const good = readFileSync(file, "utf8");
		spoil(file);
		expect(readFileSync(file, "utf8")).not.toBe(good);
		await readAgainThenCached(vault, cacheDir, uncached, 0);
	});

	it("--no-cache reads every note and writes no cache; without a cache folder there is none", async () => {
		const { vault, cacheDir } = vaultCopy();
		const io = countingIo();
		expect(await report(vault, cacheDir, io, "--no-cache")).toBe(await report(vault));
		expect(io.reads.length).toBeGreaterThan(20);
		expect(existsSync(cacheDir)).toBe(false);
	});

	it("a cache folder that cannot be written changes nothing in the report", async () => {
		const { vault, cacheDir } = vaultCopy();
		writeFileSync(cacheDir, "a file where the cache folder would be");
		expect(await report(vault, cacheDir)).toBe(await report(vault));
		expect(readFileSync(cacheDir, "utf8")).toBe("a file where the cache folder would be");
	});

	it("a note that cannot be read: named in every report, never cached", async () => {
		const { vault, cacheDir } = vaultCopy();
		const failing: VaultIo = { ...NODE_IO, readNote: (path) => (path.endsWith("Sam Rivera.md") ? (() => {
			throw Object.assign(new Error("EACCES"), { code: "EACCES" });
		})() : NODE_IO.readNote(path)) };
		const first = await report(vault, cacheDir, failing);
		expect(first).toContain("cannot be read (no permission)");
		expect(cached(cacheDir, vault)).toEqual([]);
		// Readable again (a permission put right moves no time of the note's): read, and the note is back.
		expect(await report(vault, cacheDir)).toBe(await report(vault));
	});

	it("two vaults keep two caches; the cache lives outside the vault", async () => {
		const a = vaultCopy();
		const b = vaultCopy();
		mkdirSync(a.cacheDir);
		await report(a.vault, a.cacheDir);
		await report(b.vault, a.cacheDir);
		expect(cached(a.cacheDir, a.vault)).toHaveLength(1);
		expect(cached(a.cacheDir, b.vault)).toHaveLength(1);
		expect(readdirSync(a.cacheDir)).toHaveLength(2);
		expect(readdirSync(a.vault).some((name) => name.includes("reports-"))).toBe(false);
	});

	it("each format, place and limit is its own report: none is printed for another's options", async () => {
		const { vault, cacheDir } = vaultCopy();
		const argsOf = (...more: string[]) => ["report", "--vault", vault, "--today", "2026-11-30", ...more];
		const options = [[], ["--json"], ["--markdown"], ["--limit", "2"], ["--location", "Berlin"], ["--location", "Atlantis"], ["--json", "--location", "Berlin"]];
		const fresh = await Promise.all(options.map(async (more) => (await run(argsOf(...more), process.cwd(), NODE_IO)).stdout));
		expect(new Set(fresh).size).toBe(options.length);
		// Each run with the cache, twice over (the second from the cache): what a run without it prints.
		for (let round = 0; round < 2; round++) {
			for (const [i, more] of options.entries()) expect((await run(argsOf(...more), process.cwd(), NODE_IO, { cacheDir })).stdout).toBe(fresh[i]);
		}
	});

	it("the cache folder: ASCENT_CACHE_DIR when set, else the platform's user cache folder", () => {
		expect(userCacheDir({ ASCENT_CACHE_DIR: "/tmp/here" })).toBe("/tmp/here");
		const home = userCacheDir({});
		// Named `ascent`, not `ascent-nodejs` (env-paths' default suffix).
		expect(basename(home)).toBe("ascent");
		expect(home.startsWith(process.cwd())).toBe(false);
	});

	it("one file per report, so a run reads only its own; the vault's eight most recently written are kept", async () => {
		const { vault, cacheDir } = vaultCopy();
		for (let limit = 1; limit <= KEEP + 2; limit++) await report(vault, cacheDir, NODE_IO, "--limit", String(limit));
		const files = cached(cacheDir, vault);
		expect(files).toHaveLength(KEEP);
		// The first two went: their reports are made again (the vault is read), the last ones are not.
		const first = countingIo();
		await report(vault, cacheDir, first, "--limit", "1");
		expect(first.reads.length).toBeGreaterThan(20);
		const last = countingIo();
		await report(vault, cacheDir, last, "--limit", String(KEEP + 2));
		expect(last.reads).toEqual([]);
		for (const file of cached(cacheDir, vault)) expect(statSync(file).size).toBeGreaterThan(1000);
	});

});

describe("the cache file itself", () => {
	const fresh = () => {
		const root = mkdtempSync(join(tmpdir(), "ascent-cache-file-"));
		made.push(root);
		return { dir: join(root, "cache"), vault: join(root, "vault"), cache: ReportCache.open(join(root, "cache"), join(root, "vault"), "code") };
	};
	const NOW = 1_800_000_000_000;

	it("gives back the report's messages and text exactly, lines and all (a report with settings notes on stderr)", () => {
		const { cache } = fresh();
		const report = { stderr: "ascent: settings cadence ignored\nascent: settings tier ignored\n", stdout: "{\n  \"people\": [\"Ann\", \"Zoë 😀\"]\n}\n" };
		expect(cache.save("opts", { hash: "h", newestMs: NOW - RACY_MS - 1 }, report, NOW)).toBe(true);
		expect(cache.get("opts", () => ({ hash: "h", newestMs: 0 }))).toEqual(report);
		expect(cache.get("opts", () => ({ hash: "another state", newestMs: 0 }))).toBeNull();
		expect(cache.get("other opts", () => ({ hash: "h", newestMs: 0 }))).toBeNull();
	});

	it("looks at the vault only when a report made with these options by this code is there to compare", () => {
		const { dir, vault, cache } = fresh();
		let looks = 0;
		const look = () => (looks++, { hash: "h", newestMs: 0 });
		expect(cache.get("opts", look)).toBeNull();
		expect(looks).toBe(0);
		expect(cache.save("opts", { hash: "h", newestMs: 0 }, { stderr: "", stdout: "x" }, NOW)).toBe(true);
		expect(cache.get("other opts", look)).toBeNull();
		expect(ReportCache.open(dir, vault, "other code").get("opts", look)).toBeNull();
		expect(looks).toBe(0);
		expect(cache.get("opts", look)).toEqual({ stderr: "", stdout: "x" });
		expect(looks).toBe(1);
		// A note that cannot be looked at: no state to compare, no report.
		expect(cache.get("opts", () => null)).toBeNull();
	});

	it("is not written while a note is as fresh as the racy window, to the millisecond", () => {
		const { dir, cache } = fresh();
		expect(cache.save("opts", { hash: "h", newestMs: NOW - RACY_MS }, { stderr: "", stdout: "x" }, NOW)).toBe(false);
		expect(existsSync(dir)).toBe(false);
	});

	it("leaves no temporary file behind when its place is taken by a folder", () => {
		const { dir, cache } = fresh();
		expect(cache.save("opts", { hash: "h", newestMs: 0 }, { stderr: "", stdout: "x" }, NOW)).toBe(true);
		const [name = ""] = readdirSync(dir);
		rmSync(join(dir, name));
		mkdirSync(join(dir, name));
		writeFileSync(join(dir, name, "inside"), "a folder where the report's file was");
		expect(cache.save("opts", { hash: "h", newestMs: 0 }, { stderr: "", stdout: "y" }, NOW)).toBe(false);
		expect(readdirSync(dir)).toEqual([name]);
		expect(cache.get("opts", () => ({ hash: "h", newestMs: 0 }))).toBeNull();
	});
});

describe("what the cache's names and its code fingerprint depend on", () => {
	/** A project tree like this checkout's: the folders of the code that makes a report, and the package's files. */
	function project(order: "forward" | "backward" = "forward"): string {
		const root = mkdtempSync(join(tmpdir(), "ascent-code-"));
		made.push(root);
		const files = ["src/cli/main.ts", "src/cli/report-cache.ts", "src/core/person.ts", "src/core/import/vcard.ts", "src/vault/disk.ts", "src/obsidian/view.ts", "package.json", "package-lock.json"];
		for (const file of order === "forward" ? files : [...files].reverse()) {
			mkdirSync(join(root, file, ".."), { recursive: true });
			writeFileSync(join(root, file), `// ${file}\n`);
			utimesSync(join(root, file), HOUR_AGO, HOUR_AGO);
		}
		// Folders too: src/core lists src/core/import, with its time.
		for (const folder of ["src/cli", "src/core", "src/core/import", "src/vault", "src/obsidian", "src"]) utimesSync(join(root, folder), HOUR_AGO, HOUR_AGO);
		return root;
	}

	it("names: a 16-digit hash of the vault's path, then of the options", () => {
		expect(cachePrefixFor("/vaults/work")).toMatch(/^reports-[0-9a-f]{16}-$/);
		expect(cachePrefixFor("/vaults/work")).not.toBe(cachePrefixFor("/vaults/home"));
		expect(basename(cacheFileFor("/cache", "/vaults/work", "{}"))).toMatch(/^reports-[0-9a-f]{16}-[0-9a-f]{16}\.json$/);
	});

	it("the fingerprint is the same for the same files, whatever order they were written in", () => {
		const a = fingerprintOf(project("forward"));
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(fingerprintOf(project("backward"))).toBe(a);
	});

	it.each([
		"src/cli/main.ts", "src/core/person.ts", "src/core/import/vcard.ts", "src/vault/disk.ts", "package.json", "package-lock.json",
	])("an edit of %s makes another fingerprint (an older report is not printed)", (file) => {
		const root = project();
		const before = fingerprintOf(root);
		utimesSync(join(root, file), HOUR_AGO + 60, HOUR_AGO + 60);
		expect(fingerprintOf(root)).not.toBe(before);
	});

	it("a new file among the code changes it; a file of the plugin alone, or a folder that is not there, does not", () => {
		const root = project();
		const before = fingerprintOf(root);
		writeFileSync(join(root, "src/obsidian/view.ts"), "// the plugin's view, edited\n");
		expect(fingerprintOf(root)).toBe(before);
		rmSync(join(root, "src/core/import"), { recursive: true });
		const without = fingerprintOf(root);
		expect(without).toMatch(/^[0-9a-f]{16}$/);
		writeFileSync(join(root, "src/core/new.ts"), "// a new rule\n");
		expect(fingerprintOf(root)).not.toBe(without);
	});

	it("this checkout's fingerprint is that of its own code", () => {
		expect(codeFingerprint()).toBe(fingerprintOf(join(__dirname, "../..")));
		expect(codeFingerprint()).not.toBe(fingerprintOf(join(__dirname, "../../src")));
	});

	it("a note gone between the listing and the look leaves no state (the report then reads the vault and names it)", () => {
		const { vault } = vaultCopy();
		expect(vaultState(vault, ["People/Alex Chen.md"])).not.toBeNull();
		expect(vaultState(vault, ["People/Alex Chen.md", "People/Gone.md"])).toBeNull();
	});

	it("pruning keeps other vaults' reports and a run's temporary file, however old", () => {
		const root = mkdtempSync(join(tmpdir(), "ascent-prune-"));
		made.push(root);
		const dir = join(root, "cache");
		const mine = ReportCache.open(dir, "/vaults/work", "code");
		const theirs = ReportCache.open(dir, "/vaults/home", "code");
		const state = { hash: "h", newestMs: 0 };
		for (let i = 0; i < 3; i++) expect(theirs.save(`theirs ${i}`, state, { stderr: "", stdout: "x" })).toBe(true);
		const temporary = `${cacheFileFor(dir, "/vaults/work", "elsewhere")}.999.tmp`;
		writeFileSync(temporary, "half a report of another run");
		for (const name of readdirSync(dir)) utimesSync(join(dir, name), HOUR_AGO, HOUR_AGO);
		for (let i = 0; i < KEEP + 2; i++) expect(mine.save(`mine ${i}`, state, { stderr: "", stdout: "y" })).toBe(true);
		const names = readdirSync(dir);
		expect(names.filter((n) => n.startsWith(cachePrefixFor("/vaults/home")))).toHaveLength(3);
		expect(names.filter((n) => n.startsWith(cachePrefixFor("/vaults/work")) && n.endsWith(".json"))).toHaveLength(KEEP);
		expect(existsSync(temporary)).toBe(true);
	});
});
