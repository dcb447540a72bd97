// The settings tab: a live status box, then the plain settings of obsidian/settings-table.ts, tiers and goals.
// Obsidian 1.13 and later draw it from getSettingDefinitions() (and find every setting in its settings search);
// older apps call display(), which draws the same table with the Setting API.
import {
	AbstractInputSuggest, type App, type Plugin, PluginSettingTab, requireApiVersion, Setting, type SettingDefinitionItem,
	type SettingGroupItem, type TextComponent, TFile, TFolder,
} from "obsidian";
import { GOAL_KINDS, GOAL_LABELS, type GoalKind, type Period, PERIODS } from "../core/goals";
import { describeLookedIn } from "../core/person";
import { type AscentSettings, LIMITS, type LimitName, limitMessage, uniqueName, withinLimits } from "../core/settings";
import type { AscentContext } from "./context";
import {
	type ControlKey, controlProblem, controlValue, type CustomPart, numberLimits, PLAIN_SETTINGS, type PlainSetting,
	setControlValue, SETTINGS_GROUPS,
} from "./settings-table";
import type { SetupAdvisor } from "./setup-advisor";

export class AscentSettingTab extends PluginSettingTab {
	constructor(app: App, plugin: Plugin, private readonly ctx: AscentContext, private readonly advisor: SetupAdvisor) {
		super(app, plugin);
	}

	private save(change: (s: AscentSettings) => void): void {
		void this.ctx.store.update(change);
	}

	/** Draws again after a change that adds or removes rows (tiers, goals, a used suggestion). */
	private redraw(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else this.render();
	}

