// A fake `obsidian` module over an in-memory vault that stores real text. Metadata comes from the same headless
// reader as the CLI, so the real plugin runs here as it would in the app. Only what Ascent uses is implemented.
import moment from "moment";
import { parse as parseYaml_, stringify as stringifyYaml } from "yaml";
import { parseNote } from "../../src/vault/markdown";

export { moment };

export function parseYaml(text: string): unknown {
	return parseYaml_(text);
}

/**
 * Obsidian adds helpers to every element (createDiv, empty, setText...). Where a DOM exists (happy-dom, a browser),
 * the fake adds the few Ascent uses, so the real plugin code can render.
 */
function installDomHelpers(): void {
	if (typeof HTMLElement === "undefined" || "createDiv" in HTMLElement.prototype) return;
	type Opts = { text?: string; cls?: string; attr?: Record<string, string>; type?: string } | string | undefined;
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	proto.createEl = function (this: HTMLElement, tag: string, o?: Opts) {
		const el = document.createElement(tag);
		const opts = typeof o === "string" ? { cls: o } : o ?? {};
		if (opts.text !== undefined) el.textContent = opts.text;
		if (opts.cls) el.className = opts.cls;
		if (opts.type) el.setAttribute("type", opts.type);
		for (const [k, v] of Object.entries(opts.attr ?? {})) el.setAttribute(k, v);
		this.appendChild(el);
		return el;
	};
	proto.createDiv = function (this: HTMLElement & { createEl: (t: string, o?: Opts) => HTMLElement }, o?: Opts) {
		return this.createEl("div", o);
	};
	proto.createSpan = function (this: HTMLElement & { createEl: (t: string, o?: Opts) => HTMLElement }, o?: Opts) {
		return this.createEl("span", o);
	};
	proto.empty = function (this: HTMLElement) {
		this.replaceChildren();
	};
	proto.setText = function (this: HTMLElement, text: string) {
		this.textContent = text;
	};
	proto.addClass = function (this: HTMLElement, ...cls: string[]) {
		this.classList.add(...cls);
	};
	proto.setAttr = function (this: HTMLElement, k: string, v: string) {
		this.setAttribute(k, v);
	};
}
installDomHelpers();

function newElement(): HTMLElement {
	return (typeof document === "undefined" ? { addClass: () => undefined } : document.createElement("div")) as HTMLElement;
}

// Events

export interface EventRef {
	owner: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
}

export class Events {
	private handlers = new Map<string, Set<EventRef>>();
	on(name: string, fn: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { owner: this, name, fn: fn as (...args: unknown[]) => unknown };
		let set = this.handlers.get(name);
		if (!set) this.handlers.set(name, (set = new Set()));
		set.add(ref);
		return ref;
	}
	offref(ref: EventRef): void {
		this.handlers.get(ref.name)?.delete(ref);
	}
	trigger(name: string, ...args: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) ref.fn(...args);
	}
	listenerCount(name: string): number {
		return this.handlers.get(name)?.size ?? 0;
	}
}

export class Component {
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	private loaded = false;
	load(): void {
		this.loaded = true;
		this.onload();
		for (const child of this.children) child.load();
	}
	onload(): void {}
	unload(): void {
		for (const child of this.children) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.loaded = false;
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.owner.offref(ref));
	}
}

// Files

export class TAbstractFile {
	constructor(public path: string) {}
	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat = { ctime: Date.now(), mtime: Date.now(), size: 0 };
	get extension(): string {
		const i = this.name.lastIndexOf(".");
		return i === -1 ? "" : this.name.slice(i + 1);
	}
	get basename(): string {
		const i = this.name.lastIndexOf(".");
		return i === -1 ? this.name : this.name.slice(0, i);
	}
}

export class TFolder extends TAbstractFile {}

class Adapter {
	readonly files = new Map<string, string>();
	async exists(path: string): Promise<boolean> {
		return this.files.has(path);
	}
	async read(path: string): Promise<string> {
		const text = this.files.get(path);
		if (text === undefined) throw new Error(`ENOENT: ${path}`);
		return text;
	}
	async write(path: string, text: string): Promise<void> {
		this.files.set(path, text);
	}
}

export class Vault extends Events {
	readonly configDir = ".obsidian";
	readonly adapter = new Adapter();
	private readonly files = new Map<string, { file: TFile; text: string }>();
	private readonly folders = new Set<string>();
	reads = 0;

	constructor(private readonly cache: () => MetadataCache) {
		super();
	}

	/** Seeds a note without events (as if it was there when Obsidian started). */
	seed(path: string, text: string): TFile {
		const file = new TFile(path);
		this.files.set(path, { file, text });
		this.cache().compute(file, text);
		return file;
	}

