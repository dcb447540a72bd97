// `npm run bench`: one table of medians, machine info on top; writes bench/results.json. See PERFORMANCE.md.
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import esbuild from "esbuild";
import type { NoteRecord } from "../src/core/metadata";
import { PeopleIndex } from "../src/core/people-index";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { recordFromText } from "../src/vault/disk";
import { BUILD_SLICE_MS, buildInSlices, runInSlices } from "../src/core/build-slices";
import { networkHealthSteps } from "../src/core/health-trend";
import { touchFloor } from "./touch-floor";
import { generateVault, LARGE, SMALL, type VaultSize, writeVault } from "./generate";
import { contactLinks, dateReaders, hasOpenTaskLinking, needsTextForDate } from "../src/core/interactions";
import { inlineFields } from "../src/core/inline-fields";
import { setupCheckSteps } from "../src/core/setup-check";

const HERE_DIR = dirname(fileURLToPath(import.meta.url));

const ROOT = join(HERE_DIR, "..");
const TODAY = "2026-11-30";
const DAILY = { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" };
const quick = process.argv.includes("--quick");
/** `--baseline`: store this run as the figures later runs are held to (done once, on the commit before issue 20). */
const asBaseline = process.argv.includes("--baseline");
const RESULTS = join(ROOT, "bench/results.json");

/** A target: at most `max` of the row's unit, or (`ofBaseline`) at most `max` times the baseline's figure. */
interface Target { max: number; ofBaseline?: boolean }
interface Row { measure: string; vault: string; value: number; unit: string; target: string; ok: boolean | null; baseline?: number; ratio?: number }
interface Run { commit: string; machine: Record<string, unknown>; quick: boolean; rows: Row[] }
const rows: Row[] = [];
const stored = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) as { baseline?: Run; latest?: Run } : {};
const baseline = new Map((stored.baseline?.rows ?? []).map((r) => [`${r.measure}|${r.vault}`, r.value]));

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => void, runs: number): number {
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return median(out);
}

function add(measure: string, vault: string, value: number, unit: string, target?: Target, measuredBaseline?: number): void {
	const row: Row = { measure, vault, value: Math.round(value * 1000) / 1000, unit, target: "", ok: null };
	const base = measuredBaseline ?? (quick ? undefined : baseline.get(`${measure}|${vault}`));
	if (base !== undefined) {
		row.baseline = base;
		row.ratio = Math.round((value / base) * 100) / 100;
	}
	if (target) {
		row.target = target.ofBaseline ? `≤ ${target.max}× baseline` : `≤ ${target.max} ${unit}`;
		// A ratio to the baseline is only judged on a full run (a quick run's vault is not the baseline's).
		row.ok = target.ofBaseline ? (row.ratio === undefined ? null : row.ratio <= target.max) : value <= target.max;
	}
	rows.push(row);
	console.error(`  ${measure} (${vault}): ${value.toFixed(3)} ${unit}${row.ratio === undefined ? "" : ` (${row.ratio}× baseline)`}`);
}

