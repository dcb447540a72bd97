// Editing a note's text exactly: the byte-order mark, the line endings and everything not edited stay as they were.
import { Document, isMap, isScalar, parseDocument } from "yaml";

export interface NoteShape {
	/** "\uFEFF" when the note starts with a byte-order mark, else "". */
	bom: string;
	/** The note's line ending ("\r\n" when its first line ends so). */
	eol: "\n" | "\r\n";
	/** The properties block's YAML (LF line endings), or null when the note has none. */
	yaml: string | null;
	/** Everything after the properties block, exactly as written. */
	body: string;
}

const BLOCK = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Splits a note into BOM, properties and body, noting its line ending. */
export function noteShape(text: string): NoteShape {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const rest = bom ? text.slice(1) : text;
	const eol = rest[rest.indexOf("\n") - 1] === "\r" ? "\r\n" : "\n";
	const match = BLOCK.exec(rest);
	if (!match) return { bom, eol, yaml: null, body: rest };
	return { bom, eol, yaml: (match[1] ?? "").replace(/\r\n/g, "\n"), body: rest.slice(match[0].length) };
}

export class PropertiesError extends Error {}

const RENDER = { flowCollectionPadding: false, lineWidth: 0 } as const;

/** `key: value` as YAML, one or more lines ending in a newline. */
function renderPair(key: string, value: unknown): string {
	// The library ends a document with a newline.
	return new Document({ [key]: value }).toString(RENDER);
}

function isPlainValue(value: unknown): boolean {
	return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/**
 * Sets keys in a note's properties as text edits: a key the note has is replaced where it stands (a single value in
 * place, its comment kept), a new key is added at the end; every other byte stays: other keys as written, comments,
 * key order, the body, the byte-order mark and the line endings. Throws PropertiesError (and changes nothing) when
 * the properties cannot be edited safely: YAML errors, duplicate keys, or a block that is not a map of keys.
 */
export function setProperties(text: string, fields: Record<string, unknown>): string {
	const shape = noteShape(text);
	const yaml = shape.yaml ?? "";
	const doc = parseDocument(yaml, { uniqueKeys: true, logLevel: "error" });
	if (doc.errors.length > 0) throw new PropertiesError(`the properties cannot be read (${doc.errors[0]?.message.split("\n")[0] ?? "invalid YAML"})`);
	if (doc.contents !== null && !isMap(doc.contents)) throw new PropertiesError("the properties are not a list of keys and values");
	const edits: { from: number; to: number; text: string }[] = [];
	let appended = "";
	for (const [key, value] of Object.entries(fields)) {
		const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
		const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
		if (!pair || !keyRange) {
			appended += renderPair(key, value);
			continue;
		}
		const old = pair.value;
		const rendered = renderPair(key, value);
		// A key with no value yet (`email:`, as templates leave them) has an empty value where the value would go.
		const empty = isScalar(old) && old.range !== undefined && old.range[0] === old.range[1];
		if (isScalar(old) && old.range && isPlainValue(value) && !rendered.trim().includes("\n")) {
			// One value for another: only the value's own characters change (a comment after it stays). Into an empty
			// one, with a space after the colon and before a comment (`a:` → `a: 5`, `a:  # x` → `a:  5 # x`).
			const [from, to] = old.range;
			const text = rendered.slice(rendered.indexOf(":") + 1).trim();
			const spaced = `${/[ \t]/.test(yaml[from - 1] ?? "") ? "" : " "}${text}${yaml[to] === "#" ? " " : ""}`;
			edits.push({ from, to, text: empty ? spaced : text });
		} else {
			// The pair to the end of its value, or, with no value, to the end of its line.
			const end = old && "range" in old && old.range && !empty ? old.range[2] : yaml.indexOf("\n", keyRange[2]) + 1 || yaml.length;
			edits.push({ from: keyRange[0], to: end, text: renderPair(key, value) });
		}
	}
	let out = yaml;
	for (const edit of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, edit.from) + edit.text + out.slice(edit.to);
	// Every line of the block, and every edit, ends in a newline: new keys follow.
	out += appended;
	const block = `---\n${out}---\n`;
	const result = `${shape.bom}${shape.eol === "\r\n" ? block.replace(/\n/g, "\r\n") : block}${shape.body}`;
	// What was written must read back as the same properties plus the new ones.
	// Stryker disable next-line all: defensive; no edit above has been found to make YAML that does not read back.
	const check = parseDocument(noteShape(result).yaml ?? "", { uniqueKeys: true, logLevel: "error" });
	// Stryker disable next-line all: as above.
	if (check.errors.length > 0) throw new PropertiesError(`the edit would not read back (${check.errors[0]?.message.split("\n")[0] ?? ""})`);
	return result;
}
