// Wires Ascent together inside Obsidian, and nothing else: it creates the parts (settings, the live index, the
// writer with its undo history), hands each feature the narrow context it works on, and lets each register its own
// views, commands and events. Where to add a feature: ARCHITECTURE.md, "Extension points".
import { type App, Component, debounce, type Plugin } from "obsidian";
import { registerCalendar } from "./calendar-view";
import { registerCodeBlock } from "./codeblock";
import { type AscentContext, createContext } from "./context";
import { EventImport } from "./event-import";
import { ImportExport } from "./import-export";
import { IndexService } from "./index-service";
import { PersonActions } from "./person-actions";
import { ReachOut } from "./reach-out";
import { SettingsStore } from "./settings-store";
import { AscentSettingTab } from "./settings-tab";
import { SetupAdvisor } from "./setup-advisor";
import { registerTriage } from "./triage-modal";
import { UiState } from "./ui-state";
import { PersonCardFeature } from "./person-card";
import { type AscentApi, registerApi } from "./api";
import { registerAttentionBasesView } from "./bases-view";
import { UndoHistory } from "./undo";
import { registerSidebar } from "./view";
import { Writer } from "./writes";

export interface ServicesOptions {
	app: App;
	plugin: Plugin;
	/** The clock (tests pin "today"). */
	now?: () => Date;
	/** How long one slice of the index build may hold the main thread (tests slice as finely as possible with 0). */
	sliceMs?: number;
}

export class AscentServices extends Component {
	readonly ctx: AscentContext;
	readonly store: SettingsStore;
	readonly index: IndexService;
	readonly history: UndoHistory;
	readonly writer: Writer;
	readonly actions: PersonActions;
	readonly advisor: SetupAdvisor;
	readonly contacts: ImportExport;
	readonly events: EventImport;
	readonly reachOut: ReachOut;
	readonly ui: UiState;
	readonly card: PersonCardFeature;
	/** The public API (obsidian/api.ts), once set up. */
	api: AscentApi | null = null;

	constructor(options: ServicesOptions) {
		super();
		const { app, plugin } = options;
		this.store = new SettingsStore(plugin, app);
		this.index = new IndexService({ app, settings: () => this.store.settings, now: options.now, sliceMs: options.sliceMs });
		this.history = new UndoHistory(app);
		this.writer = new Writer({ app, settings: () => this.store.settings, history: this.history, written: (path, text) => this.index.refresh(path, text) });
		const ctx = (this.ctx = createContext({ app, plugin, store: this.store, index: this.index, writer: this.writer, history: this.history }));
		this.actions = new PersonActions(ctx);
		this.advisor = new SetupAdvisor({ ...ctx, changed: () => this.ui.refreshSoon() });
		this.contacts = new ImportExport(ctx);
		this.events = new EventImport(ctx);
		this.reachOut = new ReachOut(ctx);
		this.ui = new UiState(ctx, { actions: this.actions, advisor: this.advisor, card: () => this.card });
		this.card = new PersonCardFeature(ctx, this.ui.data);
		this.card.actions = () => this.ui.actions();
	}

	/** Light work only: settings, commands, views. The index is built once the layout is ready. */
	async setup(): Promise<void> {
		const { ctx, ui } = this;
		const plugin = ctx.plugin;
		await this.store.load();
		this.addChild(this.index);
		registerSidebar(ctx, { data: ui.data, card: this.card.card }, () => ui.actions());
		this.card.register();
		this.api = registerApi(ctx, (path) => this.card.show(path));
		registerAttentionBasesView(ctx, (path) => this.card.show(path));
		registerCalendar(ctx, ui.data);
		registerCodeBlock(plugin, ui.data, () => ui.actions());
		registerTriage(ctx);
		this.actions.register();
		this.contacts.register();
		this.events.register();
		this.reachOut.register();
		plugin.addSettingTab(new AscentSettingTab(ctx.app, plugin, ctx, this.advisor));
		plugin.addCommand({ id: "rebuild-index", name: "Rebuild index", callback: () => void this.index.rebuild().then(() => this.index.notifyCount()) });
		plugin.addCommand({ id: "undo", name: "Undo last change", callback: () => void ctx.undo() });
		plugin.addCommand({ id: "redo", name: "Redo", callback: () => void ctx.redo() });
		const rebuild = debounce(() => void this.index.rebuild(), 500, true);
		this.register(this.store.onChange(() => rebuild()));
		this.register(this.store.onChange(() => ui.refreshSoon()));
		this.register(this.index.onIndexChange(() => ui.refreshSoon()));
		// Nobody found: look at what the vault holds (after a build, and when a change may have removed the last person).
		this.register(this.index.onIndexChange(debounce(() => void this.advisor.refresh(), 500, true)));
		ctx.app.workspace.onLayoutReady(() => {
			void this.index.start();
			// Statuses change at midnight even when no note does.
			plugin.registerInterval(window.setInterval(() => ui.tick(), 60_000));
			// Nor does Obsidian say when its Daily notes or Periodic Notes settings change: look once a minute.
			plugin.registerInterval(window.setInterval(() => void this.index.checkConventions(), 60_000));
		});
	}
}
