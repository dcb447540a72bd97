// The modals behind Ascent's commands: pick a person, pick an action, log an interaction, ask for a date.
import { type App, FuzzySuggestModal, Modal, Setting, SuggestModal, type TFile } from "obsidian";
import { describePlan, type ImportPlan } from "../core/import/plan";
import { type Day, parseDay } from "../core/dates";
import { INTERACTION_KINDS, type InteractionKind, type PersonView } from "../core/model";
import type { GoalProgress } from "../core/goals";
import { describeGoal, describePerson } from "../core/report";

export class PersonPickerModal extends FuzzySuggestModal<PersonView> {
	constructor(app: App, private readonly people: PersonView[], private readonly onPick: (person: PersonView) => void, placeholder = "Find a person") {
		super(app);
		this.setPlaceholder(placeholder);
		this.emptyStateText = "No people found. Ascent looks in the people folder, for the person tag and for type: person.";
	}
	getItems(): PersonView[] {
		return this.people;
	}
	getItemText(person: PersonView): string {
		return [person.name, ...person.aliases].join(" · ");
	}
	onChooseItem(person: PersonView): void {
		this.onPick(person);
	}
}

export interface Choice {
	label: string;
	detail?: string;
	run: () => void;
}

export class ChoiceModal extends SuggestModal<Choice> {
	constructor(app: App, private readonly choices: Choice[], placeholder: string) {
		super(app);
		this.setPlaceholder(placeholder);
	}
	getSuggestions(query: string): Choice[] {
		const q = query.toLowerCase();
		return this.choices.filter((c) => `${c.label} ${c.detail ?? ""}`.toLowerCase().includes(q));
	}
	renderSuggestion(choice: Choice, el: HTMLElement): void {
		el.createDiv({ text: choice.label });
		if (choice.detail) el.createEl("small", { text: choice.detail, cls: "ascent-muted" });
	}
	onChooseSuggestion(choice: Choice): void {
		choice.run();
	}
}

export class AttentionModal extends SuggestModal<PersonView> {
	constructor(app: App, private readonly people: PersonView[], private readonly today: Day, private readonly onPick: (p: PersonView) => void) {
		super(app);
		this.setPlaceholder("Who needs attention: pick someone to act");
		this.emptyStateText = "Nobody needs attention today. Everyone is within their cadence.";
	}
	getSuggestions(query: string): PersonView[] {
		const q = query.toLowerCase();
		return this.people.filter((p) => p.name.toLowerCase().includes(q) || p.aliases.some((a) => a.toLowerCase().includes(q)));
	}
	renderSuggestion(person: PersonView, el: HTMLElement): void {
		el.createDiv({ text: person.name });
		el.createEl("small", { text: describePerson(person, this.today), cls: "ascent-muted" });
	}
	onChooseSuggestion(person: PersonView): void {
		this.onPick(person);
	}
}

export class DateModal extends Modal {
	constructor(app: App, private readonly title: string, private readonly initial: Day, private readonly onSubmit: (day: Day) => void) {
		super(app);
	}
	override onOpen(): void {
		this.setTitle(this.title);
		let value = this.initial;
		const error = this.contentEl.createDiv({ cls: "ascent-error" });
		new Setting(this.contentEl).setName("Date").addText((text) => {
			text.inputEl.type = "date";
			text.setValue(value).onChange((v) => (value = v));
		});
		new Setting(this.contentEl).addButton((b) => b.setButtonText("Save").setCta().onClick(() => {
			const parsed = parseDay(value);
			if (!parsed.ok) {
				error.setText(`The date ${parsed.message}.`);
				return;
			}
			this.close();
			this.onSubmit(parsed.value);
		}));
	}
	override onClose(): void {
		this.contentEl.empty();
	}
}

export interface LogModalResult {
	paths: string[];
	date: Day;
	kind: InteractionKind;
	note: string;
}

/** Log an interaction with one or more people: search, tick, date (today by default), kind and a note. */
export class LogModal extends Modal {
	private readonly chosen = new Set<string>();

	constructor(app: App, private readonly people: PersonView[], preselected: string[], private readonly today: Day, readonly onSubmit: (r: LogModalResult) => void) {
		super(app);
		for (const p of preselected) this.chosen.add(p);
	}

