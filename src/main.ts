// Ascent's plugin entry: lifecycle only. Everything it starts lives in src/obsidian/.
import { Plugin } from "obsidian";
import { AscentServices, type ServicesOptions } from "./obsidian/services";

export default class AscentPlugin extends Plugin {
	services: AscentServices | null = null;
	/** The clock and the build's slice length; Obsidian leaves these alone, tests set them before `onload`. */
	options: Pick<ServicesOptions, "now" | "sliceMs"> = {};

	override async onload(): Promise<void> {
		const services = new AscentServices({ ...this.options, app: this.app, plugin: this });
		this.services = services;
		this.addChild(services);
		await services.setup();
	}
}
