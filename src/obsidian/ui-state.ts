// One store of what the UI shows, refreshed (debounced) when the index changes or the day turns; shared by the
// sidebar and every ```ascent``` block, and released with the plugin.
import { debounce } from "obsidian";
import { writable, type Readable } from "svelte/store";
import { compareByName } from "../core/attention";
import type { PersonView } from "../core/model";
import { describeLookedIn, personTagsOf } from "../core/person";
import { EMPTY_DATA, type SidebarData } from "../ui/sidebar-model";
import type { UiActions } from "../ui/actions";
import type { AscentServices } from "./services";

export class UiState {
	private readonly store = writable<SidebarData>(EMPTY_DATA);
	private lastDay = "";
	private preparing: string | null = null;
	readonly refreshSoon: () => void;
	/** Everyone's paths in name order, and the name each had: a change re-sorts only when a name or the set changes. */
	private order: { paths: string[]; names: Map<string, string> } | null = null;

	constructor(private readonly services: AscentServices) {
		this.refreshSoon = debounce(() => this.refresh(), 200, true);
	}

	get data(): Readable<SidebarData> {
		return this.store;
	}

	/** Called every minute: a new day changes statuses even when no note changed. */
	tick(): void {
		const today = this.services.today();
		if (today === this.lastDay || this.preparing === today) return;
		// Every person's status is recomputed for the new day: in slices first, so that midnight does not freeze the app.
		this.preparing = today;
		void this.services.index.prepareDay(today).then(() => {
			this.preparing = null;
			this.refresh();
		});
	}

	refresh(): void {
		const { index, store: settingsStore } = this.services;
		const settings = settingsStore.settings;
		const state = index.current;
		const today = this.services.today();
		this.lastDay = today;
		const base = {
			tiers: settings.tiers.map((t) => t.name),
			lookedIn: describeLookedIn(settings),
			setup: this.services.advisor.report && {
				found: this.services.advisor.report.found.map(({ text, count }) => ({ text, count })),
				suggestions: this.services.advisor.report.suggestions.map(({ id, text, setting }) => ({ id, text, setting })),
			},
			birthdayLeadDays: settings.birthdayLeadDays,
			today,
		};
		if (state.kind !== "ready") {
			this.store.set({ ...EMPTY_DATA, ...base, goals: [], health: { value: null, trend: [] } });
			return;
		}
		const people = this.byName(state.index.people(today));
		const tags: Record<string, string[]> = {};
		for (const p of people) tags[p.path] = personTagsOf(state.index.facts(p.path));
		this.store.set({
			...base, ready: true, people, attention: state.index.attention(today), tags, problems: state.index.problems(today),
			goals: state.index.goals(today), health: this.services.index.healthTrend(state.index, today),
		});
	}

	/** `views` sorted by name, re-using the last order when nobody was added, removed or renamed. */
	private byName(views: PersonView[]): PersonView[] {
		const order = this.order;
		if (order && order.paths.length === views.length && views.every((v) => order.names.get(v.path) === v.name)) {
			const byPath = new Map(views.map((v) => [v.path, v]));
			return order.paths.map((path) => byPath.get(path) as PersonView);
		}
		const sorted = views.sort(compareByName);
		this.order = { paths: sorted.map((v) => v.path), names: new Map(sorted.map((v) => [v.path, v.name])) };
		return sorted;
	}

	actions(): UiActions {
		const s = this.services;
		const person = (path: string) => s.personView(path);
		return {
			open: (path, newTab) => void s.openNote(path, newTab),
			openSource: (path, newTab) => void s.openNote(path, newTab),
			logToday: (path) => {
				const p = person(path);
				if (p) void s.logToday(p);
			},
			logDetails: (path) => s.openLogModal([path]),
			snooze: (path, days) => {
				const p = person(path);
				if (p) void s.snooze(p, s.addDaysToToday(days));
			},
			contactDays: (path) => s.contactDays(path),
			useSuggestion: (id) => void s.advisor.use(id),
			followUpText: (task) => s.followUpText(task),
			completeFollowUp: (path, line, text) => void s.run(`Ticked "${text ?? "the task"}".`, () => s.writer.completeTask(path, line, text)),
		};
	}
}
