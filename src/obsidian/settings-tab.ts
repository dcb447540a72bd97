// The settings tab: a live status box, then who is a person, fields, tiers, timing and dated notes.
import { type App, type Plugin, PluginSettingTab, Setting, type TextComponent } from "obsidian";
import { GOAL_KINDS, GOAL_LABELS, type GoalKind, type Period, PERIODS } from "../core/goals";
import { describeLookedIn } from "../core/person";
import { type AscentSettings, FIELDS, type FieldName, LIMITS, type LimitName, limitMessage, uniqueName, withinLimits } from "../core/settings";
import type { AscentContext } from "./context";
import type { SetupAdvisor } from "./setup-advisor";


function list(value: string): string[] {
	return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

export class AscentSettingTab extends PluginSettingTab {
	constructor(app: App, plugin: Plugin, private readonly ctx: AscentContext, private readonly advisor: SetupAdvisor) {
		super(app, plugin);
	}

	private save(change: (s: AscentSettings) => void): void {
		void this.ctx.store.update(change);
	}

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

	override display(): void {
		this.render();
	}

	/** Draws the tab; called again after a change that adds or removes rows (tiers, goals, a used suggestion). */
	private render(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.ctx.store.settings;
		this.statusBox(containerEl.createDiv({ cls: "ascent-status-box" }));

		new Setting(containerEl).setName("Who is a person").setHeading();
		new Setting(containerEl).setName("People folders").setDesc("Every note in these folders (and below) is a person. A name matches that folder anywhere; a path with / starts at the vault's root. Separate with commas.")
			.addText((t) => t.setValue(s.personFolders.join(", ")).onChange((v) => this.save((x) => (x.personFolders = list(v)))));
		new Setting(containerEl).setName("Person tags").setDesc("Notes with these tags are people; person also claims #person/work.")
			.addText((t) => t.setValue(s.personTags.join(", ")).onChange((v) => this.save((x) => (x.personTags = list(v).map((tag) => tag.replace(/^#/, ""))))));
		new Setting(containerEl).setName("Property markers").setDesc("A note is a person when one of these properties holds one of these values, as text or as a link (type: person, categories: [[People]]). Leave the properties empty to turn this off.")
			.addText((t) => t.setPlaceholder("Properties").setValue(s.personMarkerKeys.join(", ")).onChange((v) => this.save((x) => (x.personMarkerKeys = list(v)))))
			.addText((t) => t.setPlaceholder("Values").setValue(s.personMarkerValues.join(", ")).onChange((v) => this.save((x) => (x.personMarkerValues = list(v)))));
		new Setting(containerEl).setName("Excluded folders").setDesc("Never people, never dated notes: archives. Template folders named in the vault's template settings are always excluded.")
			.addText((t) => t.setValue(s.excludedFolders.join(", ")).onChange((v) => this.save((x) => (x.excludedFolders = list(v)))));

		new Setting(containerEl).setName("Fields").setHeading();
		for (const field of Object.keys(FIELDS) as FieldName[]) {
			new Setting(containerEl).setName(FIELDS[field].label).setDesc("Property names read, in order; the first is used when a note has none yet.")
				.addText((t) => t.setValue(s.fieldKeys[field].join(", ")).onChange((v) => {
					const keys = list(v);
					if (keys.length > 0) this.save((x) => (x.fieldKeys[field] = keys));
				}));
		}

		new Setting(containerEl).setName("Tiers").setHeading();
		s.tiers.forEach((tier, i) => {
			new Setting(containerEl).setName(tier.name).setDesc(`Every ${tier.cadenceDays} days`)
				.addText((t) => t.setValue(tier.name).onChange((v) => v.trim() !== "" && this.save((x) => { const item = x.tiers[i]; if (item) item.name = v.trim(); })))
				.addText((t) => this.number(t, "tierCadenceDays", tier.cadenceDays, (x, n) => { const item = x.tiers[i]; if (item) item.cadenceDays = n; }))
				.addExtraButton((b) => b.setIcon("trash").setTooltip(`Remove ${tier.name}`).onClick(() => {
					this.save((x) => x.tiers.splice(i, 1));
					this.render();
				}));
		});
		new Setting(containerEl).addButton((b) => b.setButtonText("Add tier").onClick(() => {
			this.save((x) => x.tiers.push({ name: uniqueName("tier", x.tiers.map((t) => t.name)), cadenceDays: 60 }));
			this.render();
		}));

		new Setting(containerEl).setName("Timing").setHeading();
		const days = (name: string, desc: string, limit: "defaultCadenceDays" | "dueSoonDays" | "birthdayLeadDays" | "reachOutCount") =>
			new Setting(containerEl).setName(name).setDesc(desc).addText((t) => this.number(t, limit, s[limit], (x, n) => (x[limit] = n)));
		days("Default cadence (days)", "For people with contact but no cadence or tier.", "defaultCadenceDays");
		days("Due soon (days)", "How far ahead a due date counts as due soon.", "dueSoonDays");
		days("Birthday lead time (days)", "How far ahead a birthday is a reason to reach out.", "birthdayLeadDays");

		new Setting(containerEl).setName("Networking goals").setHeading();
		new Setting(containerEl).setName("Show goals").setDesc("Progress, pace and streaks in the sidebar, the report and the goals block.")
			.addToggle((t) => t.setValue(s.goalsEnabled).onChange((v) => this.save((x) => (x.goalsEnabled = v))));
		s.goals.forEach((goal, i) => {
			new Setting(containerEl).setName(GOAL_LABELS[goal.kind]).setDesc(`${goal.target} per ${goal.period}`)
				.addDropdown((d) => {
					for (const kind of GOAL_KINDS) d.addOption(kind, GOAL_LABELS[kind]);
					d.setValue(goal.kind).onChange((v) => this.save((x) => { const g = x.goals[i]; if (g) g.kind = v as GoalKind; }));
				})
				.addText((t) => this.number(t, "goalTarget", goal.target, (x, n) => { const g = x.goals[i]; if (g) g.target = n; }))
				.addDropdown((d) => {
					for (const period of PERIODS) d.addOption(period, `per ${period}`);
					d.setValue(goal.period).onChange((v) => this.save((x) => { const g = x.goals[i]; if (g) g.period = v as Period; }));
				})
				.addExtraButton((b) => b.setIcon("trash").setTooltip("Remove this goal").onClick(() => {
					this.save((x) => x.goals.splice(i, 1));
					this.render();
				}));
		});
		new Setting(containerEl).addButton((b) => b.setButtonText("Add goal").onClick(() => {
			this.save((x) => x.goals.push({ id: uniqueName("goal", x.goals.map((g) => g.id)), kind: "interactions", period: "week", target: 3 }));
			this.render();
		}));

		new Setting(containerEl).setName("Daily note").setHeading();
		new Setting(containerEl).setName("Add a reach-out list to new daily notes")
			.setDesc("When today's daily note is created, append the people to reach out to as unticked tasks; ticking one logs the contact.")
			.addToggle((t) => t.setValue(s.reachOutOnDailyNote).onChange((v) => this.save((x) => (x.reachOutOnDailyNote = v))));
		days("People in the reach-out list", "How many people the list names.", "reachOutCount");

		new Setting(containerEl).setName("Gentler wording")
			.setDesc("Say \"reconnect · it's been 3 months\" where Ascent would say \"overdue 3 weeks\", in the sidebar, the block, the daily note and the report.")
			.addToggle((t) => t.setValue(s.gentleWording).onChange((v) => this.save((x) => (x.gentleWording = v))));

		new Setting(containerEl).setName("Dated notes").setHeading();
		new Setting(containerEl).setName("Daily notes folder").setDesc("Leave empty to use the folder of the daily notes plugin.")
			.addText((t) => t.setValue(s.dailyNotesFolder).onChange((v) => this.save((x) => (x.dailyNotesFolder = v.trim()))));
		new Setting(containerEl).setName("Daily notes format").setDesc("A moment.js date format, which may hold folders. Leave empty to use the format of the daily notes plugin.")
			.addText((t) => t.setValue(s.dailyNotesFormat).onChange((v) => this.save((x) => (x.dailyNotesFormat = v.trim()))));
		new Setting(containerEl).setName("Date property").setDesc("Any note with this property (or this inline field, date:: 2026-11-30) counts as a dated note. Empty turns it off.")
			.addText((t) => t.setValue(s.datePropertyKey).onChange((v) => this.save((x) => (x.datePropertyKey = v.trim()))));
		new Setting(containerEl).setName("Dates in file names").setDesc("A note whose name starts with a date (2023-09-12 meeting notes, 20260301 standup) is dated on that day, wherever it is.")
			.addToggle((t) => t.setValue(s.datesFromFileNames).onChange((v) => this.save((x) => (x.datesFromFileNames = v))));
		new Setting(containerEl).setName("People properties").setDesc("Links under these properties of a dated note count as contact (people: [[…]]).")
			.addText((t) => t.setValue(s.contactPropertyKeys.join(", ")).onChange((v) => this.save((x) => (x.contactPropertyKeys = list(v)))));
		new Setting(containerEl).setName("Channel properties").setDesc("A dated note's channel (kind: call, channel: email, type: meeting) makes it a call, a message, a meeting or an event.")
			.addText((t) => t.setValue(s.channelPropertyKeys.join(", ")).onChange((v) => this.save((x) => (x.channelPropertyKeys = list(v)))));
		new Setting(containerEl).setName("First met from file dates").setDesc("Without met, created or any contact, use the file's creation date as the day you met. Off by default: a synced or cloned vault gives every note today's date.")
			.addToggle((t) => t.setValue(s.metFromFileTime).onChange((v) => this.save((x) => (x.metFromFileTime = v))));
		new Setting(containerEl).setName("Log heading").setDesc("Log lines go under this heading in a person's note.")
			.addText((t) => t.setValue(s.logHeading).onChange((v) => v.trim() !== "" && this.save((x) => (x.logHeading = v.trim()))));
		new Setting(containerEl).setName("Person template").setDesc("A note used to start new people; {{title}} and {{date}} are filled in.")
			.addText((t) => t.setPlaceholder("Templates/Person.md").setValue(s.personTemplate).onChange((v) => this.save((x) => (x.personTemplate = v.trim()))));
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
					this.render();
				}));
		} else {
			el.createDiv({ cls: "ascent-hint", text: `No people found: Ascent looks in ${describeLookedIn(s)}.` });
		}
		const report = this.advisor.report;
		for (const suggestion of report?.suggestions ?? []) {
			new Setting(el).setName(suggestion.text).setDesc(`Use this to ${suggestion.setting}.`)
				.addButton((b) => b.setButtonText("Use this").setCta().onClick(async () => {
					await this.advisor.use(suggestion.id);
					this.render();
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
