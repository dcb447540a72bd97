// Ascent's plugin entry: lifecycle only. Everything it starts lives in src/obsidian/.
import { Plugin } from "obsidian";
import { AscentServices } from "./obsidian/services";

export default class AscentPlugin extends Plugin {
	services: AscentServices | null = null;

	override async onload(): Promise<void> {
		const services = new AscentServices({ app: this.app, plugin: this });
		this.services = services;
		this.addChild(services);
		await services.setup();
	}
}
