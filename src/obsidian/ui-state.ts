// One store of what the UI shows, refreshed (debounced) when the index changes or the day turns; shared by the
// sidebar and every ```ascent``` block, and released with the plugin.
import { goals, ProblemBook, reconnectPeople } from "../core/network";
import { lastDayDormant, silentSince, TieMemo } from "../core/reconnect";
import { circlesOf, countTier, tierCounts } from "../core/circles";
import { debounce, Notice } from "obsidian";
import { writable, type Readable } from "svelte/store";
import { compareByName } from "../core/attention";
import { addDays, type Day } from "../core/dates";
import type { FollowUp, PersonView } from "../core/model";
import { describeLookedIn, personTagsOf } from "../core/person";
import { countTabs, EMPTY_DATA, type PeopleCounts, type SidebarData, upcomingUntil } from "../ui/sidebar-model";
import { PREFS, type UiActions } from "../ui/actions";
import type { AscentContext } from "./context";
import type { PeopleIndex } from "../core/people-index";
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
	/** The Reconnect list's ties, kept with the views they came from: a refresh works out those of the people a change touched. */
	private readonly ties = new TieMemo();
	/** Views whose follow-ups all have their words (nearly all): handed over as they are, their tasks not looked at again. */
	private readonly complete = new WeakSet<PersonView>();
	/** Words of follow-ups in dated notes, as read (null: the line holds no task any more); cleared on every change. */
	private readonly taskTexts = new Map<string, string | null>();
	private readonly reading = new Set<string>();
	/** People the index changed since the last refresh; null: anyone may have (a build, nothing refreshed yet). */
	private changed: Set<string> | null = null;
	/** The last refresh's people, kept for the next: a keystroke in a daily note hands over again only whom it touched. */
	private last: KeptPeople | null = null;
	private readonly problems = new ProblemBook();

	constructor(private readonly ctx: AscentContext, private readonly features: { actions: PersonActions; advisor: SetupAdvisor; card: () => PersonCardFeature }) {
		this.refreshSoon = debounce(() => this.refresh(), 200, true);
		ctx.plugin.register(ctx.index.onIndexChange((changed) => {
			// A change may move a task to another line: its words are read afresh.
			this.taskTexts.clear();
			if (changed === null) this.changed = null;
			else if (this.changed !== null) for (const path of changed) this.changed.add(path);
		}));
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
		const changed = this.changed;
		this.changed = new Set();
		if (state.kind !== "ready") {
			this.changed = null;
			this.store.set({ ...EMPTY_DATA, ...base, goals: [], health: { value: null, trend: [] } });
			return;
		}
		const built = state.index;
		const withTexts = this.taskTextsFor();
		const kept = this.peopleNow(built, today, changed, withTexts);
		const { views, people } = kept;
		// Everyone's follow-ups have their words (nearly always): the lists below are handed over as the index made them.
		const fill = kept.waiting.size === 0 ? null : withTexts;
		const attention = built.attention(today);
		this.store.set({
			...base, ready: true, people, attention: fill ? attention.map(fill) : attention, tagsOf: (path) => personTagsOf(built.facts(path)),
			problems: this.problems.problems(built, today, changed),
			reconnect: reconnectPeople(built, today, this.ties, silentOnes(kept)).map((p) => (fill ? fill(p.view) : p.view)),
			circles: circlesOf(kept.tiers, settings.tiers), peopleCounts: { ...kept.tabs },
			goals: goals(built, today), health: index.healthTrend(built, today, views),
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

	/**
	 * Everyone's views in the index's order (`views`), and the same with their follow-ups' words in name order
	 * (`people`, what the store holds), with what is counted from them; kept as `last` for the next refresh. On the
	 * index and day of the last refresh, with `changed` known, only the people changed are handed over again, and the
	 * views still waiting for words are filled in again; anyone who came, went or was renamed, a new index or a new
	 * day: everyone afresh.
	 */
	private peopleNow(built: PeopleIndex, today: Day, changed: ReadonlySet<string> | null, withTexts: (p: PersonView) => PersonView): KeptPeople {
		const last = this.last;
		if (changed !== null && last !== null && last.index === built && last.day === today) {
			const views = last.views.slice();
			const people = last.people.slice();
			let same = true;
			for (const path of changed) {
				const i = last.at.get(path);
				const view = built.heldView(path, today);
				if (i === undefined || view === null || view.name !== (views[i] as PersonView).name) {
					same = false;
					break;
				}
				countTier(last.tiers, views[i] as PersonView, -1);
				countTier(last.tiers, view, 1);
				countTabs(last.tabs, views[i] as PersonView, last.horizon, -1);
				countTabs(last.tabs, view, last.horizon, 1);
				last.silent[i] = silentSince(view, last.quietSince) ? 1 : 0;
				views[i] = view;
				last.waiting.add(i);
			}
			if (same) {
				for (const i of last.waiting) {
					const view = views[i] as PersonView;
					people[last.named[i] as number] = withTexts(view);
					if (this.complete.has(view)) last.waiting.delete(i);
				}
				this.last = { ...last, views, people };
				return this.last;
			}
		}
		const views = built.people(today);
		const { sorted, named } = this.byName(views);
		const people = sorted.map(withTexts);
		const waiting = new Set<number>();
		for (let i = 0; i < views.length; i++) if (!this.complete.has(views[i] as PersonView)) waiting.add(i);
		const horizon = upcomingUntil(today);
		const tabs: PeopleCounts = {};
		for (const view of views) countTabs(tabs, view, horizon, 1);
		const quietSince = lastDayDormant(today, built.settings.reconnectAfterDays);
		const silent = Uint8Array.from(views, (v) => (silentSince(v, quietSince) ? 1 : 0));
		this.last = { index: built, day: today, views, people, at: new Map(views.map((v, i) => [v.path, i])), named, waiting, tiers: tierCounts(views), tabs, horizon, silent, quietSince };
		return this.last;
	}

	/**
	 * `views` (as the index hands them over) sorted by name, and where each went (`named`): the last refresh's order
	 * when its people were these, with the same names, in the same order (nobody added, removed or renamed).
	 */
	private byName(views: PersonView[]): { sorted: PersonView[]; named: Int32Array } {
		const last = this.last;
		if (last && sameOrder(last.views, views)) {
			const sorted = new Array<PersonView>(views.length);
			for (let i = 0; i < views.length; i++) sorted[last.named[i] as number] = views[i] as PersonView;
			return { sorted, named: last.named };
		}
		const at = new Map(views.map((v, i) => [v, i]));
		const sorted = [...views].sort(compareByName);
		const named = new Int32Array(views.length);
		for (let j = 0; j < sorted.length; j++) named[at.get(sorted[j] as PersonView) as number] = j;
		return { sorted, named };
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

/** A refresh's people as the next one starts from (UiState.peopleNow). */
interface KeptPeople {
	index: PeopleIndex;
	day: Day;
	/** Views in the index's order, as it handed them over. */
	views: PersonView[];
	/** The same with their follow-ups' words, in name order: what the store holds. */
	people: PersonView[];
	/** Where each path is in `views`. */
	at: Map<string, number>;
	/** Where each of `views` is in `people`. */
	named: Int32Array;
	/** Places in `views` whose follow-ups wait for their words: filled in again on each refresh. */
	waiting: Set<number>;
	/** How many people each tier holds (the circles). */
	tiers: Map<string, number>;
	/** How many people each tab drawn from the people holds, and the last day the upcoming tab looks at. */
	tabs: PeopleCounts;
	horizon: Day;
	/** Who has been out of touch since `quietSince` (1), by place in `views`: the only people the Reconnect list looks at. */
	silent: Uint8Array;
	quietSince: Day;
}

/** The views of the people out of touch long enough to be on the Reconnect list, in the index's order. */
function silentOnes(kept: KeptPeople): PersonView[] {
	const out: PersonView[] = [];
	for (let i = 0; i < kept.silent.length; i++) if (kept.silent[i] === 1) out.push(kept.views[i] as PersonView);
	return out;
}

/** Whether `views` are the same people with the same names, in the same order, as `before`. */
function sameOrder(before: readonly PersonView[], views: readonly PersonView[]): boolean {
	if (before.length !== views.length) return false;
	for (let i = 0; i < views.length; i++) {
		const v = views[i] as PersonView;
		const b = before[i] as PersonView;
		if (v.path !== b.path || v.name !== b.name) return false;
	}
	return true;
}
