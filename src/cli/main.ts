// `ascent report`: who needs attention in a vault on disk, as text, markdown or JSON.
import { problems } from "../core/network";
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { addDays, localDay, parseDay } from "../core/dates";
import type { NoteRecord } from "../core/metadata";
import { PeopleIndex } from "../core/people-index";
import { aliasesOf } from "../core/person";
import { placesOf } from "../core/places";
import { collectReport, inPlaceOnly, toJson, toMarkdown, toText } from "../core/report";
import { describeSetup, setupCheck } from "../core/setup-check";
import { listNotes, NODE_IO, type NoteFileInfo, readNotes, readVault, type VaultIo, vaultSetup } from "../vault/disk";
import type { Problem } from "../core/model";
import { ReportCache, settingsState, stateOf, userCacheDir, type VaultState, vaultState } from "./report-cache";
import { runImport } from "./import";
import { runEventImport } from "./import-events";

class UsageError extends Error {}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** One subcommand: its name, its usage line (its own options only), and what it does with its arguments. */
interface Subcommand {
	name: string;
	usage: string;
	summary: string;
	run: (args: string[], cwd: string, io: VaultIo, options: RunOptions) => Promise<CliResult>;
}

export interface RunOptions {
	/**
	 * Where `report` keeps finished reports for a vault that has not changed (cli/report-cache.ts); no cache when
	 * absent. The command line passes the user's cache folder; tests pass a folder of their own, or none.
	 */
	cacheDir?: string;
	/** Filled with how long each phase of `report` took, in ms (the bench prints them; PERFORMANCE.md). */
	phases?: Record<string, number>;
}

/** Times one phase into `phases` (when asked for) and returns its result. */
function phase<T>(phases: Record<string, number> | undefined, name: string, work: () => T): T {
	if (!phases) return work();
	const start = performance.now();
	const out = work();
	phases[name] = (phases[name] ?? 0) + performance.now() - start;
	return out;
}

/** The subcommands: adding one is one entry here and its function below. */
const SUBCOMMANDS: Subcommand[] = [
	{
		name: "report", usage: "ascent report [--vault DIR] [--today DATE] [--json|--markdown] [--limit N]\n              [--location PLACE] [--no-cache]",
		summary: "who needs attention, goals and problems", run: reportCommand,
	},
	{
		name: "import", usage: "ascent import FILE [--vault DIR] [--dry-run] [--overwrite]\n              [--from DATE] [--to DATE] [--create-people]",
		summary: "people from LinkedIn, Google Contacts or vCard; events from .ics", run: (args, cwd) => importCommand(args, cwd),
	},
	{
		name: "check", usage: "ascent check [--vault DIR] [--today DATE]",
		summary: "what the vault holds and the settings that would read it", run: checkCommand,
	},
];

/** A usage may take two lines to stay within 80 columns; an error's one line joins them. */
const USAGE = `usage:\n${SUBCOMMANDS.map((c) => `  ${c.usage.replace(/\n/g, "\n  ")}\n      ${c.summary}`).join("\n")}`;
const oneLine = (usage: string) => usage.replace(/\n\s+/g, " ");

/** Runs a command; `io` is the file system the vault is read through (tests hand in one that fails). */
export async function run(argv: string[], cwd = process.cwd(), io: VaultIo = NODE_IO, options: RunOptions = {}): Promise<CliResult> {
	const [name, ...rest] = argv;
	const command = SUBCOMMANDS.find((c) => c.name === name);
	try {
		if (name === "--help" || name === "-h" || name === "help") return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
		if (!command) throw new UsageError(name ? `unknown command "${name}"` : "missing command");
		if (rest.includes("--help") || rest.includes("-h")) return { code: 0, stdout: `${command.usage}\n  ${command.summary}\n`, stderr: "" };
		return await command.run(rest, cwd, io, options);
	} catch (error) {
		if (error instanceof UsageError) {
			// One line: what is wrong, and the usage of that command (or the commands there are).
			const hint = command ? `usage: ${oneLine(command.usage)}` : `commands: ${SUBCOMMANDS.map((c) => c.name).join(", ")}; ascent --help`;
			return { code: 2, stdout: "", stderr: `ascent: ${error.message} (${hint})\n` };
		}
		return { code: 2, stdout: "", stderr: `ascent: ${(error as Error).message}\n` };
	}
}

