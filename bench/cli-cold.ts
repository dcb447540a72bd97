// One cold run of the CLI report in a fresh process (no warm-up): first the time to read every file's bytes (the
// floor), then `ascent report --json` through the CLI's own entry point, its cache in ASCENT_CACHE_DIR (bench/run.ts
// gives each cold run an empty folder, and runs again on the same one for the warm figure). Prints JSON.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { run } from "../src/cli/main";
import { NODE_IO } from "../src/vault/disk";

const dir = process.argv[2] ?? "";
const walk = (d: string): void => {
	for (const name of readdirSync(d)) {
		const full = join(d, name);
		if (statSync(full).isDirectory()) walk(full);
		else readFileSync(full);
	}
};
let t = performance.now();
walk(dir);
const floorMs = performance.now() - t;
t = performance.now();
const phases: Record<string, number> = {};
const result = await run(["report", "--vault", dir, "--today", "2026-11-30", "--json"], process.cwd(), NODE_IO, { cacheDir: process.env.ASCENT_CACHE_DIR, phases });
const reportMs = performance.now() - t;
process.stdout.write(JSON.stringify({ floorMs, reportMs, phases, code: result.code, bytes: result.stdout.length }));