	/** Seeds a file by its bytes (a CSV in another encoding); `readBinary` returns them as they are. */
	seedBinary(path: string, bytes: Uint8Array): TFile {
		const file = this.seed(path, new TextDecoder().decode(bytes));
		this.binaries.set(path, bytes);
		return file;
	}
	private readonly binaries = new Map<string, Uint8Array>();

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		this.reads++;
		const bytes = this.binaries.get(file.path) ?? new TextEncoder().encode(this.files.get(file.path)?.text ?? "");
		return bytes.slice().buffer;
	}

	getFiles(): TFile[] {
		return [...this.files.values()].map((e) => e.file);
	}
	getMarkdownFiles(): TFile[] {
		return [...this.files.values()].map((e) => e.file).filter((f) => f.extension === "md");
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path)?.file ?? (this.folders.has(path) ? new TFolder(path) : null);
	}
	text(path: string): string | undefined {
		return this.files.get(path)?.text;
	}
	/** The paths read, in order (a test asks which notes the plugin read). */
	readonly readPaths: string[] = [];
	async read(file: TFile): Promise<string> {
		this.reads++;
		this.readPaths.push(file.path);
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		return entry.text;
	}
	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}
	private write(file: TFile, text: string): void {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		entry.text = text;
		file.stat.mtime = Date.now();
		this.trigger("modify", file);
		this.cache().compute(file, text, true);
	}
	async modify(file: TFile, text: string): Promise<void> {
		this.write(file, text);
	}
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		const next = fn(entry.text);
		this.write(file, next);
		return next;
	}
	async create(path: string, text: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error(`File already exists: ${path}`);
		const file = new TFile(path);
		this.files.set(path, { file, text });
		this.trigger("create", file);
		this.cache().compute(file, text, true);
		return file;
	}
	async createFolder(path: string): Promise<void> {
		this.folders.add(path);
	}
	async delete(file: TAbstractFile): Promise<void> {
		this.files.delete(file.path);
		this.trigger("delete", file);
		this.cache().forget(file as TFile);
	}
	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const entry = this.files.get(file.path);
		if (!entry) throw new Error(`ENOENT: ${file.path}`);
		const oldPath = file.path;
		this.files.delete(oldPath);
		file.path = newPath;
		this.files.set(newPath, entry);
		this.cache().move(oldPath, newPath);
		this.trigger("rename", file, oldPath);
	}
}

export class MetadataCache extends Events {
	private readonly caches = new Map<string, Record<string, unknown>>();
	constructor(private readonly markdownFiles: () => TFile[] = () => []) {
		super();
	}
	/** As Obsidian resolves a link without a folder: the path itself, or the note of that name with the shortest path. */
	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const want = linkpath.replace(/\.md$/i, "").toLowerCase();
		const files = this.markdownFiles();
		return files.find((f) => f.path.slice(0, -3).toLowerCase() === want)
			?? files.filter((f) => f.basename.toLowerCase() === want).sort((a, b) => a.path.length - b.path.length)[0] ?? null;
	}
	getFileCache(file: TFile): Record<string, unknown> | null {
		return this.caches.get(file.path) ?? null;
	}
	compute(file: TFile, text: string, announce = false): void {
		if (file.extension !== "md") return;
		const cache = parseNote(text).metadata as Record<string, unknown>;
		this.caches.set(file.path, cache);
		if (announce) this.trigger("changed", file, text, cache);
	}
	forget(file: TFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.trigger("deleted", file, prev);
	}
	move(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
	}
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/;

/** Like Obsidian's: the whole block is parsed and written back as YAML (comments and layout are not kept). */
export class FileManager {
	constructor(private readonly vault: Vault) {}
	async processFrontMatter(file: TFile, fn: (fm: Record<string, unknown>) => void): Promise<void> {
		await this.vault.process(file, (text) => {
			const match = FRONTMATTER.exec(text);
			const data = (match ? parseYaml_(match[1] ?? "") : {}) as Record<string, unknown> | null;
			const fm = data ?? {};
			fn(fm);
			const body = match ? text.slice(match[0].length) : text;
			if (Object.keys(fm).length === 0) return body;
			return `---\n${stringifyYaml(fm)}---\n${body}`;
		});
	}
	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.delete(file);
	}
}

// Workspace

export class WorkspaceLeaf {
	view: unknown = null;
	viewType: string | null = null;
	openedPath: string | null = null;
	constructor(private readonly workspace: Workspace) {}
	async setViewState(state: { type: string; state?: unknown }): Promise<void> {
		const existing = this.view as ItemView | null;
		if (existing && this.viewType === state.type) {
			if (state.state !== undefined) await existing.setState(state.state, { history: false });
			return;
		}
		this.viewType = state.type;
		const factory = this.workspace.viewFactories.get(state.type);
		this.view = factory ? factory(this) : null;
		this.workspace.leaves.push(this);
		const view = this.view as ItemView | null;
		if (view) {
			this.workspace.viewHost?.appendChild(view.contentEl);
			await view.onOpen();
			if (state.state !== undefined) await view.setState(state.state, { history: false });
		}
	}
	async detach(): Promise<void> {
		const view = this.view as ItemView | null;
		if (view) await view.onClose();
		this.workspace.leaves.splice(this.workspace.leaves.indexOf(this), 1);
	}
	async openFile(file: TFile): Promise<void> {
		this.openedPath = file.path;
		this.workspace.activeFile = file;
		this.workspace.opened.push(file.path);
	}
}

