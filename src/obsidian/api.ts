// Ascent's public API for other plugins (DataviewJS, Templater, QuickAdd…) at app.plugins.plugins.ascent.api, and the
// obsidian://ascent addresses a phone shortcut or a calendar link can use. A feature on the narrow context: it reads
// the index and writes through the writer, like the sidebar does.
import { normalizePath, Notice } from "obsidian";
import { type Day, parseDay } from "../core/dates";
import type { GoalProgress } from "../core/goals";
import { INTERACTION_KINDS, type InteractionKind } from "../core/model";
import { goals } from "../core/network";
import { reportPerson, type ReportPerson } from "../core/report";
import type { AscentContext } from "./context";

/** The API's version: it grows when the API does, and changes its major part only if something is taken away. */
export const API_VERSION = "1.0.0";

export interface LogOptions {
	/** YYYY-MM-DD, today when left out; never after today. */
	date?: string;
	/** call, meet, message, event, gave, asked or other (the default). */
	kind?: string;
	/** Words for the log line. */
	note?: string;
}

/** Ascent as other plugins see it. Every person is plain data (the fields of `ascent report --json`). */
export interface AscentApi {
	readonly version: string;
	/** Whether the index is built; before that the readers return nothing. */
	ready(): boolean;
	person(path: string): ReportPerson | null;
	/** Everyone, by name. */
	people(): ReportPerson[];
	/** Who needs attention on `date` (today when left out), ranked as the sidebar ranks them. */
	attention(date?: string): ReportPerson[];
	goals(): GoalProgress[];
	/** Logs a contact as the sidebar does (undoable); false when nothing was written, with the reason in a notice. */
	logContact(path: string, options?: LogOptions): Promise<boolean>;
	/** Called after every change of the index; returns the function that stops it. */
	onChange(callback: () => void): () => void;
}

/** What is wrong with a log request, in one line, or null when it can be written. */
export function logProblem(ctx: AscentContext, path: string, options: LogOptions): string | null {
	if (!ctx.ready()) return "Ascent is still reading the vault.";
	if (!ctx.personView(path)) return `Ascent knows no person at ${path || "(no path)"}.`;
	if (options.kind !== undefined && !(INTERACTION_KINDS as readonly string[]).includes(options.kind)) {
		return `"${options.kind}" is not a kind of contact; use ${INTERACTION_KINDS.join(", ")}.`;
	}
	if (options.date !== undefined) {
		const day = parseDay(options.date);
		if (!day.ok || !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) return `"${options.date}" is not a date; write YYYY-MM-DD.`;
		if (day.value > ctx.today()) return `${options.date} is in the future; a contact is logged once it happened.`;
	}
	if (options.note !== undefined && /[\r\n]/.test(options.note)) return "A note must be one line.";
	return null;
}

export function createApi(ctx: AscentContext): AscentApi {
	const views = () => ctx.people();
	return {
		version: API_VERSION,
		ready: () => ctx.ready() !== null,
		person: (path) => {
			const view = ctx.personView(normalizePath(path));
			return view ? reportPerson(view) : null;
		},
		people: () => views().map(reportPerson),
		attention: (date) => {
			const index = ctx.ready();
			const day = date === undefined ? ctx.today() : parseDay(date);
			if (!index || (typeof day !== "string" && !day.ok)) return [];
			return index.attention(typeof day === "string" ? day : day.value).map(reportPerson);
		},
		goals: () => {
			const index = ctx.ready();
			return index ? goals(index, ctx.today()) : [];
		},
		logContact: async (path, options = {}) => {
			const target = normalizePath(path);
			const problem = logProblem(ctx, target, options);
			if (problem) {
				new Notice(problem);
				return false;
			}
			const person = ctx.personView(target);
			const date: Day = options.date ?? ctx.today();
			const kind = (options.kind ?? "other") as InteractionKind;
			return ctx.run(`Logged ${kind === "other" ? "contact" : kind} with ${person?.name ?? target} on ${date}.`, () =>
				ctx.writer.logInteraction({ paths: [target], date, kind, note: options.note ?? "" }));
		},
		onChange: (callback) => ctx.index.onIndexChange(() => callback()),
	};
}

/**
 * The API on the plugin, announced with the workspace event `ascent-api` once the index is ready (a plugin that
 * loads after Ascent finds `api` already there); and the obsidian://ascent actions:
 * `action=log&person=<path or name>&kind=call&note=…&date=…` logs (a bad parameter gives a notice, never a write),
 * `action=open&person=…` opens the note, and `person=…` alone opens the person card.
 */
export function registerApi(ctx: AscentContext, showCard: (path: string) => void): AscentApi {
	const api = createApi(ctx);
	let announced = false;
	ctx.plugin.register(ctx.index.onIndexChange(() => {
		if (announced || !ctx.ready()) return;
		announced = true;
		ctx.app.workspace.trigger("ascent-api", api);
	}));
	const handle = (action: string, params: Record<string, string | undefined>) => {
		const path = personPath(ctx, params.person ?? "");
		if (!path) {
			new Notice(params.person ? `Ascent knows no person called ${params.person}.` : "This Ascent link names no person.");
			return;
		}
		if (action === "log") void api.logContact(path, { kind: params.kind, note: params.note, date: params.date });
		else if (action === "open") void ctx.openNote(path);
		else if (action === "card") showCard(path);
		else new Notice(`"${action}" is not an Ascent action; use log, open or card.`);
	};
	// Obsidian names the handler's own action in `action`; a link's `action=log` is honoured where it comes through,
	// and ascent-log / ascent-open say it in the address itself.
	ctx.plugin.registerObsidianProtocolHandler("ascent", (params) => handle(params.action === "ascent" || !params.action ? "card" : params.action, params));
	ctx.plugin.registerObsidianProtocolHandler("ascent-log", (params) => handle("log", params));
	ctx.plugin.registerObsidianProtocolHandler("ascent-open", (params) => handle("open", params));
	return api;
}

/** A person named by path (with or without .md) or by name or alias, as a link would reach them. */
function personPath(ctx: AscentContext, given: string): string | null {
	const text = given.trim();
	if (text === "") return null;
	const path = normalizePath(text);
	for (const candidate of [path, `${path}.md`]) if (ctx.personView(candidate)) return candidate;
	const resolved = ctx.ready()?.resolve(text, "");
	return resolved && ctx.personView(resolved) ? resolved : null;
}
