// @vitest-environment happy-dom
// The built plugin (dist/main.js) loads in the fake app over the example vault, and needs no Node built-ins (mobile).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import * as fake from "../fake-obsidian";
import { describe, expect, it } from "vitest";
import { readExampleVault } from "../helpers";
import { MANIFEST, settle } from "./harness";

const ROOT = join(__dirname, "../..");


describe("the built main.js", () => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
	const code = readFileSync(join(ROOT, "dist/main.js"), "utf8");

	it("requires nothing but obsidian", () => {
		const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
		expect(new Set(required)).toEqual(new Set(["obsidian"]));
		const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
		expect(required.filter((r) => builtins.has(r ?? ""))).toEqual([]);
	});

	it("loads in the fake app and indexes the example vault", async () => {
		const module = { exports: {} as { default?: new (app: unknown, manifest: unknown) => { onload: () => Promise<void>; unload: () => void } } };
		// Evaluating the bundle is the point of this test: it must load with `obsidian` as its only import.
		const load = runInThisContext(`(function (module, exports, require) {${code}\n})`) as (m: unknown, e: unknown, r: (id: string) => unknown) => void;
		load(module, module.exports, (id) => {
			if (id === "obsidian") return fake;
			throw new Error(`main.js required ${id}`);
		});
		const Plugin = module.exports.default;
		expect(Plugin).toBeTypeOf("function");
		const app = new fake.App();
		for (const [path, text] of Object.entries(readExampleVault())) app.vault.seed(path, text);
		await app.vault.adapter.write(".obsidian/daily-notes.json", readFileSync(join(ROOT, "examples/vault/.obsidian/daily-notes.json"), "utf8"));
		const plugin = new (Plugin as NonNullable<typeof Plugin>)(app, MANIFEST);
		await plugin.onload();
		app.workspace.fireLayoutReady();
		await settle();
		const services = (plugin as unknown as { services: { index: {
			status: () => { people: number; datedNotes: number };
			current: { kind: string; index: { attention: (day: string) => { path: string }[] } };
		} } }).services;
		expect(services.index.status().people).toBe(26);
		// Same vault, same answer as the CLI (the golden report), though this side reads Obsidian-shaped metadata.
		const golden = JSON.parse(readFileSync(join(ROOT, "tests/cli/golden/example-report.json"), "utf8")) as { attention: string[] };
		expect(services.index.current.index.attention("2026-11-30").map((p) => p.path)).toEqual(golden.attention);
		expect(services.index.status().datedNotes).toBeGreaterThan(60);
		expect(app.commands.size).toBe(24);
		plugin.unload();
	});
});
