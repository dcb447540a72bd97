// The sidebar: who needs attention today, kept current as the index changes.
import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { describePerson } from "../core/report";
import type { AscentServices } from "./services";

export const VIEW_TYPE = "ascent-sidebar";

export class AscentView extends ItemView {
	constructor(leaf: WorkspaceLeaf, private readonly services: AscentServices) {
		super(leaf);
	}
	getViewType(): string {
		return VIEW_TYPE;
	}
	getDisplayText(): string {
		return "Ascent";
	}
	override getIcon(): string {
		return "mountain";
	}
	override async onOpen(): Promise<void> {
		this.register(this.services.index.onIndexChange(debounce(() => this.render(), 250, true)));
		this.render();
	}
	render(): void {
		const root = this.contentEl;
		root.empty();
		root.addClass("ascent-view");
		const state = this.services.index.current;
		if (state.kind !== "ready") {
			root.createDiv({ text: "Reading your vault…", cls: "ascent-empty" });
			return;
		}
		const today = this.services.today();
		const people = state.index.attention(today);
		root.createDiv({ text: `Needs attention (${people.length})`, cls: "ascent-heading" });
		if (state.index.personPaths().length === 0) {
			const s = this.services.store.settings;
			root.createDiv({ cls: "ascent-empty", text: `No people yet: Ascent looks in the folder ${s.personFolders.join(", ") || "(none)"} and for #${s.personTags.join(", #") || "(none)"}. Change it in settings.` });
			return;
		}
		if (people.length === 0) root.createDiv({ cls: "ascent-empty", text: "Nobody needs attention today. Everyone is within their cadence." });
		const list = root.createEl("ul", { cls: "ascent-list" });
		for (const person of people) {
			const row = list.createEl("li", { cls: `ascent-row ascent-${person.status}` });
			const name = row.createEl("a", { text: person.name, cls: "ascent-name", attr: { "aria-label": `Open ${person.name}` } });
			name.addEventListener("click", (event) => void this.services.openNote(person.path, event.ctrlKey || event.metaKey));
			row.createDiv({ text: describePerson(person, today), cls: "ascent-muted" });
			const log = row.createEl("button", { text: "Log today", attr: { "aria-label": `Log contact with ${person.name} today` } });
			log.addEventListener("click", () => void this.services.logToday(person));
		}
	}
}
