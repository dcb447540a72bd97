// An ItemView that shows one Svelte component: mounted in onOpen (and when asked), unmounted in onClose.
import { ItemView } from "obsidian";
import { type Component as SvelteComponent, mount, unmount } from "svelte";

export abstract class SvelteView<Props extends Record<string, unknown>> extends ItemView {
	private mounted: ReturnType<typeof mount> | null = null;

	protected abstract component(): SvelteComponent<Props>;
	protected abstract props(): Props;

	/** Mounts the component afresh (after a state change, for example). */
	protected remount(): void {
		if (this.mounted) void unmount(this.mounted);
		this.contentEl.empty();
		this.mounted = mount(this.component(), { target: this.contentEl, props: this.props() });
	}

	override async onOpen(): Promise<void> {
		this.remount();
	}

	override async onClose(): Promise<void> {
		if (this.mounted) await unmount(this.mounted);
		this.mounted = null;
	}
}
