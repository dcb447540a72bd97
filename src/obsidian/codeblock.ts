// The ```ascent``` code block: the compact list as a MarkdownRenderChild, live, and released with the note view.
import { MarkdownRenderChild, parseYaml } from "obsidian";
import { mount, unmount } from "svelte";
import AttentionBlock from "../ui/AttentionBlock.svelte";
import { readBlockOptions } from "../ui/block-options";
import type { Plugin } from "obsidian";
import type { Readable } from "svelte/store";
import type { UiActions } from "../ui/actions";
import type { SidebarData } from "../ui/sidebar-model";

class AscentBlock extends MarkdownRenderChild {
	private component: ReturnType<typeof mount> | null = null;

	constructor(containerEl: HTMLElement, private readonly source: string, private readonly data: Readable<SidebarData>, private readonly actions: UiActions) {
		super(containerEl);
	}

	override onload(): void {
		let parsed: unknown;
		try {
			parsed = parseYaml(this.source);
		} catch {
			this.containerEl.createDiv({ cls: "ascent-block-error", text: "Ascent block: the options are not valid YAML (write key: value lines)." });
			return;
		}
		const result = readBlockOptions(parsed);
		if ("error" in result) {
			this.containerEl.createDiv({ cls: "ascent-block-error", text: result.error });
			return;
		}
		this.component = mount(AttentionBlock, {
			target: this.containerEl,
			props: { data: this.data, options: result.options, actions: this.actions },
		});
	}

	override onunload(): void {
		if (this.component) void unmount(this.component);
		this.component = null;
	}
}

export function registerCodeBlock(plugin: Plugin, data: Readable<SidebarData>, actions: () => UiActions): void {
	plugin.registerMarkdownCodeBlockProcessor("ascent", (source, el, ctx) => {
		ctx.addChild(new AscentBlock(el, source, data, actions()));
	});
}
