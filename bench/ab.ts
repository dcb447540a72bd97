// The build and the first views of two or more trees of the code (this checkout, a git worktree of another commit)
// in one process, alternating on the same records: on a shared machine whose load moves a build by 10–30% from
// minute to minute, this tells two versions apart where runs in separate processes cannot.
//   git worktree add --detach /tmp/other <commit> && ln -s "$PWD/node_modules" /tmp/other/node_modules
//   node --expose-gc --import tsx bench/ab.ts . /tmp/other
// Prints the median build and views of each tree (ms), after two rounds to warm up.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { PeopleIndex } from "../src/core/people-index";
import type { AscentSettings } from "../src/core/settings";
import { recordFromText } from "../src/vault/disk";
import { generateVault, LARGE } from "./generate";

type Build = (records: unknown[], options: { settings: AscentSettings; dailyNotes: { folder: string; format: string } }) => PeopleIndex;

const trees = process.argv.slice(2).map((t) => resolve(t));
// eslint-disable-next-line no-unsanitized/method -- the trees named on the command line
const load = async <T>(tree: string, path: string): Promise<T> => (await import(pathToFileURL(join(tree, path)).href)) as T;
const versions = await Promise.all(trees.map(async (tree) => ({
	tree,
	build: (await load<{ PeopleIndex: { build: Build } }>(tree, "src/core/people-index.ts")).PeopleIndex.build,
	settings: (await load<{ DEFAULT_SETTINGS: AscentSettings }>(tree, "src/core/settings.ts")).DEFAULT_SETTINGS,
	builds: [] as number[],
	views: [] as number[],
})));
const records = [...generateVault(LARGE)].map(([path, text]) => recordFromText(path, text));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
for (let round = 0; round < 12; round++) {
	// Each round in the other order, so that neither version always runs right after the other's garbage.
	for (const v of round % 2 === 0 ? versions : [...versions].reverse()) {
		gc();
		const start = performance.now();
		const index = v.build(records, { settings: v.settings, dailyNotes: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } });
		const built = performance.now();
		index.attention("2026-11-30");
		if (round < 2) continue;
		v.builds.push(built - start);
		v.views.push(performance.now() - built);
	}
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const v of versions) console.log(`${v.tree}: build ${median(v.builds).toFixed(0)} ms, views ${median(v.views).toFixed(0)} ms`);