function gc(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function records(size: VaultSize): NoteRecord[] {
	return [...generateVault(size)].map(([path, text]) => recordFromText(path, text));
}

function build(recs: NoteRecord[]): PeopleIndex {
	return PeopleIndex.build(recs, { settings: DEFAULT_SETTINGS, dailyNotes: DAILY });
}

/**
 * What reading more conventions costs (PERFORMANCE.md): the setup check the plugin runs when it finds nobody (in
 * slices), the pass that picks which notes the plugin reads before a build, and the inline-field scan of notes.
 */
function conventions(recs: NoteRecord[], index: PeopleIndex, runs: number): void {
	const dates = dateReaders(DEFAULT_SETTINGS, DAILY);
	const slices: number[] = [];
	for (let i = 0; i < runs; i++) {
		let longest = 0;
		let start = performance.now();
		const steps = setupCheckSteps({ records: recs, settings: DEFAULT_SETTINGS, dailyNotes: DAILY, dailyNotesConfigured: true });
		for (let n = 1; ; n++) {
			if (steps.next().done) break;
			// The same slicing as runInSlices: look at the clock every 64 steps, yield after BUILD_SLICE_MS.
			if (n % 64 === 0 && performance.now() - start >= BUILD_SLICE_MS) {
				longest = Math.max(longest, performance.now() - start);
				start = performance.now();
			}
		}
		slices.push(Math.max(longest, performance.now() - start));
	}
	const slice = median(slices);
	add("setup check in slices: longest slice", "large", slice, "ms", { max: 40 });
	const names = new Set(index.personPaths().map((p) => p.slice(p.lastIndexOf("/") + 1, -3).toLowerCase()));
	let read = 0;
	const pick = time(() => {
		read = 0;
		for (const r of recs) if (index.has(r.path) || needsTextForDate(r, DEFAULT_SETTINGS, dates, (n) => names.has(n))) read++;
	}, runs);
	add(`plugin: choosing the notes to read at build (${read} of ${recs.length})`, "large", pick, "ms");
	const scan = time(() => {
		for (const r of recs) inlineFields(r.content, r.metadata);
	}, runs);
	add("inline-field scan, every note", "large", scan, "ms");
	// Linear in the line: a line of opening brackets each followed by a key and `::` (the worst case for the key
	// look-ahead and the bracket stack), 2 MB against 200 KB. Linear reading gives 1×; quadratic would give 10×.
	// (The text alone: the Markdown reader's own cost on such a line is issue 13's to measure.)
	const line = (bytes: number) => ({ content: `${"[k:: (".repeat(bytes / 6)}\n`, metadata: {} });
	const [small, big] = [line(200_000), line(2_000_000)];
	const growth = time(() => inlineFields(big.content, big.metadata), runs) / (10 * time(() => inlineFields(small.content, small.metadata), runs));
	add("inline fields on nested brackets: time per byte, 2 MB ÷ 200 KB", "-", growth, "×", { max: 2 });
}

/**
 * `a`'s time ÷ `b`'s: the median of `runs` pairs timed one after the other, once both have run a few times, each
 * timing repeating its work until `b` takes 5 ms. A single read of a 40 KB note took 0.5–7 ms here, and timed once
 * each, hostile before plain, one shape's row read 3.9–8.6× from run to run on the compiler's timing alone (sessions
 * 18–21); this way it read 4.0–4.6× in three runs.
 */
function alternating(a: () => unknown, b: () => unknown, runs: number): number {
	for (let i = 0; i < 3; i++) {
		a();
		b();
	}
	const times = (fn: () => unknown, n: number) => time(() => {
		for (let i = 0; i < n; i++) fn();
	}, 1);
	let n = 1;
	while (n < 1 << 16 && times(b, n) < 5) n *= 2;
	const ratios: number[] = [];
	for (let i = 0; i < runs; i++) ratios.push(times(a, n) / times(b, n));
	return median(ratios);
}

/**
 * Every reader linear in its note: each hostile shape (RELIABILITY.md) against a plain note of the same size, and a
 * 5 MB plain note against 100 times a 50 KB one. A ratio near 1× is linear; quadratic reading gives hundreds.
 */
function hostileShapes(runs: number): void {
	const plain = (bytes: number) => {
		let out = "";
		while (out.length < bytes) out += "A plain line of a note with a [[Link]] and a #tag in it, as people write.\n";
		return out.slice(0, bytes);
	};
	const shapes: [string, string][] = [
		["6,000 nested quotes", `${">".repeat(6000)} x\n`],
		["[[ × 20,000", `${"[[".repeat(20_000)}\n`],
		["[[a| × 20,000", `${"[[a|".repeat(20_000)}\n`],
		["[ × 20,000", `${"[".repeat(20_000)}\n`],
		["a 1,000-deep list", Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")],
		["<!-- × 10,000 on a line", `x ${"<!--".repeat(10_000)}\n`],
		["<!-- on 6,000 lines of a paragraph", "x <!--\n".repeat(6000)],
		["*a_ × 13,000", `x ${"*a_".repeat(13_000)}\n`],
		["backtick runs of 280 lengths", `x ${Array.from({ length: 280 }, (_, i) => `${"`".repeat(i + 1)}a`).join("")}\n`],
	];
	for (const [name, text] of shapes) {
		const same = plain(text.length);
		const ratio = alternating(() => recordFromText("X.md", text), () => recordFromText("X.md", same), runs);
		add(`note reader: ${name} ÷ a plain note of the same size`, "-", ratio, "×", { max: 5 });
	}
	// Which links count (contactLinks, hasOpenTaskLinking): one pass over a note's links, sections and list items.
	// A note of 200,000 tasks each linking someone against 10 × one of 20,000 (both far larger than the CPU's caches,
	// which alone make the larger one about 2× slower per task): linear gives 1–2×; each link against every item (as
	// before issue 20) gave 17× already for 20,000 against 2,000.
	const tasks = (n: number) => recordFromText("X.md", Array.from({ length: n }, (_, i) => `${i % 10 === 9 ? "> quoted [[Q]]\n\n" : ""}- [${i % 2 ? "x" : " "}] call [[P${i}]]\n`).join(""));
	const [many, few] = [tasks(200_000), tasks(20_000)];
	const linkPass = (r: NoteRecord) => () => {
		contactLinks(r.metadata, []);
		hasOpenTaskLinking(r, () => false);
	};
	const links = time(linkPass(many), runs) / (10 * time(linkPass(few), runs));
	add("which links count: 200,000 tasks ÷ 10 × 20,000", "-", links, "×", { max: 3 });
	const big = plain(5_000_000);
	const small = plain(50_000);
	const growth = time(() => recordFromText("X.md", big), Math.min(runs, 3)) / (100 * time(() => recordFromText("X.md", small), runs));
	add("note reader: 5 MB plain note ÷ 100 × 50 KB", "-", growth, "×", { max: 2 });
}

/**
 * The build against the baseline's own code in the same minutes: a git worktree of the baseline commit, and fresh
 * processes alternating between it and this checkout (bench/index-run.ts), three each. On a shared machine the load
 * moves the same build by 10–30% between runs (PERFORMANCE.md); alternating puts both under the same load.
 */
function interleaved(commit: string): void {
	const tree = join(tmpdir(), `ascent-baseline-${commit}`);
	rmSync(tree, { recursive: true, force: true });
	try {
		execFileSync("git", ["worktree", "add", "--detach", tree, commit], { cwd: ROOT, stdio: "pipe" });
	} catch {
		console.error(`  (the baseline commit ${commit} is not in this clone: no interleaved rows)`);
		return;
	}
	try {
		symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
		type IndexRun = { readyMs: number; cpuMs: number; heapMB: number; heapAliveMB?: number; people: number };
		const run = (root: string) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(HERE_DIR, "index-run.ts"), root], {
			cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26,
		})) as IndexRun;
		const base: IndexRun[] = [];
		const now: IndexRun[] = [];
		for (let i = 0; i < 3; i++) {
			base.push(run(tree));
			now.push(run(ROOT));
		}
		const m = (runs: IndexRun[], key: "readyMs" | "cpuMs" | "heapMB" | "heapAliveMB") => median(runs.map((r) => r[key] ?? NaN));
		const label = `large, interleaved with ${commit}`;
		add("build + everyone's status + ranked list", label, m(now, "readyMs"), "ms", { max: 0.4, ofBaseline: true }, m(base, "readyMs"));
		add("build + everyone's status + ranked list: CPU time (all threads)", label, m(now, "cpuMs"), "ms", undefined, m(base, "cpuMs"));
		add("heap retained by the index", label, m(now, "heapMB"), "MB", { max: 0.5, ofBaseline: true }, m(base, "heapMB"));
		// Not the target's row: the target was set on the row above (records alive). Inside Obsidian the metadata is
		// the cache's and the texts are let go, so words cut from a text and kept by the index keep the text alive.
		add("heap the index keeps alive inside Obsidian (metadata kept by the cache, texts let go)", label, m(now, "heapAliveMB"), "MB", undefined, m(base, "heapAliveMB"));
	} finally {
		execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT, stdio: "pipe" });
	}
}