/** `ascent report`: who needs attention, as text, markdown or JSON. */
async function reportCommand(rest: string[], cwd: string, io: VaultIo, options: RunOptions): Promise<CliResult> {
	let values;
	try {
		({ values } = parseArgs({
			args: rest,
			options: {
				vault: { type: "string" },
				today: { type: "string" },
				json: { type: "boolean" },
				markdown: { type: "boolean" },
				limit: { type: "string" },
				location: { type: "string" },
				"no-cache": { type: "boolean" },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
	}
	if (values.json && values.markdown) throw new UsageError("choose one of --json and --markdown");
	let today = localDay(new Date());
	if (values.today !== undefined) today = parseToday(values.today);
	let limit = Infinity;
	if (values.limit !== undefined) {
		if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) throw new UsageError(`--limit ${values.limit}: expected a whole number of at least 1`);
		limit = Number(values.limit);
	}
	if (values.location !== undefined && values.location.trim() === "") throw new UsageError("--location: name a place");
	const vaultDir = resolve(cwd, values.vault ?? "examples/vault");
	if (!existsSync(vaultDir)) throw new UsageError(`no vault at ${vaultDir}`);
	const { phases } = options;
	const listed = phase(phases, "list", () => listNotes(vaultDir, io));
	// The same options on an unchanged vault print what they printed last time (cli/report-cache.ts).
	const cache = options.cacheDir === undefined || values["no-cache"] ? null : ReportCache.open(options.cacheDir, vaultDir);
	const format = values.json ? "json" : values.markdown ? "markdown" : "text";
	const key = JSON.stringify({ today, format, limit: values.limit ?? null, location: values.location ?? null });
	// The notes are looked at before they are read only when a report with these options is there to compare with;
	// otherwise the state the cache is written with is what the reader saw as it read them.
	let looked: VaultState | null | undefined;
	const look = (): VaultState | null => {
		if (looked === undefined) looked = listed.problems.length === 0 ? phase(phases, "cache: look at every note", () => vaultState(vaultDir, listed.paths)) : null;
		return looked;
	};
	const cached = cache?.get(key, look);
	if (cached) return { code: 0, ...cached };
	const settingsBefore = cache && looked === undefined ? settingsState(vaultDir) : null;
	const setup = await vaultSetup(vaultDir);
	const readProblems: Problem[] = [...listed.problems];
	const files: NoteFileInfo[] = [];
	const notes = readNotes(vaultDir, listed.paths, io, setup.indexSettings, readProblems, files);
	// The index takes each note as it is read and keeps only what it needs of it: the vault's metadata (125 MB on the
	// bench's large vault, for 11.5 MB of notes) is never all alive at once. Places (--location) need every note's aliases.
	const records = values.location === undefined ? null : [...notes];
	const reading = { ms: 0 };
	const index = phase(phases, "read, parse and index", () => PeopleIndex.build(records ?? (phases ? timed(notes, reading) : notes), { settings: setup.indexSettings, dailyNotes: setup.dailyNotes }));
	if (phases) phases["… of which reading and parsing"] = reading.ms;
	// A note left out (unreadable) means no cache: the report names it, and is made afresh every time.
	const state = settingsBefore !== null && readProblems.length === 0 ? phase(phases, "cache: state as read", () => stateOf(files, settingsBefore)) : looked;
	const all = phase(phases, "report", () => collectReport(index, today, readProblems));
	const data = records === null || values.location === undefined ? all : inPlaceOnly(all, values.location.trim(), placesOf(all.people.map((p) => p.location), placeAliasesOn(records)));
	const settingsNotes = setup.settingsProblems.map((p) => `ascent: settings ${p.key} ${p.message}\n`).join("");
	const stdout = phase(phases, "output", () => (values.json ? `${JSON.stringify(toJson(data), null, 2)}\n` : values.markdown ? toMarkdown(data, limit, (name) => index.resolve(name, "")) : toText(data, limit)));
	// A report that names notes it could not read is made afresh every time (a permission put right changes no time).
	if (cache && state && readProblems.length === 0) phase(phases, "cache: write", () => cache.save(key, state, { stdout, stderr: settingsNotes }));
	return { code: 0, stdout, stderr: settingsNotes };
}

/** `ascent check`: what the vault holds, what each setting matches, the settings that would read more, the problems. */
async function checkCommand(args: string[], cwd: string, io: VaultIo): Promise<CliResult> {
	let values;
	try {
		({ values } = parseArgs({ args, options: { vault: { type: "string" }, today: { type: "string" } }, strict: true, allowPositionals: false }));
	} catch (error) {
		throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
	}
	const today = values.today === undefined ? localDay(new Date()) : parseToday(values.today);
	const vaultDir = resolve(cwd, values.vault ?? "examples/vault");
	if (!existsSync(vaultDir)) throw new UsageError(`no vault at ${vaultDir}`);
	const vault = await readVault(vaultDir, io);
	const report = setupCheck({
		records: vault.records, settings: vault.indexSettings, dailyNotes: vault.dailyNotes, dailyNotesConfigured: vault.conventions.dailyNotesConfigured,
	});
	const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
	const found = [...vault.readProblems, ...problems(index, today)];
	const lines = [describeSetup(report).trimEnd()];
	if (vault.conventions.templateFolders.length + vault.conventions.templateFiles.length > 0) {
		lines.push("", `Never read (templates): ${[...vault.conventions.templateFolders.map((f) => `${f}/`), ...vault.conventions.templateFiles].join(", ")}`);
	}
	lines.push("", found.length === 0 ? "No problems." : `Problems (${found.length}):`);
	for (const p of found) lines.push(`  ${p.path}: ${p.field} ${p.message}`);
	const settingsNotes = vault.settingsProblems.map((p) => `ascent: settings ${p.key} ${p.message}\n`).join("");
	return { code: 0, stdout: `${lines.join("\n")}\n`, stderr: settingsNotes };
}

/** The records of `source` as they come, the time spent making each added to `spent` (the bench's phases). */
function* timed<T>(source: Iterator<T>, spent: { ms: number }): Generator<T, void, void> {
	for (;;) {
		const start = performance.now();
		const next = source.next();
		spent.ms += performance.now() - start;
		if (next.done) return;
		yield next.value;
	}
}

/** A place's aliases on disk: the note a link of that name goes to (the shortest path of that name), and its aliases. */
function placeAliasesOn(records: readonly NoteRecord[]): (name: string) => string[] | null {
	const byName = new Map<string, NoteRecord>();
	for (const r of records) {
		const name = r.path.slice(r.path.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase();
		const known = byName.get(name);
		if (!known || r.path.length < known.path.length) byName.set(name, r);
	}
	return (name) => {
		const record = byName.get(name.toLowerCase());
		return record ? aliasesOf(record) : null;
	};
}

function parseToday(text: string): string {
	return parseDate("--today", text);
}

function parseDate(option: string, text: string): string {
	const parsed = parseDay(text);
	if (!parsed.ok || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`${option} ${text}: expected a real date as YYYY-MM-DD`);
	return parsed.value;
}

async function importCommand(args: string[], cwd: string): Promise<CliResult> {
	let parsed;
	try {
		parsed = parseArgs({
			args, strict: true, allowPositionals: true,
			options: {
				vault: { type: "string" }, "dry-run": { type: "boolean" }, overwrite: { type: "boolean" },
				from: { type: "string" }, to: { type: "string" }, "create-people": { type: "boolean" },
			},
		});
	} catch (error) {
		throw new UsageError((error as Error).message.split("\n")[0] ?? "bad arguments");
	}
	const [file, ...extra] = parsed.positionals;
	if (!file || extra.length > 0) throw new UsageError("import takes one file (Connections.csv, a Google Contacts CSV, a .vcf or a .ics)");
	const path = resolve(cwd, file);
	if (!existsSync(path)) throw new UsageError(`no file at ${path}`);
	const vaultDir = resolve(cwd, parsed.values.vault ?? "examples/vault");
	if (!existsSync(vaultDir)) throw new UsageError(`no vault at ${vaultDir}`);
	const dryRun = parsed.values["dry-run"] ?? false;
	if (/\.(ics|ical|ifb|icalendar)$/i.test(path)) {
		if (parsed.values.overwrite) throw new UsageError("--overwrite is for contacts; an event already imported always takes the calendar's properties");
		const to = parsed.values.to === undefined ? localDay(new Date()) : parseDate("--to", parsed.values.to);
		const from = parsed.values.from === undefined ? addDays(to, -90) : parseDate("--from", parsed.values.from);
		if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
		return { code: 0, stdout: await runEventImport(path, vaultDir, { dryRun, from, to, createPeople: parsed.values["create-people"] ?? false }), stderr: "" };
	}
	for (const option of ["from", "to", "create-people"] as const) {
		if (parsed.values[option] !== undefined) throw new UsageError(`--${option} is for calendar files (.ics)`);
	}
	const stdout = await runImport(path, vaultDir, { dryRun, overwrite: parsed.values.overwrite ?? false });
	return { code: 0, stdout, stderr: "" };
}

/** Runs the command line's arguments and writes the result (`npm run report`, or `npx ascent` through bin/). */
export async function main(argv: string[]): Promise<void> {
	const result = await run(argv, process.cwd(), NODE_IO, { cacheDir: userCacheDir() });
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	process.exitCode = result.code;
}

const invokedDirectly = process.argv[1] !== undefined && /cli[\\/]main\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) void main(process.argv.slice(2));
