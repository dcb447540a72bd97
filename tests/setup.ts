// Every property test is seeded: FC_SEED picks the seed (a fixed one by default), and fast-check prints the seed
// and the path of a failing run, so `FC_SEED=<seed> npm test` replays it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll } from "vitest";

const seed = Number(process.env.FC_SEED ?? 20261130);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261130 });

// The CLI keeps finished reports in the user's cache folder; a test that starts it as a process (bin/ascent.mjs)
// gets a folder of its own instead, removed when the file's tests end.
const cacheDir = mkdtempSync(join(tmpdir(), "ascent-test-cache-"));
process.env.ASCENT_CACHE_DIR = cacheDir;
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