async function main(): Promise<void> {
	// The load on the machine (1-minute average) as the run starts and ends: on a shared machine it moves every time
	// row, so the table says what it was (PERFORMANCE.md reads a run against it).
	const loadAtStart = loadavg()[0] ?? NaN;
	const sizes = quick ? [{ ...SMALL, name: "tiny", people: 100, datedNotes: 300 }] : [SMALL, LARGE];
	const runs = quick ? 2 : 5;
	const updates: Record<string, number> = {};
	for (const size of sizes) {
		console.error(`${size.name}: generating and parsing ${size.people} people, ${size.datedNotes} dated notes…`);
		const recs = records(size);
		// 1. Full index build from metadata records.
		const buildMs = time(() => build(recs), runs);
		add("full index build", size.name, buildMs, "ms");
		// 1a. What a user waits for at start: the build, then everyone's status and the ranked list, in one block.
		const readyMs = time(() => build(recs).attention(TODAY), runs);
		add("build + everyone's status + ranked list", size.name, readyMs, "ms", size === LARGE ? { max: 0.4, ofBaseline: true } : undefined);
		if (size === LARGE) {
			// 1c. The same against the least a build must touch (bench/touch-floor.ts), the two alternating.
			const ready: number[] = [];
			const floor: number[] = [];
			for (let i = 0; i < runs; i++) {
				ready.push(time(() => build(recs).attention(TODAY), 1));
				floor.push(time(() => touchFloor(recs), 1));
			}
			add("the least a build must touch: every note's properties, sections, list items, links found by name (floor)", size.name, median(floor), "ms");
			add("build + everyone's status + ranked list ÷ that floor, alternating", size.name, median(ready) / median(floor), "×");
		}
		// 1b. The same build as the plugin runs it: in slices, the main thread free between them.
		const sliced: { total: number; longest: number; slices: number }[] = [];
		for (let i = 0; i < runs; i++) {
			const t = performance.now();
			const go = () => Promise.resolve(true);
			const built = await buildInSlices(recs, { settings: DEFAULT_SETTINGS, dailyNotes: DAILY }, go);
			if (!built.index) throw new Error("the sliced build did not finish");
			// As the plugin does: today's views and the health trend in slices too, before the first refresh.
			const views = await runInSlices(built.index.prepareSteps(TODAY), go);
			const health = await runInSlices(networkHealthSteps(built.index, TODAY), go);
			sliced.push({
				total: performance.now() - t,
				longest: Math.max(built.longestSliceMs, views.longestSliceMs, health.longestSliceMs),
				slices: built.slices + views.slices + health.slices,
			});
		}
		const longest = median(sliced.map((s) => s.longest));
		add("build + first views in slices, as the plugin runs it: longest slice", size.name, longest, "ms", size === LARGE ? { max: 20 } : undefined);
		add(`build + first views in slices: total (${median(sliced.map((s) => s.slices))} slices)`, size.name, median(sliced.map((s) => s.total)), "ms");
		// 2. One daily note changed → index and attention list updated.
		const index = build(recs);
		index.attention(TODAY);
		const daily = recs.filter((r) => r.path.startsWith("Journal/"));
		const samples: number[] = [];
		for (let i = 0; i < Math.min(200, daily.length); i++) {
			const base = daily[(i * 7919) % daily.length] as NoteRecord;
			const edited = recordFromText(base.path, `- Lunch with [[${base.metadata.links?.[0]?.link ?? "Nobody"}]]\n- [x] Called [[${base.metadata.links?.[1]?.link ?? "Nobody"}]]\n`);
			const t = performance.now();
			index.upsert(edited);
			index.attention(TODAY);
			samples.push(performance.now() - t);
		}
		updates[size.name] = median(samples);
		add("one daily note changed → attention list", size.name, updates[size.name] ?? NaN, "ms", { max: 1 });
		if (size === sizes[sizes.length - 1]) {
			// 3. Attention ranking on the whole vault (a new day: every view recomputed and sorted).
			let day = 0;
			const rank = time(() => index.attention(`2027-01-${String(1 + (day++ % 28)).padStart(2, "0")}`), runs);
			add("attention ranking, whole vault (new day)", size.name, rank, "ms");
			// 6a. Heap retained by the index (the records it was built from are alive before and after).
			gc();
			const before = process.memoryUsage().heapUsed;
			let held: PeopleIndex | null = build(recs);
			held.attention(TODAY);
			gc();
			const retained = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
			add("heap retained by the index", size.name, retained, "MB", size === LARGE ? { max: 0.5, ofBaseline: true } : undefined);
			held = null;
			conventions(recs, index, runs);
		}
	}
	const names = Object.keys(updates);
	if (names.length === 2) {
		const ratio = (updates[names[1] ?? ""] ?? 0) / (updates[names[0] ?? ""] ?? 1);
		add("update cost, large ÷ small", "both", ratio, "×", { max: 2 });
	}

	hostileShapes(quick ? 2 : runs);
	if (!quick && stored.baseline) interleaved(stored.baseline.commit);

	// 4. CLI cold report on disk vs reading every file's bytes.
	const size = quick ? sizes[0] as VaultSize : LARGE;
	const dir = join(tmpdir(), `ascent-bench-${size.name}`);
	console.error(`writing the ${size.name} vault to ${dir}…`);
	writeVault(dir, generateVault(size));
	// As a vault is when a report runs: nothing edited in the last seconds (the cache leaves out a note modified in the
	// two seconds before it is written, cli/report-cache.ts).
	const hourAgo = new Date(Date.now() - 3_600_000);
	const age = (d: string): void => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			if (entry.isDirectory()) age(join(d, entry.name));
			else utimesSync(join(d, entry.name), hourAgo, hourAgo);
		}
	};
	age(dir);
	// Each run in a fresh process, as a user runs the CLI: nothing compiled by the runs before. Cold: no cache (each
	// run gets an empty cache directory); warm: the same command again on the unchanged vault, its cache in place.
	const cli = (cacheDir: string) => {
		const out = execFileSync(process.execPath, ["--import", "tsx", join(HERE_DIR, "cli-cold.ts"), dir], {
			cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ASCENT_CACHE_DIR: cacheDir },
		});
		const parsed = JSON.parse(out) as { floorMs: number; reportMs: number; phases: Record<string, number>; code: number };
		if (parsed.code !== 0) throw new Error("the CLI report failed on the bench vault");
		return parsed;
	};
	type CliRun = ReturnType<typeof cli>;
	const cold: CliRun[] = [];
	const warm: CliRun[] = [];
	for (let i = 0; i < (quick ? 1 : 3); i++) {
		const cacheDir = join(tmpdir(), `ascent-bench-cache-${i}`);
		rmSync(cacheDir, { recursive: true, force: true });
		cold.push(cli(cacheDir));
		warm.push(cli(cacheDir));
		rmSync(cacheDir, { recursive: true, force: true });
	}
	const floor = median([...cold, ...warm].map((c) => c.floorMs));
	const coldMs = median(cold.map((c) => c.reportMs));
	const warmMs = median(warm.map((c) => c.reportMs));
	add("read every file's bytes (floor), fresh process", size.name, floor, "ms");
	add("CLI report --json, cold, fresh process (read, parse, index, report)", size.name, coldMs, "ms");
	add("CLI report cold ÷ byte-read floor", size.name, coldMs / floor, "×", { max: 3 });
	// What each phase of the cold run costs (the rest is reading the settings and the arguments).
	for (const name of Object.keys(cold[0]?.phases ?? {})) add(`CLI cold: ${name}`, size.name, median(cold.map((c) => c.phases[name] ?? NaN)), "ms");
	// The rows above start their clock once the CLI's code is loaded. A user waits for the whole process: Node's start,
	// the CLI's code (bin/ascent.mjs: one bundled file, made before these runs), the report, the exit.
	const whole = (args: string[], cacheDir: string): number => {
		const t = performance.now();
		execFileSync(process.execPath, [join(ROOT, "bin", "ascent.mjs"), ...args], {
			cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, ASCENT_CACHE_DIR: cacheDir },
		});
		return performance.now() - t;
	};
	const wholeCache = join(tmpdir(), "ascent-bench-cache-whole");
	whole(["--help"], wholeCache);
	const starts: number[] = [];
	const reports: number[] = [];
	for (let i = 0; i < (quick ? 1 : 3); i++) {
		starts.push(whole(["--help"], wholeCache));
		rmSync(wholeCache, { recursive: true, force: true });
		reports.push(whole(["report", "--vault", dir, "--today", "2026-11-30", "--json"], wholeCache));
	}
	rmSync(wholeCache, { recursive: true, force: true });
	add("CLI start: `ascent --help`, whole process", "-", median(starts), "ms");
	add("CLI report --json, cold, whole process as `ascent` runs it (start to exit)", size.name, median(reports), "ms");
	add("CLI report --json, warm (second run, vault unchanged), fresh process", size.name, warmMs, "ms");
	add("CLI report warm ÷ byte-read floor", size.name, warmMs / floor, "×", { max: 1 });
	const cliHeap = JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(HERE_DIR, "cli-heap.ts"), dir], {
		cwd: ROOT, encoding: "utf8",
	})) as { heapMB: number };
	add("heap the index keeps, built from the files as the CLI reads them", size.name, cliHeap.heapMB, "MB");
	rmSync(dir, { recursive: true, force: true });

	// 6b. main.js as shipped: its size, and the plugin's load (evaluating it, then onload) in a fresh process each time.
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
	const kb = statSync(join(ROOT, "dist/main.js")).size / 1024;
	add("main.js size (minified)", "-", kb, "KB");
	const loader = join(tmpdir(), "ascent-plugin-load.cjs");
	const shipped = join(tmpdir(), "ascent-main.cjs");
	copyFileSync(join(ROOT, "dist/main.js"), shipped);
	await esbuild.build({
		entryPoints: [join(HERE_DIR, "plugin-load.ts")], bundle: true, platform: "node", format: "cjs", outfile: loader,
		alias: { obsidian: join(ROOT, "tests/fake-obsidian/index.ts") }, logLevel: "silent",
	});
	const loads: { evalMs: number; loadMs: number }[] = [];
	for (let i = 0; i < (quick ? 3 : 15); i++) {
		loads.push(JSON.parse(execFileSync(process.execPath, [loader, shipped], { encoding: "utf8" })) as { evalMs: number; loadMs: number });
	}
	rmSync(loader, { force: true });
	rmSync(shipped, { force: true });
	add("plugin load: evaluate main.js", "-", median(loads.map((l) => l.evalMs)), "ms");
	add("plugin load: evaluate main.js + onload (fake app), fresh process", "-", median(loads.map((l) => l.loadMs)), "ms", { max: 10 });

	// 5. Sidebar first paint in Chromium (10k people), DOM nodes, and one update.
	if (!process.argv.includes("--no-browser")) {
		const { sidebarPaint } = await import("./sidebar");
		const paint = await sidebarPaint(quick ? 500 : 10_000);
		add("sidebar first paint", paint.people.toString(), paint.firstPaintMs, "ms", { max: 10 });
		add("sidebar DOM nodes", paint.people.toString(), paint.domNodes, "nodes", { max: Math.round(paint.domNodesSmall * 1.5) });
		add("sidebar DOM nodes", "100", paint.domNodesSmall, "nodes");
		add("sidebar update after one change: main-thread work, change → list laid out", paint.people.toString(), paint.updateMs, "ms", { max: 16 });
		add("sidebar update after one change", paint.people.toString(), paint.updateFrameMs, "ms");
		// The same target where a user meets it: typing in a daily note of a vault with mentions, tasks and events.
		const { sidebarTyping } = await import("./sidebar");
		const [typingPeople, typingNotes] = quick ? [500, 1000] : [LARGE.people, LARGE.datedNotes];
		add("sidebar while typing in a daily note: main-thread work, edit → list laid out", `${typingPeople.toLocaleString("en")} people, ${typingNotes.toLocaleString("en")} dated notes`,
			await sidebarTyping(typingPeople, typingNotes), "ms", { max: 16 });
		const { readyInBrowser } = await import("./sidebar");
		const ready = await readyInBrowser(quick ? 300 : 3000, quick ? 800 : 8000, quick ? 1 : 5);
		const readyVault = quick ? "300 people, 800 dated notes" : "3,000 people, 8,000 dated notes";
		add("plugin in Chromium: layout ready → index and views ready, in slices", readyVault, median(ready.map((r) => r.buildMs)), "ms");
		add("plugin in Chromium: its longest slice", readyVault, median(ready.map((r) => r.longestSliceMs)), "ms", { max: 20 });
	}

	const load = `${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? NaN).toFixed(2)} at the end`;
	const machine = { cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString(), load };
	const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
	const run: Run = { commit, machine, quick, rows };
	// The baseline stays until a run is asked to replace it; every run replaces `latest`.
	const next = asBaseline && !quick ? { baseline: run, latest: run } : { baseline: stored.baseline, latest: run };
	mkdirSync(join(ROOT, "bench"), { recursive: true });
	writeFileSync(RESULTS, `${JSON.stringify(next, null, "\t")}\n`);
	const base = next.baseline;
	console.log(`Machine: ${machine.cpus}, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${load}, commit ${commit}${quick ? " (quick run: no ratios)" : ""}`);
	console.log(base ? `Baseline: commit ${base.commit}, ${String(base.machine.date).slice(0, 10)}, ${String(base.machine.cpus)}\n` : "No baseline yet (npm run bench -- --baseline)\n");
	console.log("| Measure | Vault | Median | Baseline | Ratio | Target | Met |");
	console.log("| --- | --- | --- | --- | --- | --- | --- |");
	for (const r of rows) {
		const met = r.ok === null ? (r.target ? "–" : "") : r.ok ? "met" : "**missed**";
		console.log(`| ${r.measure} | ${r.vault} | ${r.value} ${r.unit} | ${r.baseline === undefined ? "" : `${r.baseline} ${r.unit}`} | ${r.ratio === undefined ? "" : `${r.ratio}×`} | ${r.target} | ${met} |`);
	}
}

void main();
