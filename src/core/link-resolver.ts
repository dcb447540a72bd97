// Obsidian's rules for which note a link reaches, over the vault's notes as the note table holds them.
import { type Held, type Kept, nameNumber, NoteTable, pathOf } from "./note-table";
import { basename, fold, folderOf, linkpath, normalize } from "./paths";

/** Said of a name several notes have (or share a number with): where the link is decides which. */
const SHARED = Symbol("shared");

/**
 * Resolves links the way Obsidian does for notes: an exact vault path, then a path relative to the linking note,
 * then by name (case-insensitive, `.md` optional; among notes of the same name the one at the root, then the one in
 * the linking note's folder, then the shortest path: `nearest`), and last,
 * the `aliases` of a note. A link that climbs out of the vault resolves to nothing.
 *
 * It finds notes in a note table (its own, or the index's, which keeps what it holds of a note in the same place):
 * `reach` answers with what the table holds of the note, so that the index finds a person without a second lookup.
 */
export class LinkResolver<K extends Kept = Kept> {
	private readonly byAlias = new Map<string, Set<string>>();
	private readonly aliasesOf = new Map<string, string[]>();

	constructor(private readonly notes: NoteTable<K> = new NoteTable<K>()) {}

	add(path: string): void {
		this.notes.add(path);
	}

	remove(path: string): void {
		this.notes.remove(path);
		this.setAliases(path, []);
	}

	/** The notes `keep` keeps of each name that more than one of them has (any case, NFC), in the order they came. */
	sharedNames(keep: (path: string) => boolean): string[][] {
		const out: string[][] = [];
		for (const key of this.notes.shared()) {
			// Notes of one number, by name (two names may share a number).
			const byName = new Map<string, string[]>();
			for (const h of this.held(key)) {
				const p = pathOf(h);
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

	private held(key: number): readonly Held<K>[] {
		const held = this.notes.numbered(key);
		// Stryker disable next-line ArrayDeclaration: named() keeps only notes of the name asked for; sharedNames() asks for held numbers only.
		return held === undefined ? [] : Array.isArray(held) ? (held as readonly Held<K>[]) : [held as Held<K>];
	}

	/** The notes named `name` (lower case, NFC). */
	private named(name: string): Held<K>[] {
		return this.held(nameNumber(name)).filter((h) => fold(basename(pathOf(h))) === name);
	}

	/** The note at `path`, ignoring case, as the vault spells it. */
	private byPath(path: string): Held<K> | undefined {
		const lower = fold(path);
		return this.named(fold(basename(path))).find((h) => fold(pathOf(h)) === lower);
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
	 * What a link reaches from any note, when that does not depend on the note it is in: a plain name that one note
	 * has (or none: an alias, or nothing: null). Undefined for a path, or a name several notes share, which may reach
	 * another note from another folder (`reach` answers those). One reading of the link, for a build's memo.
	 */
	reachAnywhere(link: string): Held<K> | null | undefined {
		const target = linkpath(link);
		if (target.includes("/")) return undefined;
		const one = this.onlyNoteNamed(target);
		if (one === SHARED) return undefined;
		// No note of that name: an alias or nothing, whichever note the link is in.
		// Stryker disable next-line StringLiteral: as the line above says, the note the link is in changes nothing here.
		return one ?? this.reach(link, "");
	}

	/**
	 * The one note of a plain name (no folder), SHARED when its number is several notes' (a name that only shares its
	 * number with another name is taken for shared: resolved by the general rule), or undefined when no note has it.
	 */
	private onlyNoteNamed(target: string): Held<K> | typeof SHARED | undefined {
		const name = fold(basename(target));
		const held = this.notes.numbered(nameNumber(name));
		if (Array.isArray(held)) return SHARED;
		// Stryker disable next-line ConditionalExpression: speed-only; the general rule of reach() finds the one note of the name too.
		return held !== undefined && fold(basename(pathOf(held as Held<K>))) === name ? (held as Held<K>) : undefined;
	}

	/** The path of the note a link reaches from `fromPath`, or null. */
	resolve(link: string, fromPath: string): string | null {
		const held = this.reach(link, fromPath);
		return held === null ? null : pathOf(held);
	}

	/** The note a link reaches from `fromPath` as the table holds it (its path, or what is kept of it), or null. */
	reach(link: string, fromPath: string): Held<K> | null {
		const target = linkpath(link);
		// Stryker disable next-line ConditionalExpression,StringLiteral: speed-only; no note is named ".md", so "" finds none below.
		if (target === "") return null;
		// The common case, a plain name: one note of that name, no array work.
		// Stryker disable next-line all: speed-only; the general rule below gives a plain name of one note that note.
		if (!target.includes("/")) {
			const one = this.onlyNoteNamed(target);
			// Stryker disable next-line ConditionalExpression,LogicalOperator: speed-only; as above.
			if (one !== undefined && one !== SHARED) return one;
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
			(h) => !target.includes("/") || `/${fold(pathOf(h))}`.endsWith(suffix),
		);
		if (candidates.length > 0) return target.includes("/") ? shortest(candidates) : nearest(candidates, withExt, fromPath);
		if (!target.includes("/")) {
			const aliased = this.byAlias.get(fold(target));
			// Stryker disable next-line ConditionalExpression,EqualityOperator: defensive; an alias's set goes when it empties.
			if (aliased && aliased.size > 0) {
				const path = shortest([...aliased]);
				return this.notes.get(path) ?? path;
			}
		}
		return null;
	}
}

/**
 * Which of the notes that share a name a plain link reaches, as Obsidian picks (getFirstLinkpathDest, observed on
 * Obsidian 1.13): the note at the vault's root of that name, else the one in the linking note's own folder (not an
 * ancestor's), else the shortest path.
 */
function nearest<H extends Held<Kept>>(candidates: H[], withExt: string, fromPath: string): H {
	const root = fold(withExt);
	const atRoot = candidates.find((h) => fold(pathOf(h)) === root);
	if (atRoot) return atRoot;
	const folder = folderOf(fromPath);
	const beside = candidates.filter((h) => folderOf(pathOf(h)) === folder);
	return shortest(beside.length > 0 ? beside : candidates);
}

function shortest<H extends Held<Kept>>(held: H[]): H {
	return held.reduce((best, h) => {
		const p = pathOf(h);
		const b = pathOf(best);
		// Stryker disable next-line EqualityOperator: two notes never share a path, so `<=` is `<` between them.
		return p.length < b.length || (p.length === b.length && p < b) ? h : best;
	});
}
