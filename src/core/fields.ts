// Reading a field from frontmatter under any of its accepted keys, as written (notes are never rewritten).

export interface FieldValue {
	key: string;
	value: unknown;
}

/** No value: null, blank text or an empty list (a property written with nothing after its key). */
export function isEmpty(value: unknown): boolean {
	// Stryker disable next-line ConditionalExpression: defensive; properties read from YAML or Obsidian hold null, never undefined.
	return value === null || value === undefined || (typeof value === "string" && value.trim() === "")
		|| (Array.isArray(value) && value.length === 0);
}

/** The first of `keys` present with a value: exact spelling first, then ignoring case (Obsidian's properties do). */
export function readField(frontmatter: Record<string, unknown> | undefined, keys: string[]): FieldValue | null {
	if (!frontmatter) return null;
	for (const key of keys) {
		if (Object.prototype.hasOwnProperty.call(frontmatter, key) && !isEmpty(frontmatter[key])) return { key, value: frontmatter[key] };
	}
	for (const key of keys) {
		const actual = keyIgnoringCase(frontmatter, key);
		if (actual !== undefined && !isEmpty(frontmatter[actual])) return { key: actual, value: frontmatter[actual] };
	}
	return null;
}

/** The last key of `frontmatter` equal to `key` ignoring case (a loop: notes have a handful of keys). */
function keyIgnoringCase(frontmatter: Record<string, unknown>, key: string): string | undefined {
	const wanted = key.toLowerCase();
	let found: string | undefined;
	// `for…in` rather than Object.keys: no array per call (readField asks this for every key a note lacks).
	for (const k in frontmatter) {
		// Stryker disable next-line ConditionalExpression: defensive: parsed properties have no inherited keys
		if (!Object.prototype.hasOwnProperty.call(frontmatter, k)) continue;
		// Stryker disable next-line ConditionalExpression: speed-only; keys of another length never match.
		if (k.length === wanted.length && k.toLowerCase() === wanted) found = k;
	}
	return found;
}

/** The key a note already uses for a field, so a write updates it rather than adding a second one. */
export function existingKey(frontmatter: Record<string, unknown> | undefined, keys: string[]): string | null {
	if (!frontmatter) return null;
	for (const key of keys) if (Object.prototype.hasOwnProperty.call(frontmatter, key)) return key;
	for (const key of keys) {
		const actual = keyIgnoringCase(frontmatter, key);
		if (actual !== undefined) return actual;
	}
	return null;
}

/** A string or list of strings (also comma-separated text), as people write `goals` or `aliases`. */
export function textList(value: unknown): string[] {
	if (typeof value === "string") return value.trim() === "" ? [] : [value.trim()];
	if (typeof value === "number") return [String(value)];
	if (Array.isArray(value)) return value.flatMap((v) => (typeof v === "string" || typeof v === "number" ? [String(v).trim()] : [])).filter((v) => v !== "");
	return [];
}

export function truthy(value: unknown): boolean {
	if (typeof value === "boolean") return value;
	if (typeof value === "string") return ["true", "yes", "y", "on", "1"].includes(value.trim().toLowerCase());
	return value === 1;
}

export function display(value: unknown): string {
	if (typeof value === "string") return value;
	if (value instanceof Date) return value.toISOString();
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
