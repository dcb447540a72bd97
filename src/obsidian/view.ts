// The sidebar view: a Svelte component mounted in onOpen and unmounted in onClose.
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { mount, unmount } from "svelte";
import Sidebar from "../ui/Sidebar.svelte";
import type { AscentServices } from "./services";

export const VIEW_TYPE = "ascent-sidebar";

export class AscentView extends ItemView {
	private component: ReturnType<typeof mount> | null = null;

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
		this.contentEl.addClass("ascent-view");
		this.component = mount(Sidebar, {
			target: this.contentEl,
			props: { data: this.services.ui.data, actions: this.services.ui.actions() },
		});
	}
	override async onClose(): Promise<void> {
		if (this.component) await unmount(this.component);
		this.component = null;
	}
}
