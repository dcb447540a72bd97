// The contact calendar as a view; its state names the person it opens on (or nobody: everyone).
import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import ContactCalendar from "../ui/ContactCalendar.svelte";
import type { AscentServices } from "./services";
import { SvelteView } from "./svelte-view";

export const CALENDAR_VIEW = "ascent-calendar";

type Props = { data: AscentServices["ui"]["data"]; daysOf: (path: string | null) => string[]; initialPath: string | null };

export class CalendarView extends SvelteView<Props> {
	private path: string | null = null;

	constructor(leaf: WorkspaceLeaf, private readonly services: AscentServices) {
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
		return { data: this.services.ui.data, daysOf: (path) => this.services.contactDays(path), initialPath: this.path };
	}
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { path?: unknown } | null)?.path;
		this.path = typeof path === "string" ? path : null;
		this.remount();
		await super.setState(state, result);
	}
}
