// What a user does to a person, from the palette, the sidebar or the attention list: log, snooze, set a cadence or
// tier, pause, add, jump to, see who needs attention and the goals, insert the list into a note. A feature on the
// narrow context: it registers its own commands.
import { goals, introductions } from "../core/network";
import { type App, MarkdownView, Notice, type TFile } from "obsidian";
import { parseCadence } from "../core/cadence";
import { SNOOZE_CHOICES } from "../core/constants";
import { addDays, type Day } from "../core/dates";
import type { FollowUp, InteractionKind, PersonView } from "../core/model";
import { taskTextAt } from "../core/person";
import { collectReport, noteLink, toMarkdown } from "../core/report";
import type { AscentContext } from "./context";
import { AttentionModal, type Choice, ChoiceModal, DateModal, GoalsModal, LogModal, PersonPickerModal, TextModal } from "./modals";
import { asFile } from "./records";
import { safePath, WriteError } from "./writes";
import { safeFileName } from "../core/safe-names";

/** Templater's own API for a new note from a template, when Templater is installed and on (its undocumented, stable entry). */
interface TemplaterApi {
	create_new_note_from_template(template: TFile, folder?: string, filename?: string, openNewNote?: boolean): Promise<TFile | undefined>;
}

function templaterOf(app: App): TemplaterApi | null {
	const plugins = (app as unknown as { plugins?: { enabledPlugins?: Set<string>; plugins?: Record<string, { templater?: Partial<TemplaterApi> } | undefined> } }).plugins;
	if (plugins?.enabledPlugins && !plugins.enabledPlugins.has("templater-obsidian")) return null;
	const templater = plugins?.plugins?.["templater-obsidian"]?.templater;
	return typeof templater?.create_new_note_from_template === "function" ? (templater as TemplaterApi) : null;
}

export class PersonActions {
	/** Words of open tasks in notes the index did not read, read once per index state. */
	private readonly taskTexts = new Map<string, Promise<string | null>>();

	constructor(private readonly ctx: AscentContext) {
		// A change may move a task to another line: read task texts afresh.
		ctx.plugin.register(ctx.index.onIndexChange(() => this.taskTexts.clear()));
	}

	/** Logs contact today; `kind` names the channel (a call, a message) when the user said which. */
	logToday(person: PersonView, kind: InteractionKind = "other"): Promise<boolean> {
		const { ctx } = this;
		const what = kind === "other" ? "contact" : kind === "meet" ? "a meeting" : `a ${kind}`;
		return ctx.run(`Logged ${what} with ${person.name} today.`, () =>
			ctx.writer.logInteraction({ paths: [person.path], date: ctx.today(), kind, note: "" }));
	}

	openLogModal(preselected: string[] = []): void {
		const { ctx } = this;
		new LogModal(ctx.app, ctx.people(), preselected, ctx.today(), (r) => {
			const [a, b] = r.paths;
			if (r.kind === "intro" && a && b && r.paths.length === 2) {
				void this.logIntroduction(a, b, r.note, r.date);
				return;
			}
			void ctx.run(`Logged ${r.kind === "other" ? "an interaction" : r.kind} with ${r.paths.length === 1 ? "1 person" : `${r.paths.length} people`}.`,
				() => ctx.writer.logInteraction(r));
		}).open();
	}

	/** The suggested introductions (one's need, another's offer); choosing one logs it. */
	openIntroductions(): void {
		const { ctx } = this;
		const index = ctx.ready();
		if (!index) return void new Notice("Ascent is still reading the vault.");
		const name = (path: string) => ctx.personView(path)?.name ?? path;
		const choices: Choice[] = introductions(index, ctx.today()).map((s) => ({
			label: `Introduce ${name(s.a)} to ${name(s.b)}`, detail: `${name(s.a)} needs ${s.topic}; ${name(s.b)} offers it`,
			run: () => void this.logIntroduction(s.a, s.b, `(${s.topic})`),
		}));
		if (choices.length === 0) return void new Notice("No introductions to suggest: add offers and needs to people's properties (offers: [hiring], needs: [design]).");
		new ChoiceModal(ctx.app, choices, "Introduce…").open();
	}

