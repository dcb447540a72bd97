// The contact calendar as a view: a Svelte component mounted in onOpen and unmounted in onClose.
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { mount, unmount } from "svelte";
import ContactCalendar from "../ui/ContactCalendar.svelte";
import type { AscentServices } from "./services";

export const CALENDAR_VIEW = "ascent-calendar";

export class CalendarView extends ItemView {
	private component: ReturnType<typeof mount> | null = null;
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
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { path?: unknown } | null)?.path;
		this.path = typeof path === "string" ? path : null;
		this.remount();
		await super.setState(state, result);
	}
	override async onOpen(): Promise<void> {
		this.remount();
	}
	private remount(): void {
		if (this.component) void unmount(this.component);
		this.contentEl.empty();
		this.component = mount(ContactCalendar, {
			target: this.contentEl,
			props: { data: this.services.ui.data, daysOf: (path: string | null) => this.services.contactDays(path), initialPath: this.path },
		});
	}
	override async onClose(): Promise<void> {
		if (this.component) await unmount(this.component);
		this.component = null;
	}
}
