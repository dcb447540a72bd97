// Ascent's plugin entry: lifecycle only. Everything it starts lives in src/obsidian/.
import { Plugin } from "obsidian";
import type { AscentApi } from "./obsidian/api";
import { AscentServices, type ServicesOptions } from "./obsidian/services";

export default class AscentPlugin extends Plugin {
	services: AscentServices | null = null;
	/** The clock and the build's slice length; Obsidian leaves these alone, tests set them before `onload`. */
	options: Pick<ServicesOptions, "now" | "sliceMs"> = {};
	/** Ascent's public API for other plugins: app.plugins.plugins.ascent.api (README, "For other plugins"). */
	api: AscentApi | null = null;

	override async onload(): Promise<void> {
		const services = new AscentServices({ ...this.options, app: this.app, plugin: this });
		this.services = services;
		this.addChild(services);
		await services.setup();
		this.api = services.api;
	}

	/** The user has just turned Ascent on: show it once (never on an ordinary start). */
	override onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => void this.services?.ctx.openSidebar());
	}

	/** data.json changed on disk (sync from another device): use it, rather than keep the old settings and save them back. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.services?.store.reload();
	}
}
