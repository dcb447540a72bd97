// The contact calendar as a view; its state names the person it opens on (or nobody: everyone).
import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import type { Readable } from "svelte/store";
import ContactCalendar from "../ui/ContactCalendar.svelte";
import type { SidebarData } from "../ui/sidebar-model";
import type { AscentContext } from "./context";
import { SvelteView } from "./svelte-view";
import { CALENDAR_VIEW } from "./view-types";

type Props = { data: Readable<SidebarData>; initialPath: string | null };

export class CalendarView extends SvelteView<Props> {
	private path: string | null = null;

	constructor(leaf: WorkspaceLeaf, private readonly data: Readable<SidebarData>) {
		super(leaf);
	}
	getViewType(): string {
		return CALENDAR_VIEW;
	}
	getDisplayText(): string {
		return "Contact calendar";
	}
	override getIcon(): string {
		return "calendar-days";
	}
	protected component() {
		return ContactCalendar;
	}
	protected props(): Props {
		return { data: this.data, initialPath: this.path };
	}
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { path?: unknown } | null)?.path;
		this.path = typeof path === "string" ? path : null;
		this.remount();
		await super.setState(state, result);
	}
}

/** Opens the contact calendar on one person, or on everyone. */
export async function openCalendar(ctx: Pick<AscentContext, "app">, path: string | null = null): Promise<void> {
	const leaf = ctx.app.workspace.getLeavesOfType(CALENDAR_VIEW)[0] ?? ctx.app.workspace.getLeaf("tab");
	await leaf.setViewState({ type: CALENDAR_VIEW, active: true, state: { path } });
	await ctx.app.workspace.revealLeaf(leaf);
}

/** The calendar as a feature: its view and its command. */
export function registerCalendar(ctx: AscentContext, data: Readable<SidebarData>): void {
	ctx.plugin.registerView(CALENDAR_VIEW, (leaf: WorkspaceLeaf) => new CalendarView(leaf, data));
	ctx.plugin.addCommand({ id: "open-contact-calendar", name: "Open contact calendar", callback: () => void openCalendar(ctx, ctx.activePerson()?.path ?? null) });
}
