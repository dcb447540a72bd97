// The shape of the code: no module imports one that imports it back (directly or around a circle), and the pure
// core stays small enough to read. Imports are read from the source text, type-only imports included.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../src");

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
	});
}

function imports(file: string): string[] {
	const text = readFileSync(file, "utf8");
	const out: string[] = [];
	for (const m of text.matchAll(/\b(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) {
		const target = resolve(dirname(file), m[1] ?? "");
		for (const candidate of [target, `${target}.ts`, join(target, "index.ts")]) {
			if (/\.(ts|svelte)$/.test(candidate) && statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
				out.push(candidate);
				break;
			}
		}
	}
	return out;
}

describe("structure", () => {
	it("no circles between modules", () => {
		const graph = new Map(files(SRC).map((f) => [f, imports(f)]));
		const circles: string[] = [];
		const state = new Map<string, "open" | "done">();
		const stack: string[] = [];
		const visit = (file: string) => {
			state.set(file, "open");
			stack.push(file);
			for (const next of graph.get(file) ?? []) {
				if (state.get(next) === "open") circles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(SRC, f)).join(" → "));
				else if (!state.has(next)) visit(next);
			}
			stack.pop();
			state.set(file, "done");
		};
		for (const file of graph.keys()) if (!state.has(file)) visit(file);
		expect(circles).toEqual([]);
	});
});
