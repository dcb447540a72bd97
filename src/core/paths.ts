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
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
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

/**
 * Resolves links the way Obsidian does for notes: an exact vault path, then a path relative to the linking note,
 * then by name (case-insensitive, `.md` optional; among notes of the same name the one at the root, then the one in
 * the linking note's folder, then the shortest path: `nearest`), and last,
 * the `aliases` of a note. A link that climbs out of the vault resolves to nothing.
 */
export class LinkResolver {
	/**
	 * Notes by the number of their lower-case name (`nameNumber`); one path held as itself (most names are unique),
	 * several as an array. Keyed by a number, not the name: a lower-case copy of every note's name cost 1 MB on the
	 * bench's large vault (PERFORMANCE.md, session 13). Two names may share a number, so every lookup checks the name.
	 */
	private readonly byName = new Map<number, string | string[]>();
	/** The numbers more than one note has (kept as notes come and go, so that finding them walks no list). */
	private readonly shared = new Set<number>();
	private readonly byAlias = new Map<string, Set<string>>();
	private readonly aliasesOf = new Map<string, string[]>();

	add(path: string): void {
		const key = nameNumber(fold(basename(path)));
		const held = this.byName.get(key);
		if (held === undefined) this.byName.set(key, path);
		else if (typeof held === "string") {
			if (held !== path) {
				this.byName.set(key, [held, path]);
				this.shared.add(key);
			}
		} else if (!held.includes(path)) held.push(path);
	}

	remove(path: string): void {
		const key = nameNumber(fold(basename(path)));
		const held = this.byName.get(key);
		if (held === path) this.byName.delete(key);
		else if (Array.isArray(held)) {
			const rest = held.filter((p) => p !== path);
			// Stryker disable next-line ConditionalExpression: speed-only; a list of one resolves as the one path does.
			this.byName.set(key, rest.length === 1 ? (rest[0] as string) : rest);
			// Stryker disable next-line ConditionalExpression: speed-only; a number held by one note again lists one note.
			if (rest.length === 1) this.shared.delete(key);
		}
		this.setAliases(path, []);
	}

	/** The notes `keep` keeps of each name that more than one of them has (any case, NFC), in the order they came. */
	sharedNames(keep: (path: string) => boolean): string[][] {
		const out: string[][] = [];
		for (const key of this.shared) {
			// Notes of one number, by name (two names may share a number).
			const byName = new Map<string, string[]>();
			for (const p of this.held(key)) {
				const name = fold(basename(p));
				const group = byName.get(name);
				if (group) group.push(p);
				else byName.set(name, [p]);
			}
			for (const group of byName.values()) {
				const paths = group.filter(keep);
				if (paths.length > 1) out.push(paths);
			}
		}
		return out;
	}

	private held(key: number): readonly string[] {
		const held = this.byName.get(key);
		// Stryker disable next-line ArrayDeclaration: named() keeps only paths of the name asked for; sharedNames() asks for held numbers only.
		return held === undefined ? [] : typeof held === "string" ? [held] : held;
	}

	/** The notes named `name` (lower case, NFC). */
	private named(name: string): string[] {
		return this.held(nameNumber(name)).filter((p) => fold(basename(p)) === name);
	}

	/** The note at `path`, ignoring case, as the vault spells it. */
	private byPath(path: string): string | undefined {
		const lower = fold(path);
		return this.named(fold(basename(path))).find((p) => fold(p) === lower);
	}

	has(path: string): boolean {
		return this.byPath(path) !== undefined;
	}

	aliases(path: string): string[] {
		return this.aliasesOf.get(path) ?? [];
	}

