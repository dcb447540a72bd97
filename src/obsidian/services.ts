// Wires Ascent together inside Obsidian: settings, the live index, writes with undo, commands, view and status bar.
import { type App, Component, debounce, MarkdownView, Notice, type Plugin, type WorkspaceLeaf } from "obsidian";
import { addDays, type Day } from "../core/dates";
import type { FollowUp, PersonView } from "../core/model";
import { taskTextAt } from "../core/person";
import { compareByName } from "../core/attention";
import { SNOOZE_CHOICES } from "../core/constants";
import { collectReport, toMarkdown } from "../core/report";
import { IndexService } from "./index-service";
import { AttentionModal, type Choice, ChoiceModal, DateModal, GoalsModal, LogModal, PersonPickerModal, TextModal } from "./modals";
import { CALENDAR_VIEW, CalendarView } from "./calendar-view";
import { TriageModal } from "./triage-modal";
import { asFile } from "./records";
import { SettingsStore } from "./settings-store";
import { AscentSettingTab } from "./settings-tab";
import { UndoHistory, type UndoResult, type UndoStep } from "./undo";
import { VIEW_TYPE, AscentView } from "./view";
import { safePath, Writer, WriteError } from "./writes";
import { ImportExport } from "./import-export";
import { registerCommands } from "./commands";
import { parseCadence } from "../core/cadence";
import { registerCodeBlock } from "./codeblock";
import { byReferences } from "../ui/sidebar-model";
import { ReachOut } from "./reach-out";
import { UiState } from "./ui-state";
import { SetupAdvisor } from "./setup-advisor";

export interface ServicesOptions {
	app: App;
	plugin: Plugin;
	now?: () => Date;
}

export class AscentServices extends Component {
	readonly app: App;
	readonly plugin: Plugin;
	readonly store: SettingsStore;
	readonly index: IndexService;
	readonly history: UndoHistory;
	readonly writer: Writer;
	readonly ui: UiState;
	readonly reachOut: ReachOut;
	readonly advisor: SetupAdvisor;
	readonly contacts: ImportExport;
	private readonly taskTexts = new Map<string, Promise<string | null>>();
	/** How long to wait after a daily note is created before adding the reach-out list (templates land first). */
	reachOutDelayMs = 1500;

	constructor(options: ServicesOptions) {
		super();
		this.app = options.app;
		this.plugin = options.plugin;
		this.store = new SettingsStore(options.plugin, options.app);
		this.index = new IndexService({ app: options.app, settings: () => this.store.settings, now: options.now });
		this.history = new UndoHistory(options.app);
		this.writer = new Writer({
			app: options.app,
			settings: () => this.store.settings,
			history: this.history,
			written: (path, text) => this.index.refresh(path, text),
		});
		this.ui = new UiState(this);
		this.contacts = new ImportExport({
			app: this.app, index: this.index, store: this.store, writer: this.writer, today: () => this.today(),
			run: (message, write) => this.run(message, write), people: () => this.people(), activePerson: () => this.activePerson(),
		});
		this.advisor = new SetupAdvisor({
			index: this.index, store: this.store, history: this.history,
			changed: () => this.ui.refreshSoon(), notifyWithUndo: (message) => this.undoNotice(message),
		});
		this.reachOut = new ReachOut(this);
	}

