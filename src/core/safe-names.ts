// Names and paths Ascent makes from text it did not write (imported contacts, typed names, settings): file names
// safe on every platform Obsidian runs on, vault paths that never leave the vault, templates filled as text.
import { normalize } from "./paths";

/** Characters no file name may hold on some platform Obsidian runs on, and the ones Obsidian's links cannot carry. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes.
const UNSAFE = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Bytes left for the name once `.md` and a ` 999` suffix (for a name already taken) are added. */
const MAX_NAME_BYTES = 255 - ".md".length - " 999".length;

function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Cuts text to at most `bytes` UTF-8 bytes without splitting a character. */
function truncateBytes(text: string, bytes: number): string {
	if (utf8Length(text) <= bytes) return text;
	let out = "";
	let used = 0;
	for (const ch of text) {
		const n = utf8Length(ch);
		if (used + n > bytes) break;
		out += ch;
		used += n;
	}
	return out;
}

/**
 * A note's base name (no extension) from any text: NFC, no `\ / : * ? " < > | # ^ [ ]` or control characters, no
 * leading dot (hidden files that neither Obsidian nor the CLI would show), no leading or trailing dots and spaces
 * (Windows drops them), not a device name, at most 255 bytes with `.md`. Empty when nothing is left.
 */
export function safeFileName(text: string): string {
	let name = text.normalize("NFC").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	name = truncateBytes(name, MAX_NAME_BYTES).replace(/[.\s]+$/, "");
	if (RESERVED.test(name)) name = `${name} (person)`;
	return name;
}

/**
 * A vault path from a setting or a note: `/` separated, no empty or `.` parts, NFC. Null when it is absolute (a
 * leading `/` is read as the vault's root, but a drive letter or `~` is not), or when `..` would climb out of the vault.
 */
export function vaultPath(text: string): string | null {
	const raw = text.normalize("NFC").replace(/\\/g, "/").trim();
	if (/^[a-z]:/i.test(raw) || raw.startsWith("~") || raw.startsWith("//")) return null;
	return normalize(raw);
}

/**
 * What a template's placeholders stand for: `{{title}}`, `{{date}}` (the local day, given by the caller), and as the
 * core Templates plugin has them, `{{date:FORMAT}}`, `{{time}}` (HH:mm) and `{{time:FORMAT}}` from the clock: the
 * time and a moment-format writer (the plugin passes Obsidian's own moment, the CLI core/moment-format.ts's
 * date-fns one, so that the plugin's bundle carries no second date library). Without a clock they stay as written.
 */
export interface TemplateValues {
	title: string;
	date: string;
	clock?: { now: Date; format: (date: Date, momentFormat: string) => string };
}

/** `{{date:FORMAT}}`, `{{time}}` and `{{time:FORMAT}}` filled in (values are text, never replacement patterns). */
function fillClock(text: string, values: TemplateValues): string {
	const clock = values.clock;
	if (!clock) return text;
	return text.replace(/\{\{\s*(date|time)\s*(?::([^}]*))?\}\}/g, (whole, kind: string, fmt: string | undefined) => {
		if (fmt === undefined || fmt.trim() === "") return kind === "date" ? whole : clock.format(clock.now, "HH:mm");
		return clock.format(clock.now, fmt.trim());
	});
}

/**
 * Fills `{{title}}` and `{{date}}` in a template. Values are text: `$&`, `$'` and the like are never read as
 * replacement patterns. Inside the properties block, a title that YAML would read as something else (`&anchor`,
 * `@`, `%`, `{`, `- item`, `key: value`, `#comment`) is quoted, so the note's properties stay valid.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/.exec(template);
	const plain = (text: string) => fillClock(text, values).replace(/\{\{\s*title\s*\}\}/g, () => values.title).replace(/\{\{\s*date\s*\}\}/g, () => values.date);
	if (!match) return plain(template);
	const [whole, open = "", yaml = "", close = ""] = match;
	const filledYaml = fillClock(yaml, values).replace(/(["']?)\{\{\s*title\s*\}\}(["']?)/g, (_, q1: string, q2: string) => {
		if (q1 === '"' && q2 === '"') return JSON.stringify(values.title);
		if (q1 === "'" && q2 === "'") return `'${values.title.replace(/'/g, "''")}'`;
		return `${q1}${yamlSafe(values.title, q1 !== "" || q2 !== "")}${q2}`;
	}).replace(/\{\{\s*date\s*\}\}/g, () => values.date);
	return `${open}${filledYaml}${close}${plain(template.slice(whole.length))}`;
}

/** The title as YAML text: as it is when YAML reads it back as the same plain text, else double-quoted. */
function yamlSafe(title: string, inQuotes: boolean): string {
	if (inQuotes) return JSON.stringify(title).slice(1, -1);
	const plainScalar = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/.test(title) && !/\s$/.test(title) && !/[:]\s|\s#/.test(title)
		// Words YAML 1.1 or 1.2 reads as true, false or null; and anything that starts like a number (`0x1F`, `1e3`,
		// `.5`, `.inf`, `-.nan`, `3M`): quoting a name that did not need it costs nothing.
		&& !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(title) && !/^[-+]?\.?(\d|inf|nan)/i.test(title);
	return plainScalar ? title : JSON.stringify(title);
}
