// A Bases view, "Ascent attention": the people among a base's notes in Ascent's order (who needs attention first,
// most overdue for their cadence first; then everyone else by name), with their status in Ascent's words. Only on
// apps with the Bases view API (1.10); a base still works without Ascent (the example vault's People.base).
import { BasesView, type QueryController, requireApiVersion } from "obsidian";
import type { PersonView } from "../core/model";
import { inAttentionOrder } from "../core/attention";
import { lastContactWords, statusWords, TONE_MARK, toneOf } from "../core/vocabulary";
import type { AscentContext } from "./context";

export const BASES_VIEW_ID = "ascent-attention";

/** The people of `paths` in Ascent's order: who needs attention (ranked), then the rest by name. */
function inAscentOrder(ctx: AscentContext, paths: ReadonlySet<string>): PersonView[] {
	const index = ctx.ready();
	return index ? inAttentionOrder(index.attention(ctx.today()), ctx.people(), (p) => paths.has(p.path)) : [];
}

/** Registers the view where the app has Bases; false where it has not (or Bases is off in this vault). */
export function registerAttentionBasesView(ctx: AscentContext, showCard: (path: string) => void): boolean {
	if (requireApiVersion("1.10.0")) {
		// The class is made here, not when the plugin loads: on an older app there is no BasesView to extend.
		class AttentionView extends BasesView {
			readonly type = BASES_VIEW_ID;
			constructor(controller: QueryController, private readonly el: HTMLElement) {
				super(controller);
			}
			onDataUpdated(): void {
				renderPeople(this.el, ctx, inAscentOrder(ctx, new Set(this.data.data.map((entry) => entry.file.path))), showCard);
			}
		}
		return ctx.plugin.registerBasesView(BASES_VIEW_ID, {
			name: "Ascent attention", icon: "mountain",
			factory: (controller, containerEl) => new AttentionView(controller, containerEl),
		});
	}
	return false;
}

function renderPeople(el: HTMLElement, ctx: AscentContext, people: PersonView[], showCard: (path: string) => void): void {
	el.empty();
	el.addClass("ascent-bases");
	if (!ctx.ready()) {
		el.createDiv({ cls: "ascent-empty", text: "Reading your vault…" });
		return;
	}
	if (people.length === 0) {
		el.createDiv({ cls: "ascent-empty", text: "None of this base's notes is a person Ascent knows." });
		return;
	}
	const today = ctx.today();
	const wording = ctx.store.settings.gentleWording ? "gentle" : "plain";
	const list = el.createEl("ul", { cls: "ascent-bases-list" });
	for (const person of people) {
		const tone = toneOf(person);
		const row = list.createEl("li", { cls: `ascent-row ascent-tone-${tone}` });
		const line = row.createDiv({ cls: "ascent-row-line" });
		line.createEl("button", { cls: "ascent-name", text: person.name, attr: { type: "button", "aria-label": `Prepare to reach out to ${person.name}` } })
			.addEventListener("click", () => showCard(person.path));
		const status = line.createSpan({ cls: "ascent-status" });
		status.createSpan({ cls: `ascent-mark ascent-mark-${tone}`, text: TONE_MARK[tone], attr: { "aria-hidden": "true" } });
		status.append(` ${statusWords(person, today, wording)}`);
		row.createDiv({ cls: "ascent-row-line ascent-row-meta", text: lastContactWords(person, today) });
	}
}
