// The fast path for properties: most notes' properties are a few `key: value` lines and short lists. Those are read
// here, as the YAML core schema reads them (numbers, true/false, null, text; dates stay text). Anything else (blank
// lines, comments, nesting, anchors, escapes, numbers that are not plain integers, keys that repeat) returns null and
// goes to the `yaml` package, the reference: tests/vault holds the two to the same result wherever this answers.

const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: (.*))?$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u;
const INTEGER = /^[0-9]{1,15}$/;
/** Plain scalars the core schema reads as numbers other than small integers: left to the library. */
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const ITEM = /^(?: {2})?- (.*)$/;

const FAIL = Symbol("not simple");
type Scalar = string | number | boolean | null;

function scalar(text: string): Scalar | typeof FAIL {
	const first = text[0];
	if (first === '"' || first === "'") {
		const inner = text.slice(1, -1);
		if (text.length < 2 || text[text.length - 1] !== first || inner.includes(first) || inner.includes("\\")) return FAIL;
		return inner;
	}
	if (!PLAIN.test(text)) return FAIL;
	if (text === "null" || text === "Null" || text === "NULL") return null;
	if (text === "true" || text === "True" || text === "TRUE") return true;
	if (text === "false" || text === "False" || text === "FALSE") return false;
	if (INTEGER.test(text)) return Number(text);
	if (OTHER_NUMBER.test(text)) return FAIL;
	return text;
}

function value(text: string): Scalar | Scalar[] | typeof FAIL {
	if (text[0] !== "[") return scalar(text);
	if (text[text.length - 1] !== "]") return FAIL;
	const inner = text.slice(1, -1).trim();
	if (inner === "") return [];
	const items: Scalar[] = [];
	for (const part of inner.split(",")) {
		const item = scalar(part.trim());
		if (item === FAIL || part.trim() === "") return FAIL;
		items.push(item);
	}
	return items;
}

/** `matter`: the text between the opening `---` and the newline before the closing one. Null: not simple. */
export function readSimpleYaml(matter: string): Record<string, unknown> | null {
	if (!matter.startsWith("\n")) return null;
	const lines = matter.slice(1).split("\n");
	const out: Record<string, unknown> = {};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		if (line === "" || line.endsWith(" ") || line.includes("\t") || line.includes("\r")) return null;
		const match = KEY.exec(line);
		if (!match) return null;
		const key = match[1] as string;
		if (Object.prototype.hasOwnProperty.call(out, key)) return null;
		const rest = match[2];
		if (rest !== undefined) {
			const parsed = value(rest);
			if (parsed === FAIL) return null;
			out[key] = parsed;
			continue;
		}
		// `key:` then a block list, or nothing (null).
		const items: Scalar[] = [];
		let indent: string | null = null;
		while (i + 1 < lines.length) {
			const next = lines[i + 1] as string;
			const item = ITEM.exec(next);
			if (!item) break;
			const lead = next.startsWith(" ") ? "  " : "";
			if (indent !== null && lead !== indent) return null;
			indent = lead;
			if (next.endsWith(" ")) return null;
			const parsed = scalar(item[1] as string);
			if (parsed === FAIL) return null;
			items.push(parsed);
			i++;
		}
		out[key] = indent === null ? null : items;
	}
	return out;
}
