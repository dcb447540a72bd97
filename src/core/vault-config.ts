// What the vault's own configuration says about its notes: where daily notes live and which notes are templates.
// The same reading serves the plugin (files under the config folder) and the CLI (files under `.obsidian`).
import { chooseDailyNotes, type DailyNoteFormat } from "./dailynotes";
import type { AscentSettings } from "./settings";

/** The raw JSON of the configuration files Ascent reads (undefined where a file is missing or unreadable). */
export interface VaultConfigFiles {
	/** `daily-notes.json` (core Daily notes plugin). */
	dailyNotes?: unknown;
	/** `plugins/periodic-notes/data.json`. */
	periodicNotes?: unknown;
	/** `templates.json` (core Templates plugin). */
	templates?: unknown;
	/** `plugins/templater-obsidian/data.json`. */
	templater?: unknown;
	/** `community-plugins.json`: the ids of the enabled community plugins. */
	communityPlugins?: unknown;
}

/** The configuration files, relative to the config folder (`.obsidian`). */
export const VAULT_CONFIG_FILES: Record<keyof VaultConfigFiles, string> = {
	dailyNotes: "daily-notes.json",
	periodicNotes: "plugins/periodic-notes/data.json",
	templates: "templates.json",
	templater: "plugins/templater-obsidian/data.json",
	communityPlugins: "community-plugins.json",
};

/**
 * Whether a community plugin is on: a plugin's settings file stays behind when it is turned off, and must not be
 * read then. Without the list (a vault copied without it, a test) the settings are taken as they are.
 */
function enabled(files: VaultConfigFiles, id: string): boolean {
	return !Array.isArray(files.communityPlugins) || files.communityPlugins.includes(id);
}

export interface VaultConventions {
	dailyNotes: DailyNoteFormat;
	/** True when the Daily notes or Periodic Notes settings (or Ascent's own) name a daily-notes folder or format. */
	dailyNotesConfigured: boolean;
	/** Template folders (core Templates, Templater), as paths from the vault's root. */
	templateFolders: string[];
	/** Template notes named by the Daily notes and Periodic Notes settings, as vault paths. */
	templateFiles: string[];
	/** The Tasks plugin is on: ticked tasks get `✅ date`, and new ones a `📅 date`, as Tasks writes them. */
	tasksPlugin: boolean;
}

function text(value: unknown): string {
	return typeof value === "string" ? value.trim().replace(/^\/+|\/+$/g, "") : "";
}

function field(object: unknown, key: string): unknown {
	return object !== null && typeof object === "object" && Object.prototype.hasOwnProperty.call(object, key)
		? (object as Record<string, unknown>)[key] : undefined;
}

function notePath(value: unknown): string | null {
	const path = text(value);
	if (path === "") return null;
	return path.toLowerCase().endsWith(".md") ? path : `${path}.md`;
}

export function readConventions(settings: AscentSettings, files: VaultConfigFiles): VaultConventions {
	const own = { folder: settings.dailyNotesFolder, format: settings.dailyNotesFormat };
	const core = files.dailyNotes as Parameters<typeof chooseDailyNotes>[1];
	const periodic = (enabled(files, "periodic-notes") ? files.periodicNotes : undefined) as Parameters<typeof chooseDailyNotes>[2];
	const dailyNotes = chooseDailyNotes(own, core, periodic);
	const configured = own.folder !== "" || own.format !== ""
		|| text(field(core, "folder")) !== "" || text(field(core, "format")) !== ""
		|| (field(field(periodic, "daily"), "enabled") === true
			&& (text(field(field(periodic, "daily"), "folder")) !== "" || text(field(field(periodic, "daily"), "format")) !== ""));
	const templater = enabled(files, "templater-obsidian") ? files.templater : undefined;
	const templateFolders = [text(field(files.templates, "folder")), text(field(templater, "templates_folder"))]
		.filter((f) => f !== "");
	const templateFiles: string[] = [];
	const add = (value: unknown) => {
		const path = notePath(value);
		if (path !== null && !templateFiles.includes(path)) templateFiles.push(path);
	};
	add(field(core, "template"));
	for (const period of ["daily", "weekly", "monthly", "quarterly", "yearly"]) add(field(field(periodic, period), "template"));
	const tasksPlugin = Array.isArray(files.communityPlugins) && files.communityPlugins.includes("obsidian-tasks-plugin");
	return { dailyNotes, dailyNotesConfigured: configured, templateFolders: [...new Set(templateFolders)], templateFiles, tasksPlugin };
}

/**
 * The settings the index works with: the user's, with the vault's template folders and files excluded as well
 * (a template is never a person or an interaction). Template folders are rooted paths (a leading `/`).
 */
export function withConventions(settings: AscentSettings, conventions: VaultConventions): AscentSettings {
	if (conventions.templateFolders.length === 0 && conventions.templateFiles.length === 0) return settings;
	return {
		...settings,
		excludedFolders: [...settings.excludedFolders, ...conventions.templateFolders.map((f) => `/${f}`)],
		excludedFiles: conventions.templateFiles,
	};
}