	setAliases(path: string, aliases: string[]): void {
		// Stryker disable next-line ArrayDeclaration: an alias no note has is nothing to take off.
		for (const alias of this.aliasesOf.get(path) ?? []) {
			const set = this.byAlias.get(fold(alias));
			set?.delete(path);
			// Stryker disable next-line ConditionalExpression: memory-only; an empty set reaches nobody (resolve checks its size).
			if (set?.size === 0) this.byAlias.delete(fold(alias));
		}
		// Stryker disable next-line ConditionalExpression,BlockStatement: memory-only; an empty list of aliases is as none.
		if (aliases.length === 0) {
			this.aliasesOf.delete(path);
			return;
		}
		this.aliasesOf.set(path, aliases);
		for (const alias of aliases) {
			const key = fold(alias);
			let set = this.byAlias.get(key);
			if (!set) this.byAlias.set(key, (set = new Set()));
			set.add(path);
		}
	}

	/**
	 * Whether a link reaches the same note from every note: a plain name that one note has (or none: an alias, or
	 * nothing). A path, or a name several notes share, may reach another note from another folder.
	 */
	sameEverywhere(link: string): boolean {
		const target = linkpath(link);
		// A name that only shares its number with another name is taken for shared: resolved each time, as it should be.
		return !target.includes("/") && !this.shared.has(nameNumber(fold(basename(target))));
	}

	resolve(link: string, fromPath: string): string | null {
		const target = linkpath(link);
		// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only; no note is named ".md", so "" finds none below.
		if (target === "") return null;
		// Stryker disable next-line all: speed-only; the general rule below gives a plain name of one note that note.
		if (!target.includes("/")) {
			// The common case, a plain name: one note of that name, no array work.
			const name = fold(basename(target));
			const held = this.byName.get(nameNumber(name));
			if (typeof held === "string" && fold(basename(held)) === name) return held;
		}
		const withExt = target.toLowerCase().endsWith(".md") ? target : `${target}.md`;
		// For a plain name the root's note and the one beside the link are what nearest() picks first: the same answer.
		// Stryker disable next-line ConditionalExpression,StringLiteral: as the line above says.
		if (target.includes("/")) {
			const exact = this.byPath(withExt.replace(/^\/+/, ""));
			if (exact) return exact;
			const relative = normalize(`${folderOf(fromPath)}/${withExt}`);
			if (relative === null) return null;
			const rel = this.byPath(relative);
			if (rel) return rel;
			// Stryker disable next-line all: speed-only; no path ends in "/../x.md" or "//x.md", so the rule below finds none either.
			if (target.startsWith("..") || target.startsWith("/")) return null;
		}
		const key = fold(basename(withExt));
		const suffix = `/${fold(withExt)}`;
		const candidates = this.named(key).filter(
			// Stryker disable next-line StringLiteral: every note of a plain name ends in "/name.md" anyway.
			(p) => !target.includes("/") || `/${fold(p)}`.endsWith(suffix),
		);
		if (candidates.length > 0) return target.includes("/") ? shortest(candidates) : nearest(candidates, withExt, fromPath);
		if (!target.includes("/")) {
			const aliased = this.byAlias.get(fold(target));
			// Stryker disable next-line ConditionalExpression,EqualityOperator: defensive; an alias's set goes when it empties.
			if (aliased && aliased.size > 0) return shortest([...aliased]);
		}
		return null;
	}
}

/** A lower-case name's number: its FNV-1a hash, cut to 30 bits (a small integer, kept in a map without a box). */
export function nameNumber(name: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
	return hash & 0x3fffffff;
}

/**
 * Which of the notes that share a name a plain link reaches, as Obsidian picks (getFirstLinkpathDest, observed on
 * Obsidian 1.13): the note at the vault's root of that name, else the one in the linking note's own folder (not an
 * ancestor's), else the shortest path.
 */
function nearest(candidates: string[], withExt: string, fromPath: string): string {
	const root = fold(withExt);
	const atRoot = candidates.find((p) => fold(p) === root);
	if (atRoot) return atRoot;
	const folder = folderOf(fromPath);
	const beside = candidates.filter((p) => folderOf(p) === folder);
	return shortest(beside.length > 0 ? beside : candidates);
}

function shortest(paths: string[]): string {
	// Stryker disable next-line EqualityOperator: two notes never share a path, so `<=` is `<` between them.
	return paths.reduce((best, p) => (p.length < best.length || (p.length === best.length && p < best) ? p : best));
}
