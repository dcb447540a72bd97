// Events from a calendar file in the vault: pick a .ics, choose the days and which unknown attendees become people,
// then one undo step writes the event notes. A feature on a narrow context.
import { type App, Modal, Notice, Setting, type TFile } from "obsidian";
import { addDays, parseDay } from "../core/dates";
import { decodeText } from "../core/import/decode";
import { describeEventPlan, EVENT_KEY_PROPERTY, type EventPlan, type ExistingEvent, planEventImport } from "../core/import/event-plan";
import type { CalendarRange, readCalendar as ReadCalendar } from "../core/import/ics";
import type { AscentContext } from "./context";
import { FilePickerModal } from "./modals";
import { existingPeople } from "./records";
import { safePath } from "./writes";

export type EventImportContext = Pick<AscentContext, "app" | "ready" | "store" | "writer" | "today" | "run" | "plugin">;

/** What the preview needs: a plan for any range and choice of people, and what to do with the chosen one. */
export interface EventPreview {
	file: string;
	range: CalendarRange;
	plan(range: CalendarRange, create: ReadonlySet<string>): { plan: EventPlan; problems: string[] };
	confirm(plan: EventPlan): void;
}

export class EventImport {
	constructor(private readonly ctx: EventImportContext) {}

	register(): void {
		this.ctx.plugin.addCommand({ id: "import-events", name: "Import events from a calendar file…", callback: () => this.open() });
	}

	open(): void {
		const files = this.ctx.app.vault.getFiles().filter((f) => /\.(ics|ical|icalendar)$/i.test(f.path));
		new FilePickerModal(this.ctx.app, files, (file) => void this.preview(file), {
			placeholder: "Pick a calendar file (.ics) in your vault",
			empty: "No .ics file in this vault. Export a calendar from Google, Apple or Outlook as .ics, put it into the vault, then run this again.",
		}).open();
	}

	/** Reads the file once; the preview replans as the range and the choices change. */
	async preview(file: TFile): Promise<EventPreview | null> {
		const index = this.ctx.ready();
		if (!index) return null;
		const settings = this.ctx.store.settings;
		const personFolder = settings.personFolders[0] ?? "People";
		if (safePath(personFolder) === null || safePath(settings.eventFolder) === null) {
			new Notice(`Ascent: the people folder or the event folder in settings is outside the vault ("${safePath(personFolder) === null ? personFolder : settings.eventFolder}"); nothing was imported.`);
			return null;
		}
		const decoded = decodeText(new Uint8Array(await this.ctx.app.vault.readBinary(file)), "lenient");
		// ical.js loads with the first calendar read, not with the plugin (PERFORMANCE.md).
		const { readCalendar } = await import("../core/import/ics");
		const cache = this.ctx.app.metadataCache;
		const people = existingPeople(this.ctx.app, index);
		const existing: ExistingEvent[] = this.ctx.app.vault.getMarkdownFiles().flatMap((f) => {
			const fm = cache.getFileCache(f)?.frontmatter;
			return fm && typeof fm[EVENT_KEY_PROPERTY] === "string" ? [{ path: f.path, frontmatter: fm }] : [];
		});
		const today = this.ctx.today();
		let read: (CalendarRange & ReturnType<typeof ReadCalendar>) | null = null;
		const preview: EventPreview = {
			file: file.path,
			range: { from: addDays(today, -90), to: today },
			plan: (range, create) => {
				// A switch flipped in the preview replans without reading the calendar again; new days read it again.
				if (!read || read.from !== range.from || read.to !== range.to) read = { ...range, ...readCalendar(decoded.text ?? "", file.name, range) };
				const problems = read.problems.map((p) => `! ${p.origin}: ${p.field}${p.value ? ` = ${p.value}` : ""}: ${p.message}`);
				if (decoded.notice) problems.unshift(`! ${file.name}: ${decoded.notice}`);
				const plan = planEventImport(read.events, people, existing, settings, {
					eventFolder: settings.eventFolder, personFolder, create,
					exists: (p) => this.ctx.app.vault.getAbstractFileByPath(p) !== null,
				});
				return { plan, problems };
			},
			confirm: (plan) => void this.write(plan),
		};
		new EventPreviewModal(this.ctx.app, preview).open();
		return preview;
	}