export class MarkdownView {
	constructor(public file: TFile | null) {}
}

export class Workspace extends Events {
	/** Where views are attached when a DOM exists (the browser test page). */
	viewHost: HTMLElement | null = null;
	activeFile: TFile | null = null;
	readonly opened: string[] = [];
	readonly leaves: WorkspaceLeaf[] = [];
	readonly viewFactories = new Map<string, (leaf: WorkspaceLeaf) => unknown>();
	private readyCallbacks: (() => void)[] = [];
	layoutReady = false;
	onLayoutReady(cb: () => void): void {
		if (this.layoutReady) cb();
		else this.readyCallbacks.push(cb);
	}
	fireLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}
	getActiveFile(): TFile | null {
		return this.activeFile;
	}
	getActiveViewOfType(type: unknown): MarkdownView | null {
		return type === MarkdownView && this.activeFile ? new MarkdownView(this.activeFile) : null;
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.viewType === type);
	}
	getRightLeaf(): WorkspaceLeaf {
		return new WorkspaceLeaf(this);
	}
	getLeaf(): WorkspaceLeaf {
		return new WorkspaceLeaf(this);
	}
	async revealLeaf(): Promise<void> {}
}

export class App {
	readonly metadataCache: MetadataCache = new MetadataCache(() => this.vault.getMarkdownFiles());
	readonly vault: Vault = new Vault(() => this.metadataCache);
	readonly fileManager = new FileManager(this.vault);
	readonly workspace = new Workspace();
	readonly commands = new Map<string, Command>();
	lastModal: unknown = null;
	/** Obsidian's per-vault local storage: view choices kept on this device. */
	readonly localStorage = new Map<string, unknown>();
	loadLocalStorage(key: string): unknown {
		return this.localStorage.has(key) ? this.localStorage.get(key) : null;
	}
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}
}

/** The platform; tests set isMobile to see the phone's behaviour. */
export const Platform = { isMobile: false, isDesktop: true, isPhone: false };

// UI

export interface Command {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	hotkeys?: unknown[];
}

export class Notice {
	static readonly shown: { message: string; fragment: FakeFragment | null }[] = [];
	constructor(message: string | FakeFragment, _timeout?: number) {
		Notice.shown.push(typeof message === "string" ? { message, fragment: null } : { message: message.text, fragment: message });
	}
}

/** Obsidian's DOM helpers, reduced to what a Notice fragment needs: text and clickable buttons. */
export class FakeFragment {
	text = "";
	readonly buttons: { text: string; click: () => void }[] = [];
	createSpan(o: { text?: string }): void {
		this.text += o.text ?? "";
	}
	createEl(_tag: string, o: { text?: string }): { addEventListener: (e: string, fn: () => void) => void } {
		const button = { text: o.text ?? "", click: () => undefined as void };
		this.buttons.push(button);
		return { addEventListener: (_e: string, fn: () => void) => void (button.click = fn) };
	}
}
(globalThis as Record<string, unknown>).createFragment = (build: (f: FakeFragment) => void) => {
	const fragment = new FakeFragment();
	build(fragment);
	return fragment;
};

export class Modal {
	/** The browser page renders modals built from Svelte (Obsidian's Setting is not faked); tests elsewhere drive callbacks. */
	static render = false;
	contentEl: HTMLElement = newElement();
	constructor(public app: App) {}
	open(): void {
		this.app.lastModal = this;
		if (Modal.render && typeof document !== "undefined") {
			this.contentEl.classList.add("modal-content");
			document.body.appendChild(this.contentEl);
			(this as unknown as { onOpen?: () => void }).onOpen?.();
		}
	}
	close(): void {
		(this as unknown as { onClose?: () => void }).onClose?.();
		this.contentEl.remove?.();
	}
	setTitle(): this {
		return this;
	}
}
export class SuggestModal<T> extends Modal {
	emptyStateText = "";
	setPlaceholder(): void {}
	getSuggestions(_q: string): T[] | Promise<T[]> {
		return [];
	}
}
export class FuzzySuggestModal<T> extends SuggestModal<T> {}

export class Setting {}
export class PluginSettingTab {
	containerEl = {};
	/** How many times the tab asked Obsidian to take its definitions again (SettingTab.update, 1.13). */
	updates = 0;
	constructor(public app: App, public plugin: Plugin) {}
	update(): void {
		this.updates++;
	}
}