	/** Light work only: settings, commands, view type. The index is built once the layout is ready. */
	async setup(): Promise<void> {
		await this.store.load();
		this.addChild(this.index);
		const plugin = this.plugin;
		plugin.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new AscentView(leaf, this));
		plugin.registerView(CALENDAR_VIEW, (leaf: WorkspaceLeaf) => new CalendarView(leaf, this));
		plugin.addRibbonIcon("mountain", "Open sidebar", () => void this.openSidebar());
		plugin.addSettingTab(new AscentSettingTab(this.app, plugin, this));
		registerCommands(this);
		registerCodeBlock(this);
		const status = plugin.addStatusBarItem();
		status.addClass("ascent-status");
		status.addEventListener("click", () => void this.openSidebar());
		const updateStatus = () => {
			const state = this.index.current;
			const count = state.kind === "ready" ? state.index.attention(this.index.today()).length : 0;
			status.setText(state.kind === "ready" && count > 0 ? `${count} to reach out` : "");
		};
		const rebuild = debounce(() => void this.index.rebuild(), 500, true);
		this.register(this.store.onChange(() => rebuild()));
		this.register(this.index.onIndexChange(debounce(updateStatus, 300, true)));
		this.register(this.index.onIndexChange(() => this.ui.refreshSoon()));
		// Nobody found: look at what the vault holds (after a build, and when a change may have removed the last person).
		this.register(this.index.onIndexChange(debounce(() => void this.advisor.refresh(), 500, true)));
		// A change may move a task to another line: read task texts afresh.
		this.register(this.index.onIndexChange(() => this.taskTexts.clear()));
		this.register(this.store.onChange(() => this.ui.refreshSoon()));
		this.app.workspace.onLayoutReady(() => {
			void this.index.start();
			// Statuses change at midnight even when no note does.
			plugin.registerInterval(window.setInterval(() => this.ui.tick(), 60_000));
			plugin.registerEvent(this.app.vault.on("create", (file) => void this.reachOut.onCreate(file)));
		});
	}

	today(): Day {
		return this.index.today();
	}

	people(): PersonView[] {
		const state = this.index.current;
		return state.kind === "ready" ? state.index.people(this.today()).sort(compareByName) : [];
	}

	personView(path: string): PersonView | null {
		const state = this.index.current;
		return state.kind === "ready" ? state.index.person(path, this.today()) : null;
	}

	addDaysToToday(days: number): Day {
		return addDays(this.today(), days);
	}

	activePerson(): PersonView | null {
		const file = this.app.workspace.getActiveFile();
		const state = this.index.current;
		if (!file || state.kind !== "ready") return null;
		return state.index.person(file.path, this.today());
	}

	async openSidebar(): Promise<void> {
		const { workspace } = this.app;
		const existing = workspace.getLeavesOfType(VIEW_TYPE)[0];
		if (existing) {
			await workspace.revealLeaf(existing);
			return;
		}
		const leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: VIEW_TYPE, active: true });
		await workspace.revealLeaf(leaf);
	}

	async openNote(path: string, newTab = false): Promise<void> {
		const file = asFile(this.app, path);
		if (!file) {
			new Notice(`${path} no longer exists.`);
			return;
		}
		await this.app.workspace.getLeaf(newTab ? "tab" : false).openFile(file);
	}

	/** Runs a write; says what happened, with an Undo action, or why nothing was written. */
	async run(message: string, write: () => Promise<unknown>): Promise<boolean> {
		try {
			await write();
		} catch (error) {
			new Notice(error instanceof WriteError ? error.message : `Ascent could not write: ${(error as Error).message}`);
			return false;
		}
		this.undoNotice(message);
		return true;
	}

	/** A notice that says what was done, with an Undo action for that very step (not whatever came last). */
	undoNotice(message: string): void {
		const step = this.history.latest;
		const fragment = createFragment((f) => {
			f.createSpan({ text: `${message} ` });
			const button = f.createEl("button", { text: "Undo", cls: "ascent-undo" });
			button.addEventListener("click", () => void this.undo(step));
		});
		new Notice(fragment, 8000);
	}

	async undo(step?: UndoStep): Promise<UndoResult> {
		const result = step ? await this.history.undoStep(step) : await this.history.undo();
		new Notice(result.ok ? `Undone: ${result.label}.` : result.message);
		return result;
	}

	async redo(): Promise<UndoResult> {
		const result = await this.history.redo();
		new Notice(result.ok ? `Redone: ${result.label}.` : result.message);
		return result;
	}

	logToday(person: PersonView): Promise<boolean> {
		return this.run(`Logged contact with ${person.name} today.`, () =>
			this.writer.logInteraction({ paths: [person.path], date: this.today(), kind: "other", note: "" }));
	}

	openLogModal(preselected: string[] = []): void {
		new LogModal(this.app, this.people(), preselected, this.today(), (r) => {
			void this.run(`Logged ${r.kind === "other" ? "an interaction" : r.kind} with ${r.paths.length === 1 ? "1 person" : `${r.paths.length} people`}.`,
				() => this.writer.logInteraction(r));
		}).open();
	}

	snooze(person: PersonView, until: Day): Promise<boolean> {
		return this.run(`Snoozed ${person.name} until ${until}.`, () => this.writer.snooze(person.path, until));
	}

	openSnoozeModal(person: PersonView): void {
		const today = this.today();
		const choice = (label: string, days: number): Choice => ({ label, detail: addDays(today, days), run: () => void this.snooze(person, addDays(today, days)) });
		new ChoiceModal(this.app, [
			...SNOOZE_CHOICES.map((c) => choice(c.label, c.days)),
			{ label: "Until a date…", run: () => new DateModal(this.app, `Snooze ${person.name} until`, addDays(today, SNOOZE_CHOICES[0]?.days ?? 7), (d) => void this.snooze(person, d)).open() },
		], `Snooze ${person.name}`).open();
	}

	openCadenceModal(person: PersonView): void {
		const tiers: Choice[] = this.store.settings.tiers.map((t) => ({
			label: `Tier: ${t.name}`, detail: `every ${t.cadenceDays} days`,
			run: () => void this.run(`${person.name} is now ${t.name}.`, () => this.writer.setTier(person.path, t.name)),
		}));
		tiers.push({
			label: "Custom cadence…", detail: "30, 2w, monthly, every 3 weeks",
			run: () => new TextModal(this.app, `Cadence for ${person.name}`, "Cadence", (value) => {
				const parsed = parseCadence(value);
				if (!parsed.ok) return `The cadence ${parsed.message}.`;
				void this.run(`${person.name}: cadence set to ${value.trim()}.`, () => this.writer.setCadence(person.path, value.trim()));
				return null;
			}).open(),
		});
		new ChoiceModal(this.app, tiers, `Cadence or tier for ${person.name}`).open();
	}

	togglePause(person: PersonView): Promise<boolean> {
		const pause = person.status !== "paused";
		return this.run(pause ? `Paused ${person.name}.` : `Resumed ${person.name}.`, () => this.writer.setPaused(person.path, pause));
	}

	personActions(person: PersonView): Choice[] {
		return [
			{ label: "Open note", run: () => void this.openNote(person.path) },
			{ label: "Log contact today", run: () => void this.logToday(person) },
			{ label: "Log with details…", run: () => this.openLogModal([person.path]) },
			{ label: "Snooze…", run: () => this.openSnoozeModal(person) },
			{ label: "Set cadence or tier…", run: () => this.openCadenceModal(person) },
			{ label: person.status === "paused" ? "Resume" : "Pause", run: () => void this.togglePause(person) },
		];
	}

	openAttention(): void {
		const state = this.index.current;
		if (state.kind !== "ready") {
			new Notice("Ascent is still reading your vault.");
			return;
		}
		new AttentionModal(this.app, state.index.attention(this.today()), this.today(), (person) =>
			new ChoiceModal(this.app, this.personActions(person), person.name).open()).open();
	}

	showGoals(): void {
		const state = this.index.current;
		const goals = state.kind === "ready" ? state.index.goals(this.today()) : [];
		new GoalsModal(this.app, goals, () => void this.openSidebar()).open();
	}

	jumpToPerson(): void {
		new PersonPickerModal(this.app, this.people(), (p) => void this.openNote(p.path)).open();
	}

	openAddPerson(): void {
		new TextModal(this.app, "Add person", "Name", (name) => {
			if (name.trim() === "") return "A person needs a name.";
			void this.addPerson(name);
			return null;
		}).open();
	}

	async addPerson(name: string, tier: string | null = null): Promise<string | null> {
		const settings = this.store.settings;
		let path: string | null = null;
		const templatePath = settings.personTemplate;
		if (templatePath !== "" && safePath(templatePath) === null) {
			new Notice(`The person template "${templatePath}" is outside the vault; change it in settings. Nothing was written.`);
			return null;
		}
		const template = templatePath ? asFile(this.app, safePath(templatePath) ?? "") : null;
		const text = template ? await this.app.vault.read(template) : "";
		const ok = await this.run(`Added ${name.trim()}.`, async () => {
			path = await this.writer.addPerson({ name, folder: settings.personFolders[0] ?? "", template: text, tier, today: this.today() });
		});
		if (ok && path) await this.openNote(path);
		return ok ? path : null;
	}

	/** The words of an open task in a note the index did not read; read once per index state (`cachedRead`). */
	followUpText(task: FollowUp): Promise<string | null> {
		const key = `${task.line}:${task.path}`;
		let text = this.taskTexts.get(key);
		if (!text) {
			const file = asFile(this.app, task.path);
			text = file ? this.app.vault.cachedRead(file).then((content) => taskTextAt(content, task.line), () => null) : Promise.resolve(null);
			this.taskTexts.set(key, text);
		}
		return text;
	}

	/** Days with contact: one person's interactions, or everyone's (for the contact calendar). */
	contactDays(path: string | null): string[] {
		const state = this.index.current;
		if (state.kind !== "ready") return [];
		const today = this.today();
		if (path === null) return state.index.goalDays("interactions").filter((d) => d <= today);
		return state.index.interactions(path).filter((i) => i.source !== "property" && i.date <= today).map((i) => i.date);
	}

	async openCalendar(path: string | null = null): Promise<void> {
		const leaf = this.app.workspace.getLeavesOfType(CALENDAR_VIEW)[0] ?? this.app.workspace.getLeaf("tab");
		await leaf.setViewState({ type: CALENDAR_VIEW, active: true, state: { path } });
		await this.app.workspace.revealLeaf(leaf);
	}

	openTriage(): void {
		const state = this.index.current;
		if (state.kind !== "ready") return;
		const queue = state.index.people(this.today()).filter((p) => p.status === "untracked").sort(byReferences);
		new TriageModal(this.app, this, queue).open();
	}

	insertAttentionList(): boolean {
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		const state = this.index.current;
		if (!view?.file || state.kind !== "ready") return false;
		const from = view.file.path;
		const markdown = toMarkdown(collectReport(state.index, this.today()), Infinity, (name) => state.index.resolve(name, from));
		void this.run("Inserted the attention list.", () => this.writer.append(view.file?.path ?? "", markdown, "insert attention list"));
		return true;
	}
}
