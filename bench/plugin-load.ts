// Plugin load as Obsidian does it, in a fresh process: evaluate the shipped dist/main.js as CommonJS (bench/run.ts
// hands over a copy named .cjs, since this package is ESM), its `obsidian` import answered by the fake app, construct
// the plugin and run `onload`. Bundled by bench/run.ts to CommonJS; prints JSON.
import Module from "node:module";
import * as obsidian from "../tests/fake-obsidian";

const mainJs = process.argv[2] ?? "";
const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = loader._load;
loader._load = function (request: string, parent: unknown, isMain: boolean) {
	return request === "obsidian" ? obsidian : load.call(this, request, parent, isMain);
};

async function main(): Promise<void> {
	const app = new obsidian.App();
	const t = performance.now();
	const exported = Module.createRequire(`${process.cwd()}/`)(mainJs) as { default: new (app: unknown, manifest: unknown) => { onload(): Promise<void>; unload(): void } };
	const evalMs = performance.now() - t;
	const plugin = new exported.default(app, { id: "ascent", dir: ".obsidian/plugins/ascent", version: "0" });
	await plugin.onload();
	const loadMs = performance.now() - t;
	plugin.unload();
	process.stdout.write(JSON.stringify({ evalMs, loadMs }));
}

void main();
