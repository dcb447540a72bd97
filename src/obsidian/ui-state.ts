// One store of what the UI shows, refreshed (debounced) when the index changes or the day turns; shared by the
// sidebar and every ```ascent``` block, and released with the plugin.
import { goals, problems, reconnectPeople } from "../core/network";
import { TieMemo } from "../core/reconnect";
import { circles } from "../core/circles";
import { debounce, Notice } from "obsidian";
import { writable, type Readable } from "svelte/store";
import { compareByName } from "../core/attention";
import { addDays } from "../core/dates";
import type { FollowUp, PersonView } from "../core/model";
import { describeLookedIn, personTagsOf } from "../core/person";
import { EMPTY_DATA, type SidebarData } from "../ui/sidebar-model";
import { PREFS, type UiActions } from "../ui/actions";
import type { AscentContext } from "./context";
import type { PersonActions } from "./person-actions";
import type { SetupAdvisor } from "./setup-advisor";
import { placesAmong } from "./records";
import { tasksDates } from "./writes";
import type { PersonCardFeature } from "./person-card";

export class UiState {
	private readonly store = writable<SidebarData>(EMPTY_DATA);
	private lastDay = "";
	private preparing: string | null = null;
	readonly refreshSoon: () => void;
	/**
	 * The last refresh's people as the index handed them over (paths and names, in its order) and where each went in
	 * name order: the next refresh re-sorts only when someone was added, removed or renamed (or the order moved).
	 */
	private order: { paths: string[]; names: string[]; sorted: Int32Array } | null = null;
	/** The Reconnect list's ties, kept with the views they came from: a refresh works out those of the people a change touched. */
	private readonly ties = new TieMemo();
	/** Views whose follow-ups all have their words (nearly all): handed over as they are, their tasks not looked at again. */
	private readonly complete = new WeakSet<PersonView>();
	/** Words of follow-ups in dated notes, as read (null: the line holds no task any more); cleared on every change. */
	private readonly taskTexts = new Map<string, string | null>();
	private readonly reading = new Set<string>();

	constructor(private readonly ctx: AscentContext, private readonly features: { actions: PersonActions; advisor: SetupAdvisor; card: () => PersonCardFeature }) {
		this.refreshSoon = debounce(() => this.refresh(), 200, true);
		// A change may move a task to another line: its words are read afresh.
		ctx.plugin.register(ctx.index.onIndexChange(() => this.taskTexts.clear()));
	}

	get data(): Readable<SidebarData> {
		return this.store;
	}

	/** Called every minute: a new day changes statuses even when no note changed. */
	tick(): void {
		const today = this.ctx.today();
		if (today === this.lastDay || this.preparing === today) return;
		// Every person's status is recomputed for the new day: in slices first, so that midnight does not freeze the app.
		this.preparing = today;
		void this.ctx.index.prepareDay(today).then(() => {
			this.preparing = null;
			this.refresh();
		});
	}

	refresh(): void {
		const { index, store: settingsStore } = this.ctx;
		const settings = settingsStore.settings;
		const state = index.current;
		const today = this.ctx.today();
		this.lastDay = today;
		const base = {
			tiers: settings.tiers.map((t) => t.name),
			lookedIn: describeLookedIn(settings),
			setup: this.features.advisor.report && {
				found: this.features.advisor.report.found.map(({ text, count }) => ({ text, count })),
				suggestions: this.features.advisor.report.suggestions.map(({ id, text, setting }) => ({ id, text, setting })),
			},
			birthdayLeadDays: settings.birthdayLeadDays,
			wording: settings.gentleWording ? "gentle" as const : "plain" as const,
			today,
		};
		if (state.kind !== "ready") {
			this.store.set({ ...EMPTY_DATA, ...base, goals: [], health: { value: null, trend: [] } });
			return;
		}
		const built = state.index;
		const withTexts = this.taskTextsFor();
		const people = this.byName(built.people(today)).map(withTexts);
		this.store.set({
			...base, ready: true, people, attention: built.attention(today).map(withTexts), tagsOf: (path) => personTagsOf(built.facts(path)), problems: problems(built, today),
			reconnect: reconnectPeople(built, today, this.ties).map((p) => withTexts(p.view)),
			circles: circles(people, settings.tiers),
			goals: goals(built, today), health: index.healthTrend(built, today),
			contactDays: (path) => this.features.actions.contactDays(path),
			places: placesAmong(this.ctx.app, people),
		});
	}

