// One run of the index on the large vault, in a fresh process, with the code of the tree named on the command line
// (this checkout, or a worktree of the baseline commit): build + everyone's status + the ranked list (median of nine
// after two to warm up, wall and CPU time), and the heap the index keeps. bench/run.ts alternates the two trees.
import { Buffer } from "node:buffer";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PeopleIndex as Index } from "../src/core/people-index";
import type { NoteRecord } from "../src/core/metadata";
import { generateVault, LARGE } from "./generate";

const tree = process.argv[2] ?? "";
// eslint-disable-next-line no-unsanitized/method -- the bench's own checkout or its worktree of the baseline commit
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(tree, path)).href)) as T;
const { PeopleIndex } = await load<{ PeopleIndex: typeof Index }>("src/core/people-index.ts");
const { DEFAULT_SETTINGS } = await load<typeof import("../src/core/settings")>("src/core/settings.ts");
const { recordFromText } = await load<{ recordFromText: (path: string, text: string) => NoteRecord }>("src/vault/disk.ts");

const records = [...generateVault(LARGE)].map(([path, text]) => recordFromText(path, text));
const options = { settings: DEFAULT_SETTINGS, dailyNotes: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ready = () => PeopleIndex.build(records, options).attention("2026-11-30");

ready();
ready();
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 9; i++) {
	gc();
	const c = process.cpuUsage();
	const t = performance.now();
	ready();
	wall.push(performance.now() - t);
	const used = process.cpuUsage(c);
	cpu.push((used.user + used.system) / 1000);
}
// The heap of one index, read while another built the same way is kept alive: after the runs above, the heap before
// a build sometimes still held the last one through gc() (what held it was not found: a heap snapshot, which collects
// more, showed none alive), and the row read 0 MB in one run of three (session 16). With an index kept alive on
// purpose, whatever else is kept no longer moves the reading.
const first = PeopleIndex.build(records, options);
first.attention("2026-11-30");
gc();
const before = process.memoryUsage().heapUsed;
const held = PeopleIndex.build(records, options);
held.attention("2026-11-30");
gc();
const heapMB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
// The heap the index keeps alive inside Obsidian. A note's metadata there is the metadata cache's own: kept by
// Obsidian whether or not the index is (so not the index's cost), its strings the note's own (here: copied, as a
// structured clone from its worker is). A note's text is read for the build and let go: it is kept here outside V8's
// heap and decoded afresh on each read. Words the index keeps from a text (a task, a log line, an inline field) must
// not keep the whole text alive: V8 keeps a cut of a string as a view into it.
const cached: NoteRecord[] = [...generateVault(LARGE)].map(([path, text]) => {
	const record = recordFromText(path, text);
	const bytes = Buffer.from(text, "utf8");
	return {
		...record,
		metadata: JSON.parse(JSON.stringify(record.metadata)) as NoteRecord["metadata"],
		get content() {
			return bytes.toString("utf8");
		},
	};
});
const asInObsidian = (): Index => {
	const index = PeopleIndex.build(cached, options);
	index.attention("2026-11-30");
	return index;
};
gc();
const beforeAlive = process.memoryUsage().heapUsed;
const alive = asInObsidian();
gc();
const heapAliveMB = (process.memoryUsage().heapUsed - beforeAlive) / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
// The people count keeps the index alive through the heap reading, and shows both trees read the same vault.
process.stdout.write(JSON.stringify({ readyMs: median(wall), cpuMs: median(cpu), heapMB, heapAliveMB, people: held.personPaths().length + alive.personPaths().length, kept: first.personPaths().length }));
