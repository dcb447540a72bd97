// The reach-out list: added to today's daily note when it is created (a setting, off by default) or on demand.
import { TFile, type TAbstractFile } from "obsidian";
import { reachOutSection } from "../core/report";
import type { AscentServices } from "./services";

const HEADING = "Reach out";

function hasSection(text: string): boolean {
	return new RegExp(`^#{1,6}\\s+${HEADING}\\s*$`, "mi").test(text);
}

export class ReachOut {
	private readonly done = new Set<string>();

	constructor(private readonly services: AscentServices) {}

	/** Adds the section to a note unless it already has one. Returns false when there was nothing to do. */
	async addTo(path: string): Promise<boolean> {
		const state = this.services.index.current;
		const file = this.services.app.vault.getAbstractFileByPath(path);
		if (state.kind !== "ready" || !(file instanceof TFile)) return false;
		if (hasSection(await this.services.app.vault.read(file))) return false;
		const today = this.services.today();
		const section = reachOutSection(state.index.attention(today), today, this.services.store.settings.reachOutCount, HEADING, (name) => state.index.resolve(name, file.path));
		return this.services.run("Added the reach-out list.", () => this.services.writer.append(path, section, "add reach-out list"));
	}

	/**
	 * Only today's daily note, only once, only after Obsidian has loaded (create events fire for every file while a
	 * vault loads), and only when the setting is on.
	 */
	async onCreate(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile) || !this.services.store.settings.reachOutOnDailyNote) return;
		if (!this.services.app.workspace.layoutReady || this.services.index.current.kind !== "ready") return;
		if (this.done.has(file.path) || this.services.index.dailyDate(file.path) !== this.services.today()) return;
		this.done.add(file.path);
		// Let the daily notes plugin (or Templater) finish writing the template first.
		await new Promise((resolve) => window.setTimeout(resolve, this.services.reachOutDelayMs));
		await this.addTo(file.path);
	}
}
