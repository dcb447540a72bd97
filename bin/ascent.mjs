#!/usr/bin/env node
// `ascent report|import|check`: the CLI, run from its TypeScript source through tsx (no build step between an edit
// and a run; `npx ascent` in a clone works right after `npm install`).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv.slice(2));