	/**
	 * An introduction of two people: a line in each one's note naming the other (`introduced [[Ray Sun]] #intro`),
	 * which counts as contact with both and as value given to both; one undo step.
	 */
	logIntroduction(a: string, b: string, note = "", date: Day = this.ctx.today()): Promise<boolean> {
		const { ctx } = this;
		const index = ctx.ready();
		const pa = ctx.personView(a);
		const pb = ctx.personView(b);
		if (!index || !pa || !pb || a === b) {
			new Notice(a === b ? "An introduction is between two different people." : "Ascent knows only one of these two people.");
			return Promise.resolve(false);
		}
		const link = (p: PersonView, from: string) => noteLink(p, (name) => index.resolve(name, from));
		const words = (other: PersonView, from: string) => `introduced ${link(other, from)}${note.trim() ? ` ${note.trim()}` : ""}`;
		return ctx.run(`Logged the introduction of ${pa.name} and ${pb.name}.`, () => ctx.writer.logInteraction({
			paths: [a, b], date, kind: "intro", note: "", notes: { [a]: words(pb, a), [b]: words(pa, b) },
		}));
	}

	snooze(person: PersonView, until: Day): Promise<boolean> {
		return this.ctx.run(`Snoozed ${person.name} until ${until}.`, () => this.ctx.writer.snooze(person.path, until));
	}

	openSnoozeModal(person: PersonView): void {
		const today = this.ctx.today();
		const choice = (label: string, days: number): Choice => ({ label, detail: addDays(today, days), run: () => void this.snooze(person, addDays(today, days)) });
		new ChoiceModal(this.ctx.app, [
			...SNOOZE_CHOICES.map((c) => choice(c.label, c.days)),
			{ label: "Until a date…", run: () => new DateModal(this.ctx.app, `Snooze ${person.name} until`, addDays(today, SNOOZE_CHOICES[0]?.days ?? 7), (d) => void this.snooze(person, d)).open() },
		], `Snooze ${person.name}`).open();
	}

	openCadenceModal(person: PersonView): void {
		const { ctx } = this;
		const tiers: Choice[] = ctx.store.settings.tiers.map((t) => ({
			label: `Tier: ${t.name}`, detail: `every ${t.cadenceDays} days`,
			run: () => void ctx.run(`${person.name} is now ${t.name}.`, () => ctx.writer.setTier(person.path, t.name)),
		}));
		tiers.push({
			label: "Custom cadence…", detail: "30, 2w, monthly, every 3 weeks",
			run: () => new TextModal(ctx.app, `Cadence for ${person.name}`, "Cadence", (value) => {
				const parsed = parseCadence(value);
				if (!parsed.ok) return `The cadence ${parsed.message}.`;
				void ctx.run(`${person.name}: cadence set to ${value.trim()}.`, () => ctx.writer.setCadence(person.path, value.trim()));
				return null;
			}).open(),
		});
		new ChoiceModal(ctx.app, tiers, `Cadence or tier for ${person.name}`).open();
	}

	togglePause(person: PersonView): Promise<boolean> {
		const pause = person.status !== "paused";
		return this.ctx.run(pause ? `Paused ${person.name}.` : `Resumed ${person.name}.`, () => this.ctx.writer.setPaused(person.path, pause));
	}

	/** What can be done to one person (the attention list's second step). */
	choicesFor(person: PersonView): Choice[] {
		return [
			{ label: "Open note", run: () => void this.ctx.openNote(person.path) },
			{ label: "Log contact today", run: () => void this.logToday(person) },
			{ label: "Log with details…", run: () => this.openLogModal([person.path]) },
			{ label: "Snooze…", run: () => this.openSnoozeModal(person) },
			{ label: "Set cadence or tier…", run: () => this.openCadenceModal(person) },
			{ label: person.status === "paused" ? "Resume" : "Pause", run: () => void this.togglePause(person) },
		];
	}

	openAttention(): void {
		const index = this.ctx.ready();
		if (!index) {
			new Notice("Ascent is still reading your vault.");
			return;
		}
		const today = this.ctx.today();
		new AttentionModal(this.ctx.app, index.attention(today), today, (person) =>
			new ChoiceModal(this.ctx.app, this.choicesFor(person), person.name).open()).open();
	}

	showGoals(): void {
		const index = this.ctx.ready();
		new GoalsModal(this.ctx.app, index ? goals(index, this.ctx.today()) : [], () => void this.ctx.openSidebar()).open();
	}

	jumpToPerson(): void {
		new PersonPickerModal(this.ctx.app, this.ctx.people(), (p) => void this.ctx.openNote(p.path)).open();
	}

	openAddPerson(): void {
		new TextModal(this.ctx.app, "Add person", "Name", (name) => {
			if (name.trim() === "") return "A person needs a name.";
			void this.addPerson(name);
			return null;
		}).open();
	}

