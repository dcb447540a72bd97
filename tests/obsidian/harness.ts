// Runs the real plugin (src/main.ts) inside the fake Obsidian app over real note text.
import { App, Notice, type Plugin, type TFile } from "../fake-obsidian";
import AscentPlugin from "../../src/main";
import type { AscentServices } from "../../src/obsidian/services";

// Modules the plugin loads with their first use (`import()`: the importers and the properties editor). In main.js they
// are bundled and arrive in a microtask; here vitest would first transform them, longer than `settle` waits. Loading
// them with the harness keeps tests on the plugin's behaviour, not on the test runner's loading time.
await Promise.all([import("../../src/core/import/read"), import("../../src/core/import/vcard-export"), import("../../src/core/import/ics"), import("../../src/core/note-edit")]);

export const MANIFEST = { id: "ascent", name: "Ascent", dir: ".obsidian/plugins/ascent", version: "0.1.0" };

export interface Harness {
	app: App;
	plugin: AscentPlugin;
	/** The same plugin, seen through the fake's API (status bar items, unload). */
	fakePlugin: Plugin;
	services: AscentServices;
	text: (path: string) => string | undefined;
	file: (path: string) => TFile;
	run: (id: string) => Promise<boolean>;
	/** Moves the clock (a new day, the middle of the night). */
	setNow: (when: string) => void;
	settle: () => Promise<void>;
	notices: () => string[];
}

export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

export async function startPlugin(
	notes: Record<string, string>,
	options: { data?: unknown; ready?: boolean; now?: string; config?: Record<string, string>; sliceMs?: number } = {},
): Promise<Harness> {
	const app = new App();
	for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
	// Files of the config folder (other plugins' settings), as the adapter holds them.
	for (const [path, text] of Object.entries(options.config ?? {})) await app.vault.adapter.write(path, text);
	if (options.data !== undefined) await app.vault.adapter.write(`${MANIFEST.dir}/data.json`, typeof options.data === "string" ? options.data : JSON.stringify(options.data));
	Notice.shown.length = 0;
	const plugin = new AscentPlugin(app as never, MANIFEST as never);
	// Pin "today" for the tests through the plugin's own options (the clock can move: `setNow`).
	let now = new Date(`${options.now ?? "2026-11-30"}T12:00:00`);
	plugin.options = { now: () => now, sliceMs: options.sliceMs };
	await plugin.onload();
	const services = plugin.services as AscentServices;
	if (options.ready !== false) {
		app.workspace.fireLayoutReady();
		await settle();
	}
	return {
		app, plugin, services, fakePlugin: plugin as unknown as Plugin,
		setNow: (when) => {
			now = new Date(when);
		},
		text: (path) => app.vault.text(path),
		file: (path) => app.vault.getAbstractFileByPath(path) as TFile,
		run: async (id) => {
			const command = app.commands.get(id);
			if (!command) throw new Error(`no command ${id}`);
			let ran = true;
			if (command.callback) await command.callback();
			else if (command.checkCallback) ran = command.checkCallback(false) !== false;
			await settle();
			return ran;
		},
		settle,
		notices: () => Notice.shown.map((n) => n.message),
	};
}

/** The modal open last, as the class it must be (a test fails at once when another one opened). */
export function modalOf<T>(app: App, cls: abstract new (...args: never[]) => T): T {
	const modal: unknown = app.lastModal;
	if (!(modal instanceof cls)) throw new Error(`the last modal is not a ${cls.name}`);
	return modal;
}

export function lastUndoButton(): () => void {
	const withButton = [...Notice.shown].reverse().find((n) => n.fragment?.buttons.length);
	const button = withButton?.fragment?.buttons[0];
	if (!button) throw new Error("no Notice with an Undo button");
	return button.click;
}
