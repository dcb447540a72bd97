// Triage: walks untracked people, most mentioned first. Each choice is written at once, with its own undo.
import { type App, Modal } from "obsidian";
import { mount, unmount } from "svelte";
import type { PersonView } from "../core/model";
import { splitFrontmatter } from "../core/note-text";
import TriageCard from "../ui/TriageCard.svelte";
import type { TriageChoice } from "../ui/triage";
import { asFile } from "./records";
import { byReferences } from "../core/attention";
import { suggestedTier } from "../core/circles";
import type { AscentContext } from "./context";

export class TriageModal extends Modal {
	private component: ReturnType<typeof mount> | null = null;
	private position = 0;
	readonly decisions: { path: string; choice: TriageChoice }[] = [];

	constructor(app: App, private readonly ctx: AscentContext, readonly queue: PersonView[]) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Triage untracked people");
		void this.show();
	}

	private async preview(person: PersonView): Promise<string> {
		const file = asFile(this.app, person.path);
		if (!file) return "";
		const { body } = splitFrontmatter(await this.app.vault.cachedRead(file));
		return body.trim().slice(0, 400);
	}

	private async show(): Promise<void> {
		if (this.component) await unmount(this.component);
		this.contentEl.empty();
		const person = this.queue[this.position] ?? null;
		this.component = mount(TriageCard, {
			target: this.contentEl,
			props: {
				person,
				position: this.position + 1,
				total: this.queue.length,
				tiers: this.ctx.store.settings.tiers.map((t) => t.name),
				preview: person ? await this.preview(person) : "",
				suggestion: person ? suggestedTier(person, this.ctx.store.settings.tiers) : null,
				onChoose: (choice: TriageChoice) => void this.choose(choice),
			},
		});
	}

	async choose(choice: TriageChoice): Promise<void> {
		const person = this.queue[this.position];
		if (!person) return;
		this.decisions.push({ path: person.path, choice });
		if (choice.kind === "tier") await this.ctx.run(`${person.name} is now ${choice.tier}.`, () => this.ctx.writer.setTier(person.path, choice.tier));
		else if (choice.kind === "pause") await this.ctx.run(`Paused ${person.name}.`, () => this.ctx.writer.setPaused(person.path, true));
		this.position++;
		await this.show();
	}

	override onClose(): void {
		if (this.component) void unmount(this.component);
		this.component = null;
		this.contentEl.empty();
	}
}

/** Triage as a feature: the command that walks untracked people, most referenced first. */
export function registerTriage(ctx: AscentContext): void {
	ctx.plugin.addCommand({
		id: "triage", name: "Triage untracked people",
		callback: () => {
			const index = ctx.ready();
			if (!index) return;
			const queue = index.people(ctx.today()).filter((p) => p.status === "untracked").sort(byReferences);
			new TriageModal(ctx.app, ctx, queue).open();
		},
	});
}
