// The ```ascent``` code block: the compact list as a MarkdownRenderChild, live, and released with the note view.
import { MarkdownRenderChild, parseYaml } from "obsidian";
import { mount, unmount } from "svelte";
import AttentionBlock from "../ui/AttentionBlock.svelte";
import { readBlockOptions } from "../ui/block-options";
import type { AscentServices } from "./services";

class AscentBlock extends MarkdownRenderChild {
	private component: ReturnType<typeof mount> | null = null;

	constructor(containerEl: HTMLElement, private readonly source: string, private readonly services: AscentServices) {
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
			props: { data: this.services.ui.data, options: result.options, actions: this.services.ui.actions() },
		});
	}

	override onunload(): void {
		if (this.component) void unmount(this.component);
		this.component = null;
	}
}

export function registerCodeBlock(services: AscentServices): void {
	services.plugin.registerMarkdownCodeBlockProcessor("ascent", (source, el, ctx) => {
		ctx.addChild(new AscentBlock(el, source, services));
	});
}
