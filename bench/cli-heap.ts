// The heap the index keeps when built as the CLI builds it: the vault's files read one at a time by the disk reader
// (records let go as they are read), in a fresh process. The index must not keep note texts alive through words cut
// from them (a link's text is such a cut: PERFORMANCE.md, session 17). Prints JSON: { heapMB, people }.
import { listNotes, NODE_IO, readNotes, vaultSetup } from "../src/vault/disk";
import { PeopleIndex } from "../src/core/people-index";

const dir = process.argv[2] ?? "";
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const setup = await vaultSetup(dir);
const { paths } = listNotes(dir, NODE_IO);
gc();
const before = process.memoryUsage().heapUsed;
const index = PeopleIndex.build(readNotes(dir, paths, NODE_IO, setup.indexSettings, [], []), { settings: setup.indexSettings, dailyNotes: setup.dailyNotes });
gc();
const heapMB = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
// The people count keeps the index alive through the reading.
process.stdout.write(JSON.stringify({ heapMB, people: index.personPaths().length }));
