// Every property test is seeded: FC_SEED picks the seed (a fixed one by default), and fast-check prints the seed
// and the path of a failing run, so `FC_SEED=<seed> npm test` replays it.
import fc from "fast-check";

const seed = Number(process.env.FC_SEED ?? 20261130);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261130 });
