// The browser test page: the real plugin (sidebar view and ```ascent``` block) in the fake app, over a vault
// handed in by the test as window.__VAULT__.
import "./node-shim";
import { App, Modal, Platform, type Plugin } from "../fake-obsidian";
import AscentPlugin from "../../src/main";
import type { AscentServices } from "../../src/obsidian/services";

declare global {
	interface Window {
		__VAULT__: Record<string, string>;
		__DATA__: unknown;
		__TODAY__: string;
		__BLOCK__: string;
		__PHONE__: boolean;
		__ascent: { app: App; services: AscentServices; ready: boolean; text: (path: string) => string | undefined };
	}
}

async function start(): Promise<void> {
	Modal.render = true;
	Platform.isMobile = window.__PHONE__;
	Platform.isPhone = window.__PHONE__;
	const app = new App();
	for (const [path, text] of Object.entries(window.__VAULT__)) app.vault.seed(path, text);
	await app.vault.adapter.write(".obsidian/plugins/ascent/data.json", JSON.stringify(window.__DATA__ ?? {}));
	app.workspace.viewHost = document.getElementById("sidebar");
	const plugin = new AscentPlugin(app as never, { id: "ascent", name: "Ascent", dir: ".obsidian/plugins/ascent", version: "0" } as never);
	const now = new Date(`${window.__TODAY__}T12:00:00`);
	plugin.options = { now: () => now };
	await plugin.onload();
	const services = plugin.services as AscentServices;
	app.workspace.fireLayoutReady();
	await new Promise((r) => setTimeout(r, 0));
	while (services.index.current.kind !== "ready") await new Promise((r) => setTimeout(r, 10));
	services.ui.refresh();
	await services.ctx.openSidebar();
	const note = document.getElementById("note");
	if (note) (plugin as unknown as Plugin).renderCodeBlock("ascent", window.__BLOCK__, note, "Journal/today.md");
	window.__ascent = { app, services, ready: true, text: (path) => app.vault.text(path) };
}

void start();
