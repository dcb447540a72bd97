// The sidebar view: the Svelte sidebar over the shared UI store.
import type { WorkspaceLeaf } from "obsidian";
import Sidebar from "../ui/Sidebar.svelte";
import type { AscentServices } from "./services";
import { SvelteView } from "./svelte-view";

export const VIEW_TYPE = "ascent-sidebar";

export class AscentView extends SvelteView<{ data: AscentServices["ui"]["data"]; actions: ReturnType<AscentServices["ui"]["actions"]> }> {
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
	protected component() {
		return Sidebar;
	}
	protected props() {
		return { data: this.services.ui.data, actions: this.services.ui.actions() };
	}
	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ascent-view");
		await super.onOpen();
	}
}