	/**
	 * Views with the words of their follow-ups filled in. A task in a dated note is located by metadata but its words
	 * are not (the index never reads dated notes): they are read here, once per index state, and the store is
	 * refreshed when they arrive, so that no component reads the vault while it renders.
	 */
	private taskTextsFor(): (p: PersonView) => PersonView {
		const key = (t: FollowUp) => `${t.line}:${t.path}`;
		return (p) => {
			if (this.complete.has(p)) return p;
			if (!p.followUps.some((t) => t.text === null)) {
				this.complete.add(p);
				return p;
			}
			const followUps = p.followUps.map((t) => {
				if (t.text !== null) return t;
				const known = this.taskTexts.get(key(t));
				if (known !== undefined) return known === null ? t : { ...t, text: known };
				if (!this.reading.has(key(t))) {
					this.reading.add(key(t));
					void this.features.actions.followUpText(t).then((text) => {
						this.taskTexts.set(key(t), text);
						this.reading.delete(key(t));
						this.refreshSoon();
					});
				}
				return t;
			});
			return { ...p, followUps };
		};
	}

	/** `views` (as the index hands them over) sorted by name, in the last refresh's order when nobody was added, removed or renamed. */
	private byName(views: PersonView[]): PersonView[] {
		const order = this.order;
		if (order && sameOrder(order, views)) {
			const out = new Array<PersonView>(views.length);
			for (let i = 0; i < views.length; i++) out[i] = views[order.sorted[i] as number] as PersonView;
			return out;
		}
		const at = new Map(views.map((v, i) => [v, i]));
		const sorted = [...views].sort(compareByName);
		this.order = { paths: views.map((v) => v.path), names: views.map((v) => v.name), sorted: Int32Array.from(sorted, (v) => at.get(v) as number) };
		return sorted;
	}

	/** What the components may ask for: each one an act of a feature, named for the UI. */
	actions(): UiActions {
		const { ctx } = this;
		const { actions, advisor, card } = this.features;
		const person = (path: string) => ctx.personView(path);
		return {
			open: (path, newTab) => void ctx.openNote(path, newTab),
			openSource: (path, newTab) => void ctx.openNote(path, newTab),
			logToday: (path, kind) => {
				const p = person(path);
				if (p) void actions.logToday(p, kind);
			},
			logDetails: (path) => actions.openLogModal([path]),
			snooze: (path, days) => {
				const p = person(path);
				if (p) void actions.snooze(p, addDays(ctx.today(), days));
			},
			contactDays: (path) => actions.contactDays(path),
			useSuggestion: (id) => void advisor.use(id),
			openCard: (path) => card().show(path),
			logIntroduction: (a, b, topic) => void actions.logIntroduction(a, b, `(${topic})`),
			setTier: (path, tier) => {
				const p = person(path);
				if (p) void ctx.run(`${p.name} is now ${tier}.`, () => ctx.writer.setTier(path, tier));
			},
			closeCard: () => card().close(),
			copy: (text) => void navigator.clipboard.writeText(text).then(
				() => new Notice(`Copied: ${text}`),
				() => new Notice("Could not copy to the clipboard."),
			),
			// View choices are the device's (a phone and a laptop may differ); never in the synced settings.
			pref: (name) => {
				const kept: unknown = ctx.app.loadLocalStorage(`ascent-${name}`);
				return typeof kept === "boolean" ? kept : PREFS[name];
			},
			setPref: (name, value) => ctx.app.saveLocalStorage(`ascent-${name}`, value),
			completeFollowUp: (path, line, text) => void ctx.run(`Ticked "${text ?? "the task"}".`,
				() => ctx.writer.completeTask(path, line, text, tasksDates(ctx) ? ctx.today() : null)),
		};
	}
}

/** Whether `views` are the same people with the same names, in the same order, as `order` was made from. */
function sameOrder(order: { paths: string[]; names: string[] }, views: readonly PersonView[]): boolean {
	if (order.paths.length !== views.length) return false;
	for (let i = 0; i < views.length; i++) {
		const v = views[i] as PersonView;
		if (v.path !== order.paths[i] || v.name !== order.names[i]) return false;
	}
	return true;
}
