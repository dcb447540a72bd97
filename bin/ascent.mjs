#!/usr/bin/env node
// `ascent report|import|check`: the CLI. It runs from one file bundled from its TypeScript source, made on first use
// and made again after an edit (bin/cli-bundle.mjs), so there is no build step between an edit and a run and
// `npx ascent` in a clone works right after `npm install`. Where the bundle cannot be made, the source runs through tsx.
import { pathToFileURL } from "node:url";
import { cliBundle } from "./cli-bundle.mjs";

async function fromSource() {
	const { register } = await import("tsx/esm/api");
	register();
	return import("../src/cli/main.ts");
}

const bundle = await cliBundle();
// eslint-disable-next-line no-unsanitized/method -- the bundle this project made of its own source (cli-bundle.mjs)
const cli = bundle === null ? await fromSource() : await import(pathToFileURL(bundle).href).catch(fromSource);
await cli.main(process.argv.slice(2));
