// A fixture vault's files as the fake Obsidian takes them: notes, and the config folder's files apart.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function readFixture(root: string): { notes: Record<string, string>; config: Record<string, string> } {
	const notes: Record<string, string> = {};
	const config: Record<string, string> = {};
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${prefix}${entry.name}`;
			if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
			else if (path.startsWith(".obsidian/")) config[path] = readFileSync(join(dir, entry.name), "utf8");
			else if (entry.name.endsWith(".md")) notes[path] = readFileSync(join(dir, entry.name), "utf8");
		}
	};
	walk(root, "");
	return { notes, config };
}