	override onOpen(): void {
		this.setTitle("Log interaction");
		const { contentEl } = this;
		let date = this.today;
		let kind: InteractionKind = "other";
		let note = "";
		let query = "";
		const list = contentEl.createDiv({ cls: "ascent-log-people" });
		const render = () => {
			list.empty();
			const q = query.toLowerCase();
			const shown = this.people.filter((p) => this.chosen.has(p.path) || q === "" || p.name.toLowerCase().includes(q)).slice(0, 30);
			if (shown.length === 0) list.createDiv({ text: `No person matches "${query}".`, cls: "ascent-muted" });
			for (const person of shown) {
				const row = list.createEl("label", { cls: "ascent-log-person" });
				const box = row.createEl("input", { type: "checkbox" });
				box.checked = this.chosen.has(person.path);
				box.setAttr("aria-label", `Include ${person.name}`);
				box.addEventListener("change", () => (box.checked ? this.chosen.add(person.path) : this.chosen.delete(person.path)));
				row.createSpan({ text: person.name });
			}
		};
		new Setting(contentEl).setName("People").addSearch((s) => s.setPlaceholder("Search people").onChange((v) => {
			query = v;
			render();
		}));
		contentEl.appendChild(list);
		render();
		new Setting(contentEl).setName("Date").addText((t) => {
			t.inputEl.type = "date";
			t.setValue(date).onChange((v) => (date = v));
		});
		new Setting(contentEl).setName("Kind").addDropdown((d) => {
			for (const k of INTERACTION_KINDS) d.addOption(k, k === "intro" ? "Introduction (pick the two people)" : k);
			d.setValue(kind).onChange((v) => (kind = v as InteractionKind));
		});
		new Setting(contentEl).setName("Note").addText((t) => t.setPlaceholder("Optional").onChange((v) => (note = v)));
		const error = contentEl.createDiv({ cls: "ascent-error" });
		new Setting(contentEl).addButton((b) => b.setButtonText("Log").setCta().onClick(() => {
			const parsed = parseDay(date);
			if (this.chosen.size === 0) return void error.setText("Pick at least one person.");
			if (kind === "intro" && this.chosen.size !== 2) return void error.setText("An introduction is between two people: pick the two.");
			if (!parsed.ok) return void error.setText(`The date ${parsed.message}.`);
			if (parsed.value > this.today) return void error.setText("The date is in the future; log contact that happened.");
			this.close();
			this.onSubmit({ paths: [...this.chosen], date: parsed.value, kind, note });
		}));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

export class TextModal extends Modal {
	constructor(app: App, private readonly title: string, private readonly label: string, private readonly onSubmit: (value: string) => string | null) {
		super(app);
	}
	override onOpen(): void {
		this.setTitle(this.title);
		let value = "";
		const error = this.contentEl.createDiv({ cls: "ascent-error" });
		new Setting(this.contentEl).setName(this.label).addText((t) => t.onChange((v) => (value = v)));
		new Setting(this.contentEl).addButton((b) => b.setButtonText("Save").setCta().onClick(() => {
			const problem = this.onSubmit(value);
			if (problem) error.setText(problem);
			else this.close();
		}));
	}
	override onClose(): void {
		this.contentEl.empty();
	}
}

/** "Show networking goals": each goal's progress, pace and streak, and a way to the settings. */
export class GoalsModal extends Modal {
	constructor(app: App, readonly goals: GoalProgress[], private readonly openSidebar: () => void) {
		super(app);
	}
	override onOpen(): void {
		this.setTitle("Networking goals");
		if (this.goals.length === 0) {
			this.contentEl.createDiv({ cls: "ascent-empty", text: "No goals set, or goals are turned off. Add them in Ascent's settings." });
		}
		for (const goal of this.goals) this.contentEl.createDiv({ cls: "ascent-goal-line", text: describeGoal(goal) });
		new Setting(this.contentEl).addButton((b) => b.setButtonText("Open sidebar").onClick(() => {
			this.close();
			this.openSidebar();
		}));
	}
	override onClose(): void {
		this.contentEl.empty();
	}
}

export class FilePickerModal extends FuzzySuggestModal<TFile> {
	constructor(app: App, private readonly files: TFile[], private readonly onPick: (file: TFile) => void, words?: { placeholder: string; empty: string }) {
		super(app);
		this.setPlaceholder(words?.placeholder ?? "Pick Connections.csv, a Google Contacts CSV or a .vcf in your vault");
		this.emptyStateText = words?.empty ?? "No .csv or .vcf file in this vault. Put LinkedIn's Connections.csv, a Google Contacts export or a .vcf file into the vault, then run this again.";
	}
	getItems(): TFile[] {
		return this.files;
	}
	getItemText(file: TFile): string {
		return file.path;
	}
	onChooseItem(file: TFile): void {
		this.onPick(file);
	}
}

/** The preview: every note to create and every field to add; nothing is written until Import is pressed. */
export class ImportPreviewModal extends Modal {
	constructor(
		app: App,
		private readonly title: string,
		readonly plan: (overwrite: boolean) => ImportPlan,
		readonly problems: string[],
		readonly onConfirm: (plan: ImportPlan) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		let overwrite = false;
		const list = this.contentEl.createDiv({ cls: "ascent-import-preview" });
		const render = () => {
			list.empty();
			for (const line of [...describePlan(this.plan(overwrite)), ...this.problems]) list.createDiv({ text: line });
		};
		new Setting(this.contentEl).setName("Replace values people already have").setDesc("Off: existing properties are kept.")
			.addToggle((t) => t.setValue(false).onChange((v) => {
				overwrite = v;
				render();
			}));
		render();
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => b.setButtonText("Import").setCta().onClick(() => {
				this.close();
				this.onConfirm(this.plan(overwrite));
			}));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
