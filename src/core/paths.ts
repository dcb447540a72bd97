// Vault paths: folders, basenames, and the rules Obsidian uses to resolve a link to a note.

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A name or path as compared: NFC (a name typed on a Mac may reach the vault decomposed, `e` + U+0301 for `é`) and
 * lower case. Only text outside ASCII pays for the normalisation.
 */
export function fold(text: string): string {
	return (NON_ASCII.test(text) ? text.normalize("NFC") : text).toLowerCase();
}

export function basename(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	// ".md" in any case ends it: read by character, no lower-case copy of the name (a build asks this of every note
	// and every link's note). Only "M" and "D" lower to "m" and "d"; before a name's start charCodeAt reads NaN.
	const n = name.length;
	return name.charCodeAt(n - 3) === 46 && (name.charCodeAt(n - 2) | 32) === 109 && (name.charCodeAt(n - 1) | 32) === 100 ? name.slice(0, -3) : name;
}

export function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}

export function isInFolder(path: string, folder: string): boolean {
	// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only; taking slashes off a folder without any leaves it as it is.
	const f = folder.startsWith("/") || folder.endsWith("/") ? folder.replace(/^\/+|\/+$/g, "") : folder;
	if (f === "") return true;
	// Compare only the leading part, ignoring case, without lower-casing the whole path.
	// Stryker disable next-line ConditionalExpression,EqualityOperator: speed-only; a path no longer than the folder has no "/" after it.
	return path.length > f.length && path[f.length] === "/" && path.slice(0, f.length).toLowerCase() === f.toLowerCase();
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The matcher of each folder list, with a copy of the entries it was built from (a list changed in place is built again). */
const folderMatchers = new WeakMap<readonly string[], { entries: string[]; match: (path: string) => boolean }>();

/** Two lists hold the same entries in the same order. */
export function sameEntries(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	// Stryker disable next-line EqualityOperator: one step past the end compares two undefined entries.
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * Whether a note lies in one of the folders a setting lists, ignoring case. A bare name (`People`) is that folder
 * at any depth (`People/…`, `10 Example Data/People/…`); an entry with a slash (`Work/People`, `/People`) is a path
 * from the vault's root. One regular expression per list, kept while the list holds the same entries.
 */
export function inFolders(path: string, folders: readonly string[]): boolean {
	let cached = folderMatchers.get(folders);
	// Stryker disable next-line ConditionalExpression: speed-only; built again, the matcher is the same.
	if (!cached || !sameEntries(cached.entries, folders)) {
		// Stryker disable next-line ArrayDeclaration: an alternative more matches only a folder of that very name.
		const anywhere: string[] = [];
		// Stryker disable next-line ArrayDeclaration: as above.
		const rooted: string[] = [];
		for (const raw of folders) {
			const entry = raw.trim().replace(/\/+$/, "");
			// Stryker disable next-line ConditionalExpression,StringLiteral: an empty alternative would match only a path that starts with "/" or holds "//" (below).
			if (entry === "" || entry === "/") continue;
			if (entry.includes("/")) rooted.push(escapeRegex(entry.replace(/^\/+/, "")));
			else anywhere.push(escapeRegex(entry));
		}
		// Stryker disable next-line ArrayDeclaration: as above.
		const parts: string[] = [];
		// Each alternative ends in `/`: it can only match folders, never the file's own name.
		// An empty alternative would match only a path that starts with "/" or holds "//", which no vault path does.
		// Stryker disable next-line ConditionalExpression,EqualityOperator: as the line above says.
		if (anywhere.length > 0) parts.push(`(?:^|/)(?:${anywhere.join("|")})/`);
		// Stryker disable next-line ConditionalExpression,EqualityOperator: as above.
		if (rooted.length > 0) parts.push(`^(?:${rooted.join("|")})/`);
		const regex = parts.length === 0 ? null : new RegExp(parts.join("|"), "i");
		// Stryker disable next-line ArrayDeclaration: speed-only; a matcher whose entries never compare equal is built each time.
		cached = { entries: [...folders], match: regex === null ? () => false : (p: string) => regex.test(p) };
		folderMatchers.set(folders, cached);
	}
	return cached.match(path);
}

/** The part of a link that names a note: `Sam Rivera#Work|Sam` → `Sam Rivera`. */
export function linkpath(link: string): string {
	let text = link;
	const bar = text.indexOf("|");
	if (bar > 0) text = text.slice(0, bar);
	const hash = text.indexOf("#");
	if (hash !== -1) text = text.slice(0, hash);
	return text.trim();
}

/** The key under which a link is filed for lookup: its last path segment, lower case, without `.md`. */
export function linkKey(link: string): string {
	const path = linkpath(link);
	return fold(basename(path));
}

/** A `/`-separated path without empty, `.` or `..` parts; null when `..` climbs above its start. */
export function normalize(path: string): string | null {
	const out: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else {
			out.push(part);
		}
	}
	return out.join("/");
}
