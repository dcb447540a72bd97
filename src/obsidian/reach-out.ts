// The reach-out list: added to today's daily note when it is created (a setting, off by default) or on demand.
import { TFile, type TAbstractFile } from "obsidian";
import { reachOutSection } from "../core/report";
import { tasksDates } from "./writes";
import type { AscentContext } from "./context";

const HEADING = "Reach out";

function hasSection(text: string): boolean {
	return new RegExp(`^#{1,6}\\s+${HEADING}\\s*$`, "mi").test(text);
}

export class ReachOut {
	private readonly done = new Set<string>();

	/** How long to wait after a daily note is created before adding the list (templates land first). */
	delayMs = 1500;

	/** Set when the plugin unloads: a wait that ends after it writes nothing. */
	private unloaded = false;

	constructor(private readonly ctx: AscentContext) {
		ctx.plugin.register(() => {
			this.unloaded = true;
		});
	}

	/** The feature: its command, and the list for new daily notes once Obsidian has loaded. */
	register(): void {
		const { ctx } = this;
		ctx.plugin.addCommand({
			id: "add-reach-out-list", name: "Add reach-out list to this note",
			checkCallback: (checking) => {
				const file = ctx.app.workspace.getActiveFile();
				if (!file || file.extension !== "md") return false;
				if (!checking) void this.addTo(file.path);
				return true;
			},
		});
		ctx.app.workspace.onLayoutReady(() => ctx.plugin.registerEvent(ctx.app.vault.on("create", (file) => void this.onCreate(file))));
	}

	/** Adds the section to a note unless it already has one. Returns false when there was nothing to do. */
	async addTo(path: string): Promise<boolean> {
		const index = this.ctx.ready();
		const file = this.ctx.app.vault.getAbstractFileByPath(path);
		if (!index || !(file instanceof TFile)) return false;
		if (hasSection(await this.ctx.app.vault.read(file))) return false;
		const today = this.ctx.today();
		const section = reachOutSection(index.attention(today), today, this.ctx.store.settings.reachOutCount, HEADING, (name) => index.resolve(name, file.path),
			this.ctx.store.settings.gentleWording ? "gentle" : "plain", tasksDates(this.ctx));
		return this.ctx.run("Added the reach-out list.", () => this.ctx.writer.append(path, section, "add reach-out list"));
	}

	/**
	 * Only today's daily note, only once, only after Obsidian has loaded (create events fire for every file while a
	 * vault loads), and only when the setting is on.
	 */
	async onCreate(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile) || !this.ctx.store.settings.reachOutOnDailyNote) return;
		if (!this.ctx.app.workspace.layoutReady || !this.ctx.ready()) return;
		if (this.done.has(file.path) || this.ctx.index.dailyDate(file.path) !== this.ctx.today()) return;
		this.done.add(file.path);
		// Let the daily notes plugin (or Templater) finish writing the template first.
		await new Promise((resolve) => window.setTimeout(resolve, this.delayMs));
		if (this.unloaded) return;
		await this.addTo(file.path);
	}
}
