// Matching imported contacts to people already in the vault: by name and aliases, ignoring case, accents,
// honorifics, punctuation and word order ("Rivera, Sam" and "Dr. Sam Rivera" are Sam Rivera).

/** Titles before or after a name. Generational suffixes (Jr, Sr, II, III) are not here: they tell people apart. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "phd", "md"]);

/**
 * The comparable form of a name: tokens without accents, case, honorifics or punctuation, in sorted order. A name
 * with no letter or digit (`😀`, `🚀`) matches only itself, exactly.
 */
export function nameKey(name: string): string {
	if (!/[\p{L}\p{N}]/u.test(name)) return name.trim() === "" ? "" : `=${name.normalize("NFC").trim()}`;
	const text = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
	// Sorted, so that "Rivera, Sam" and "Sam Rivera" are one key.
	const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "" && !HONORIFICS.has(t));
	return tokens.sort().join(" ");
}

export interface Candidate {
	path: string;
	name: string;
	aliases: string[];
}

export type Match = { kind: "new" } | { kind: "existing"; path: string } | { kind: "ambiguous"; paths: string[] };

export class NameMatcher {
	private readonly byKey = new Map<string, Set<string>>();

	constructor(candidates: Iterable<Candidate>) {
		for (const c of candidates) {
			for (const name of [c.name, ...c.aliases]) {
				const key = nameKey(name);
				if (key === "") continue;
				let set = this.byKey.get(key);
				if (!set) this.byKey.set(key, (set = new Set()));
				set.add(c.path);
			}
		}
	}

	match(name: string): Match {
		const paths = [...(this.byKey.get(nameKey(name)) ?? [])];
		if (paths.length === 0) return { kind: "new" };
		if (paths.length === 1) return { kind: "existing", path: paths[0] as string };
		return { kind: "ambiguous", paths: paths.sort() };
	}
}