	async addPerson(name: string, tier: string | null = null): Promise<string | null> {
		const { ctx } = this;
		const settings = ctx.store.settings;
		let path: string | null = null;
		const templatePath = settings.personTemplate;
		if (templatePath !== "" && safePath(templatePath) === null) {
			new Notice(`The person template "${templatePath}" is outside the vault; change it in settings. Nothing was written.`);
			return null;
		}
		const template = templatePath ? asFile(ctx.app, safePath(templatePath) ?? "") : null;
		const text = template ? await ctx.app.vault.read(template) : "";
		const folder = settings.personFolders[0] ?? "";
		// A template written for Templater (<% … %>) is run by Templater when it is on, as a new note from it would be.
		const templater = template && text.includes("<%") ? templaterOf(ctx.app) : null;
		const ok = await ctx.run(`Added ${name.trim()}.`, async () => {
			if (templater && template) {
				const target = safePath(folder);
				const fileName = safeFileName(name);
				if (target === null || fileName === "") throw new WriteError(`"${name}" cannot be a note in "${folder}".`);
				if (ctx.app.vault.getAbstractFileByPath(`${target === "" ? "" : `${target}/`}${fileName}.md`)) throw new WriteError(`${fileName} already exists.`);
				if (target !== "" && !ctx.app.vault.getAbstractFileByPath(target)) await ctx.app.vault.createFolder(target);
				const created = await templater.create_new_note_from_template(template, target === "" ? "/" : target, fileName, false);
				if (!created) throw new WriteError("Templater did not create the note; see its own message.");
				await ctx.writer.adoptCreated(created.path, tier);
				path = created.path;
			} else {
				path = await ctx.writer.addPerson({ name, folder, template: text, tier, today: ctx.today() });
			}
		});
		if (ok && path) await ctx.openNote(path);
		return ok ? path : null;
	}

	/** The words of an open task in a note the index did not read; read once per index state (`cachedRead`). */
	followUpText(task: FollowUp): Promise<string | null> {
		const key = `${task.line}:${task.path}`;
		let text = this.taskTexts.get(key);
		if (!text) {
			const file = asFile(this.ctx.app, task.path);
			text = file ? this.ctx.app.vault.cachedRead(file).then((content) => taskTextAt(content, task.line), () => null) : Promise.resolve(null);
			this.taskTexts.set(key, text);
		}
		return text;
	}

	/** Days with contact: one person's interactions, or everyone's (for the contact calendar). */
	contactDays(path: string | null): string[] {
		const index = this.ctx.ready();
		if (!index) return [];
		const today = this.ctx.today();
		if (path === null) return index.goalDays("interactions").filter((d) => d <= today);
		return index.interactions(path).filter((i) => i.source !== "property" && i.date <= today).map((i) => i.date);
	}

	insertAttentionList(): boolean {
		const { ctx } = this;
		const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
		const index = ctx.ready();
		if (!view?.file || !index) return false;
		const from = view.file.path;
		const markdown = toMarkdown(collectReport(index, ctx.today()), Infinity, (name) => index.resolve(name, from));
		void ctx.run("Inserted the attention list.", () => ctx.writer.append(from, markdown, "insert attention list"));
		return true;
	}

	/** The commands of this feature. Ids carry no plugin id; none has a default hotkey. */
	register(): void {
		const { ctx } = this;
		const p = ctx.plugin;
		const withPerson = (run: (person: PersonView) => void) => (checking: boolean) => {
			const person = ctx.activePerson();
			if (!person) return false;
			if (!checking) run(person);
			return true;
		};
		p.addCommand({ id: "who-needs-attention", name: "Who needs attention", callback: () => this.openAttention() });
		p.addCommand({ id: "log-interaction", name: "Log interaction…", callback: () => this.openLogModal(ctx.activePerson() ? [ctx.activePerson()?.path ?? ""] : []) });
		p.addCommand({ id: "log-contact-today", name: "Log contact with this person today", checkCallback: withPerson((person) => void this.logToday(person)) });
		p.addCommand({ id: "snooze-person", name: "Snooze this person…", checkCallback: withPerson((person) => this.openSnoozeModal(person)) });
		p.addCommand({ id: "set-cadence-or-tier", name: "Set cadence or tier for this person…", checkCallback: withPerson((person) => this.openCadenceModal(person)) });
		p.addCommand({ id: "toggle-pause", name: "Pause / resume this person", checkCallback: withPerson((person) => void this.togglePause(person)) });
		p.addCommand({ id: "show-goals", name: "Show networking goals", callback: () => this.showGoals() });
		p.addCommand({ id: "suggest-introduction", name: "Suggest an introduction…", callback: () => this.openIntroductions() });
		p.addCommand({ id: "jump-to-person", name: "Jump to person…", callback: () => this.jumpToPerson() });
		p.addCommand({ id: "add-person", name: "Add person…", callback: () => this.openAddPerson() });
		p.addCommand({
			id: "insert-attention-list", name: "Insert attention list into this note",
			checkCallback: (checking) => (checking ? ctx.app.workspace.getActiveFile() !== null : this.insertAttentionList()),
		});
	}
}