	// ---- Obsidian 1.13 and later: definitions ----

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const items: SettingDefinitionItem[] = [];
		for (const group of SETTINGS_GROUPS) {
			const plain: SettingGroupItem[] = [];
			for (const item of group.items) {
				if ("key" in item) plain.push(this.definition(item));
				else if (item.custom === "status") plain.push({ name: "Ascent's index", searchable: false, render: (setting) => this.statusBox(setting.descEl) });
			}
			if (plain.length > 0) items.push({ type: "group", heading: group.heading ?? undefined, items: plain });
			for (const item of group.items) if ("custom" in item && item.custom !== "status") items.push(this.listDefinition(item.custom));
		}
		return items;
	}

	override getControlValue(key: string): unknown {
		return PLAIN_SETTINGS.has(key as ControlKey) ? controlValue(this.ctx.store.settings, key as ControlKey) : undefined;
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		if (controlProblem(key as ControlKey, value) !== null) return;
		await this.ctx.store.update((s) => setControlValue(s, key as ControlKey, value));
	}

	private definition(def: PlainSetting): SettingGroupItem {
		const base = { name: def.name, desc: def.desc, aliases: def.aliases };
		const validate = (value: unknown) => controlProblem(def.key, value) ?? undefined;
		switch (def.type) {
			case "toggle":
				return { ...base, control: { type: "toggle", key: def.key } };
			case "number":
				return { ...base, control: { type: "number", key: def.key, min: numberLimits(def.key)?.min, max: numberLimits(def.key)?.max, step: 1, validate } };
			case "folder":
				return { ...base, control: { type: "folder", key: def.key, placeholder: def.placeholder, validate } };
			case "file":
				return { ...base, control: { type: "file", key: def.key, placeholder: def.placeholder, filter: (f: TFile) => f.extension === "md", validate } };
			default:
				return { ...base, control: { type: "text", key: def.key, placeholder: def.placeholder, validate } };
		}
	}

	/** Tiers and goals: lists the user adds to and removes from. */
	private listDefinition(part: Exclude<CustomPart, "status">): SettingDefinitionItem {
		const s = this.ctx.store.settings;
		if (part === "tiers") {
			return {
				type: "list", heading: "Tiers", emptyState: "No tiers: people are due by their own cadence or the default.",
				items: s.tiers.map((tier, i) => ({ name: tier.name, desc: `Every ${tier.cadenceDays} days`, aliases: ["circle", "capacity"], render: (setting: Setting) => this.tierRow(setting, i) })),
				onDelete: (i) => this.save((x) => x.tiers.splice(i, 1)),
				addItem: { name: "Add tier", action: () => this.addTier() },
			};
		}
		return {
			type: "list", heading: "Goals", emptyState: "No goals yet.",
			items: s.goals.map((goal, i) => ({ name: GOAL_LABELS[goal.kind], desc: `${goal.target} per ${goal.period}`, render: (setting: Setting) => this.goalRow(setting, i) })),
			onDelete: (i) => this.save((x) => x.goals.splice(i, 1)),
			addItem: { name: "Add goal", action: () => this.addGoal() },
		};
	}

	// ---- Older apps: display() ----

	override display(): void {
		this.render();
	}

	private render(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of SETTINGS_GROUPS) {
			if (group.heading) new Setting(containerEl).setName(group.heading).setHeading();
			for (const item of group.items) {
				if ("key" in item) this.plainRow(new Setting(containerEl), item);
				else if (item.custom === "status") this.statusBox(containerEl.createDiv({ cls: "ascent-status-box" }));
				else this.customRows(item.custom);
			}
		}
	}

	private plainRow(setting: Setting, def: PlainSetting): void {
		setting.setName(def.name).setDesc(def.desc);
		const value = controlValue(this.ctx.store.settings, def.key);
		if (def.type === "toggle") {
			setting.addToggle((t) => t.setValue(value === true).onChange((v) => void this.setControlValue(def.key, v)));
			return;
		}
		setting.addText((t) => {
			t.setValue(String(value));
			if ("placeholder" in def && def.placeholder) t.setPlaceholder(def.placeholder);
			const limits = numberLimits(def.key);
			if (def.type === "number" && limits) {
				t.inputEl.type = "number";
				t.inputEl.min = String(limits.min);
				t.inputEl.max = String(limits.max);
			}
			if (def.type === "folder") new PathSuggest(this.app, t.inputEl, "folder");
			if (def.type === "file") new PathSuggest(this.app, t.inputEl, "file");
			if (def.type === "list" && /folder/i.test(def.name)) new PathSuggest(this.app, t.inputEl, "folder", true);
			t.onChange((v) => this.checked(t, def.key, v));
		});
	}

	/** Saves a value the table accepts; otherwise marks the field and says why, saving nothing. */
	private checked(text: TextComponent, key: ControlKey, value: string): void {
		const problem = controlProblem(key, value);
		text.inputEl.toggleClass("ascent-invalid", problem !== null);
		text.inputEl.title = problem ?? "";
		if (problem === null) void this.setControlValue(key, value);
	}

	private customRows(part: Exclude<CustomPart, "status">): void {
		const { containerEl } = this;
		const s = this.ctx.store.settings;
		const rows = part === "tiers" ? s.tiers.length : s.goals.length;
		for (let i = 0; i < rows; i++) {
			const setting = new Setting(containerEl);
			if (part === "tiers") this.tierRow(setting, i);
			else this.goalRow(setting, i);
			setting.addExtraButton((b) => b.setIcon("trash").setTooltip(part === "tiers" ? "Remove this tier" : "Remove this goal").onClick(() => {
				this.save((x) => (part === "tiers" ? x.tiers.splice(i, 1) : x.goals.splice(i, 1)));
				this.render();
			}));
		}
		new Setting(containerEl).addButton((b) => b.setButtonText(part === "tiers" ? "Add tier" : "Add goal").onClick(() => (part === "tiers" ? this.addTier() : this.addGoal())));
	}

	// ---- Shared rows ----

	/**
	 * A number field within the limits the loader applies (core/settings.ts LIMITS): a value outside them is not
	 * saved, and the field says why, so nothing the tab accepts is reset on the next load.
	 */
	private number(text: TextComponent, limit: LimitName, value: number, set: (s: AscentSettings, n: number) => void): void {
		const { min, max } = LIMITS[limit];
		text.inputEl.type = "number";
		text.inputEl.min = String(min);
		text.inputEl.max = String(max);
		text.setValue(String(value)).onChange((v) => {
			const n = withinLimits(limit, Number(v));
			text.inputEl.toggleClass("ascent-invalid", n === null);
			text.inputEl.title = n === null ? `${limitMessage(limit).replace(/^must be/, "Must be")}.` : "";
			if (n !== null) this.save((x) => set(x, n));
		});
	}

	private tierRow(setting: Setting, i: number): void {
		const tier = this.ctx.store.settings.tiers[i];
		if (!tier) return;
		const capacity = tier.capacity ?? null;
		setting.setName(tier.name).setDesc(`Every ${tier.cadenceDays} days${capacity === null ? "" : `, up to ${capacity} people`}`)
			.addText((t) => t.setValue(tier.name).onChange((v) => v.trim() !== "" && this.save((x) => { const item = x.tiers[i]; if (item) item.name = v.trim(); })))
			.addText((t) => this.number(t, "tierCadenceDays", tier.cadenceDays, (x, n) => { const item = x.tiers[i]; if (item) item.cadenceDays = n; }))
			// The circle's capacity (empty: no limit); Dunbar's layers give the defaults.
			.addText((t) => {
				t.setPlaceholder("No limit").setValue(capacity === null ? "" : String(capacity));
				t.inputEl.type = "number";
				t.inputEl.title = "How many people this tier can hold";
				t.onChange((v) => {
					const n = v.trim() === "" ? null : withinLimits("tierCapacity", Number(v));
					const bad = v.trim() !== "" && n === null;
					t.inputEl.toggleClass("ascent-invalid", bad);
					if (!bad) this.save((x) => { const item = x.tiers[i]; if (item) item.capacity = n; });
				});
			});
	}

	private goalRow(setting: Setting, i: number): void {
		const goal = this.ctx.store.settings.goals[i];
		if (!goal) return;
		setting.setName(GOAL_LABELS[goal.kind]).setDesc(`${goal.target} per ${goal.period}`)
			.addDropdown((d) => {
				for (const kind of GOAL_KINDS) d.addOption(kind, GOAL_LABELS[kind]);
				d.setValue(goal.kind).onChange((v) => this.save((x) => { const g = x.goals[i]; if (g) g.kind = v as GoalKind; }));
			})
			.addText((t) => this.number(t, "goalTarget", goal.target, (x, n) => { const g = x.goals[i]; if (g) g.target = n; }))
			.addDropdown((d) => {
				for (const period of PERIODS) d.addOption(period, `per ${period}`);
				d.setValue(goal.period).onChange((v) => this.save((x) => { const g = x.goals[i]; if (g) g.period = v as Period; }));
			});
	}

	private addTier(): void {
		this.save((x) => x.tiers.push({ name: uniqueName("tier", x.tiers.map((t) => t.name)), cadenceDays: 60 }));
		this.redraw();
	}

	private addGoal(): void {
		this.save((x) => x.goals.push({ id: uniqueName("goal", x.goals.map((g) => g.id)), kind: "interactions", period: "week", target: 3 }));
		this.redraw();
	}

	private statusBox(el: HTMLElement): void {
		const status = this.ctx.index.status();
		const s = this.ctx.store.settings;
		el.createDiv({ text: `People found: ${status.people} (tracked: ${status.tracked})` });
		el.createDiv({ text: `Dated notes read: ${status.datedNotes} · interactions: ${status.interactions} · problems: ${status.problems}` });
		el.createDiv({ text: status.buildMs === null ? "Index: not built yet" : `Index built in ${Math.round(status.buildMs)} ms, in slices of at most ${Math.round(status.longestSliceMs ?? 0)} ms` });
		if (status.buildMs === null) return;
		if (status.people > 0) {
			new Setting(el).setName("Check the vault").setDesc("Look for people and contact that the settings do not read yet: folders, markers, tags, and properties of dated notes that link people.")
				.addButton((b) => b.setButtonText("Check").onClick(async () => {
					await this.advisor.refresh(true);
					this.redraw();
				}));
		} else {
			el.createDiv({ cls: "ascent-hint", text: `No people found: Ascent looks in ${describeLookedIn(s)}.` });
		}
		const report = this.advisor.report;
		for (const suggestion of report?.suggestions ?? []) {
			new Setting(el).setName(suggestion.text).setDesc(`Use this to ${suggestion.setting}.`)
				.addButton((b) => b.setButtonText("Use this").setCta().onClick(async () => {
					await this.advisor.use(suggestion.id);
					this.redraw();
				}));
		}
		if (report && report.suggestions.length === 0) {
			el.createDiv({
				cls: "ascent-hint",
				text: status.people > 0 ? "Nothing more found: the settings read everything that looks like people or contact."
					: "Nothing in the vault looks like people yet: add a note to a people folder, or tag one #person.",
			});
		}
		if (status.datedNotes === 0) {
			el.createDiv({ cls: "ascent-hint", text: `No dated notes found: daily notes are read from "${status.dailyNotes.folder || "/"}" as ${status.dailyNotes.format}. Check the folder and format below.` });
		}
	}
}

/**
 * Suggests the vault's folders (or Markdown notes) as the user types a path; in a comma-separated list, for the
 * entry being typed. For apps before 1.13 (from 1.13 on, the folder and file controls suggest by themselves).
 */
class PathSuggest extends AbstractInputSuggest<string> {
	constructor(app: App, private readonly input: HTMLInputElement, private readonly kind: "folder" | "file", private readonly list = false) {
		super(app, input);
	}

	protected override getSuggestions(query: string): string[] {
		const typed = (this.list ? query.slice(query.lastIndexOf(",") + 1) : query).trim().toLowerCase();
		const out: string[] = [];
		for (const f of this.app.vault.getAllLoadedFiles()) {
			const fits = this.kind === "folder" ? f instanceof TFolder && !f.isRoot() : f instanceof TFile && f.extension === "md";
			if (fits && f.path.toLowerCase().includes(typed)) out.push(f.path);
			if (out.length >= 50) break;
		}
		return out;
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string): void {
		const value = this.list ? `${this.input.value.slice(0, this.input.value.lastIndexOf(",") + 1)}${this.input.value.includes(",") ? " " : ""}${path}` : path;
		this.setValue(value);
		this.input.dispatchEvent(new Event("input"));
		this.close();
	}
}
