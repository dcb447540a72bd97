// The sidebar view: the Svelte sidebar over the shared UI store; with the ribbon icon, the status bar count and
// the command that opens it.
import { debounce, type WorkspaceLeaf } from "obsidian";
import type { Readable } from "svelte/store";
import type { UiActions } from "../ui/actions";
import type { CardView } from "../ui/card-model";
import { statusBarWords } from "../core/vocabulary";
import type { SidebarData } from "../ui/sidebar-model";
import Sidebar from "../ui/Sidebar.svelte";
import type { AscentContext } from "./context";
import { SvelteView } from "./svelte-view";
import { VIEW_TYPE } from "./view-types";

export { VIEW_TYPE } from "./view-types";

type Stores = { data: Readable<SidebarData>; card: Readable<CardView | null> };
type Props = Stores & { actions: UiActions };

export class AscentView extends SvelteView<Props> {
	/** What the view renders, and nothing else: the store and the actions. */
	constructor(leaf: WorkspaceLeaf, private readonly stores: Stores, private readonly actions: UiActions) {
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
	protected props(): Props {
		return { ...this.stores, actions: this.actions };
	}
	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ascent-view");
		await super.onOpen();
	}
}

/** The sidebar as a feature: its view, the ribbon icon, the status bar count, and the command that opens it. */
export function registerSidebar(ctx: AscentContext, stores: Stores, actions: () => UiActions): void {
	const plugin = ctx.plugin;
	plugin.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new AscentView(leaf, stores, actions()));
	// "Open Ascent": the name as the manifest gives it (a name, not a word to put in sentence case).
	plugin.addRibbonIcon("mountain", `Open ${plugin.manifest.name}`, () => void ctx.openSidebar());
	plugin.addCommand({ id: "open-sidebar", name: "Open sidebar", callback: () => void ctx.openSidebar() });
	const status = plugin.addStatusBarItem();
	status.addClass("ascent-status");
	status.addEventListener("click", () => void ctx.openSidebar());
	const update = () => {
		const count = ctx.ready()?.attention(ctx.today()).length ?? 0;
		status.setText(statusBarWords(count));
	};
	plugin.register(ctx.index.onIndexChange(debounce(update, 300, true)));
}