	/** Writes a previewed plan as one undo step, and says what it did. */
	async write(plan: EventPlan): Promise<number> {
		let written = 0;
		const ok = await this.ctx.run("Imported the events.", async () => {
			written = await this.ctx.writer.applyImport(plan, "", this.ctx.today());
		});
		if (!ok) return 0;
		const skipped = plan.skipped.map((k) => `${k.name}: ${k.reason}`);
		new Notice(`Ascent wrote ${written} ${written === 1 ? "note" : "notes"}${skipped.length > 0 ? `; skipped ${skipped.length}: ${skipped.join("; ")}` : ""}.`, skipped.length > 0 ? 0 : 5000);
		return written;
	}
}

/** The preview: the days to import, who to create, and every note it would write; nothing is written before Import. */
export class EventPreviewModal extends Modal {
	private range: CalendarRange;
	private readonly create = new Set<string>();

	constructor(app: App, readonly preview: EventPreview) {
		super(app);
		this.range = { ...preview.range };
	}

	override onOpen(): void {
		this.setTitle(`Import events from ${this.preview.file}`);
		const dates = new Setting(this.contentEl).setName("Days").setDesc("Events from the first day to the last, both included.");
		const dateInput = (which: keyof CalendarRange, label: string) => dates.addText((t) => {
			t.inputEl.type = "date";
			t.inputEl.setAttribute("aria-label", label);
			t.setValue(this.range[which]).onChange((value) => {
				const parsed = parseDay(value);
				if (!parsed.ok) return;
				this.range = { ...this.range, [which]: parsed.value };
				this.render();
			});
		});
		dateInput("from", "First day");
		dateInput("to", "Last day");
		this.people = this.contentEl.createDiv({ cls: "ascent-import-people" });
		this.list = this.contentEl.createDiv({ cls: "ascent-import-preview" });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				this.importButton = b.buttonEl;
				b.setButtonText("Import").setCta().onClick(() => {
					const { plan } = this.current();
					this.close();
					if (plan) this.preview.confirm(plan);
				});
			});
		this.render();
	}

	private people: HTMLElement | null = null;
	private list: HTMLElement | null = null;
	private importButton: HTMLButtonElement | null = null;

	private current() {
		return this.range.from <= this.range.to
			? this.preview.plan(this.range, this.create)
			: { plan: null, problems: [`The first day (${this.range.from}) is after the last (${this.range.to}).`] };
	}

	/** The plan for the days and choices as they are now; the list of people is redrawn only when the days change. */
	render(daysChanged = true): void {
		const { plan, problems } = this.current();
		const list = this.list;
		const people = this.people;
		if (!list || !people) return;
		list.empty();
		if (daysChanged) {
			people.empty();
			if (plan && plan.unknown.length > 0) {
				people.createEl("p", { text: "Attendees not found among your people. Create a note for the ones you keep in touch with; the others stay in the event note as plain text." });
				for (const u of plan.unknown) {
					new Setting(people).setName(u.name).setDesc(`${u.email ? `${u.email} · ` : ""}${u.events} ${u.events === 1 ? "event" : "events"}`)
						.addToggle((t) => t.setTooltip(`Create a note for ${u.name}`).setValue(this.create.has(u.key)).onChange((on) => {
							if (on) this.create.add(u.key);
							else this.create.delete(u.key);
							this.render(false);
						}));
				}
			}
		}
		for (const line of [...(plan ? describeEventPlan(plan, { unknown: false }) : []), ...problems]) list.createDiv({ text: line });
		if (plan && plan.events === 0) list.createDiv({ text: "No events on these days. Widen the days above." });
		if (this.importButton) this.importButton.disabled = !plan || (plan.creates.length === 0 && plan.updates.length === 0);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