/** The app's API version, as requireApiVersion compares it (tests may pretend to be an older app). */
export const apiVersion = { current: "1.13.1" };
export function requireApiVersion(version: string): boolean {
	const parts = (v: string) => v.split(".").map(Number);
	const [a, b] = [parts(apiVersion.current), parts(version)];
	for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
}

/** A Bases view: the test sets `data` (the base's entries) and calls onDataUpdated, as Bases does. */
export abstract class BasesView extends Component {
	abstract type: string;
	data: { data: { file: TFile }[] } = { data: [] };
	constructor(public controller: unknown) {
		super();
	}
	abstract onDataUpdated(): void;
}

export class AbstractInputSuggest<T> {
	constructor(public app: App, public inputEl: HTMLInputElement) {}
	setValue(value: string): void {
		this.inputEl.value = value;
	}
	close(): void {}
	selectSuggestion(_value: T): void {}
}
export interface ViewStateResult {
	history: boolean;
}

export class ItemView extends Component {
	contentEl: HTMLElement = newElement();
	constructor(public leaf: WorkspaceLeaf) {
		super();
	}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

export interface MarkdownPostProcessorContext {
	sourcePath: string;
	addChild(child: Component): void;
}

export interface PluginManifest {
	id: string;
	dir?: string;
	version: string;
}

class StatusBarItem {
	text = "";
	setText(text: string): void {
		this.text = text;
	}
	addClass(): void {}
	addEventListener(): void {}
}

export class Plugin extends Component {
	readonly statusBarItems: StatusBarItem[] = [];
	readonly settingTabs: PluginSettingTab[] = [];
	constructor(public app: App, public manifest: PluginManifest) {
		super();
	}
	private get dataPath(): string {
		return `${this.manifest.dir ?? ""}/data.json`;
	}
	async loadData(): Promise<unknown> {
		const text = this.app.vault.adapter.files.get(this.dataPath);
		return text === undefined ? null : JSON.parse(text);
	}
	async saveData(data: unknown): Promise<void> {
		this.app.vault.adapter.files.set(this.dataPath, JSON.stringify(data, null, 2));
	}
	addCommand(command: Command): Command {
		this.app.commands.set(command.id, command);
		return command;
	}
	/** Bases views the plugin registered, by id. */
	readonly basesViews = new Map<string, { name: string; icon: string; factory: (controller: unknown, el: HTMLElement) => BasesView }>();
	registerBasesView(id: string, registration: { name: string; icon: string; factory: (controller: unknown, el: HTMLElement) => BasesView }): boolean {
		this.basesViews.set(id, registration);
		return true;
	}
	/** obsidian:// actions the plugin handles, by action. */
	readonly protocolHandlers = new Map<string, (params: Record<string, string>) => unknown>();
	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
		this.protocolHandlers.set(action, handler);
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => unknown): void {
		this.app.workspace.viewFactories.set(type, factory);
	}
	/** Ribbon icons: icon and title. */
	readonly ribbon: { icon: string; title: string }[] = [];
	addRibbonIcon(icon: string, title: string): void {
		this.ribbon.push({ icon, title });
	}
	readonly codeBlocks = new Map<string, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown>();
	registerMarkdownCodeBlockProcessor(lang: string, fn: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown): void {
		this.codeBlocks.set(lang, fn);
	}
	/** Renders a code block the way a note view would, with the child released when `release` is called. */
	renderCodeBlock(lang: string, source: string, el: HTMLElement, sourcePath = "note.md"): () => void {
		const children: Component[] = [];
		this.codeBlocks.get(lang)?.(source, el, { sourcePath, addChild: (c) => { children.push(c); c.load(); } });
		return () => children.forEach((c) => c.unload());
	}
	readonly intervals: number[] = [];
	registerInterval(id: number): number {
		this.intervals.push(id);
		this.register(() => clearInterval(id));
		return id;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	addStatusBarItem(): StatusBarItem {
		const item = new StatusBarItem();
		this.statusBarItems.push(item);
		return item;
	}
}

export function debounce<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
	// Tests want to see effects at once; Obsidian's timing is not under test here.
	return (...args: A) => void fn(...args);
}

/** As Obsidian's: one `/` between parts, none at either end, non-breaking spaces made plain, NFC. */
/** Obsidian's: `aliases` or `alias`, a list or one text (comma-separated), as texts; null when there are none. */
export function parseFrontMatterAliases(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	const value = frontmatter?.aliases ?? frontmatter?.alias;
	const list = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(",") : [];
	const out = list.map((a) => a.trim()).filter((a) => a !== "");
	return out.length > 0 ? out : null;
}

export function normalizePath(path: string): string {
	const cleaned = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "").replace(/\u00a0|\u202f/g, " ").normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}
