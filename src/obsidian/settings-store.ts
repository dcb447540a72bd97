// Loads and saves data.json (the same file the CLI reads), keeping unknown keys and a copy of a file it cannot use.
import { type App, Notice, type Plugin } from "obsidian";
import { type AscentSettings, loadSettings, SETTINGS_VERSION } from "../core/settings";

export class SettingsStore {
	settings: AscentSettings;
	private extra: Record<string, unknown> = {};
	private readonly listeners = new Set<(settings: AscentSettings) => void>();

	constructor(private readonly plugin: Plugin, private readonly app: App) {
		this.settings = loadSettings(undefined).settings;
	}

	async load(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.plugin.loadData();
		} catch {
			raw = "unreadable";
		}
		const { settings, problems, extra } = loadSettings(raw);
		this.settings = settings;
		this.extra = extra;
		if (problems.length > 0) {
			await this.backup();
			new Notice(`Ascent: some settings could not be used and were reset to defaults (${problems.map((p) => `${p.key}: ${p.message}`).join("; ")}). The old file is kept as data.json.bak.`);
		}
	}

	private async backup(): Promise<void> {
		const dir = this.plugin.manifest.dir;
		if (!dir) return;
		try {
			const path = `${dir}/data.json`;
			if (await this.app.vault.adapter.exists(path)) await this.app.vault.adapter.write(`${path}.bak`, await this.app.vault.adapter.read(path));
		} catch {
			// Nothing more to do: the defaults are in use and the Notice has said so.
		}
	}

	/** Reads data.json again (another device changed it through sync) and tells everyone who listens. */
	async reload(): Promise<void> {
		await this.load();
		for (const listener of this.listeners) listener(this.settings);
	}

	async update(change: (settings: AscentSettings) => void): Promise<void> {
		change(this.settings);
		this.settings.version = SETTINGS_VERSION;
		await this.plugin.saveData({ ...this.extra, ...this.settings });
		for (const listener of this.listeners) listener(this.settings);
	}

	onChange(listener: (settings: AscentSettings) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
