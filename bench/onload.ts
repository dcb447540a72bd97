// Times the real plugin's onload in the fake app (bundled by bench/run.ts with `obsidian` → the fake).
import { App } from "../tests/fake-obsidian";
import AscentPlugin from "../src/main";

export async function timeOnload(runs: number): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const app = new App();
		const plugin = new AscentPlugin(app as never, { id: "ascent", dir: ".obsidian/plugins/ascent", version: "0" } as never);
		const t = performance.now();
		await plugin.onload();
		times.push(performance.now() - t);
		plugin.unload();
	}
	return times;
}
