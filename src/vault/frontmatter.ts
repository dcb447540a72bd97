// Reads a note's YAML frontmatter the way Obsidian does (dates stay strings), and never runs code.
import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { readSimpleYaml } from "./simple-yaml";

export interface FrontmatterResult {
	data?: Record<string, unknown>;
	error?: string;
}

function refuseToRun(language: string) {
	return () => {
		throw new Error(`frontmatter written in ${language} is never run; Ascent reads YAML only`);
	};
}

/**
 * gray-matter would `eval` a `---js` block and load CoffeeScript; both engines are replaced with ones that
 * refuse. YAML is read by the `yaml` package with the core schema: no timestamps (Obsidian keeps `2026-11-20` as
 * text), no custom tags, and a cap on alias expansion (a "billion laughs" note cannot eat the memory).
 */
class UnreadableYaml extends Error {}

const YAML_OPTIONS = {
	// Stryker disable next-line StringLiteral: the core schema is also the library's default for YAML 1.2; named for the reader.
	schema: "core",
	maxAliasCount: 100,
	uniqueKeys: true,
	prettyErrors: true,
	logLevel: "error",
} as const;

function readYaml(text: string): object {
	try {
		const value: unknown = parseYaml(text, YAML_OPTIONS);
		return (value ?? {});
	} catch (error) {
		if (error instanceof YAMLParseError) throw error;
		// Alias bombs and absurd nesting fail while the document is built, not parsed; say so the same way.
		throw new UnreadableYaml(`the properties are not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
	}
}

const options = {
	engines: {
		yaml: readYaml,
		javascript: refuseToRun("JavaScript"),
		js: refuseToRun("JavaScript"),
		coffee: refuseToRun("CoffeeScript"),
		coffeescript: refuseToRun("CoffeeScript"),
		cson: refuseToRun("CoffeeScript"),
	},
};

function describe(error: unknown): string {
	if (error instanceof YAMLParseError) {
		// The text handed to YAML starts with the newline after the opening `---`, so its line numbers (counted from 1)
		// are the note's; the message's own "at line 3, column 1:" would say it twice.
		// Stryker disable next-line OptionalChaining,ConditionalExpression: defensive; with prettyErrors every parse error has a place.
		const line = error.linePos?.[0]?.line;
		// Stryker disable next-line ConditionalExpression: defensive, as above.
		const where = line === undefined ? "" : ` (line ${line})`;
		const first = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
		return `the properties are not valid YAML${where}: ${first}`;
	}
	return error instanceof Error ? error.message : String(error);
}

/** Parses the frontmatter of a note whose first line is `---`. */
export function readFrontmatter(content: string): FrontmatterResult {
	try {
		const parsed = matter(content, options) as { data: unknown };
		const data = parsed.data;
		// Stryker disable next-line ConditionalExpression: defensive; the YAML engine gives {} for an empty document, never null.
		if (data === null || typeof data !== "object" || Array.isArray(data)) {
			return { error: "the properties block is not a list of key: value pairs" };
		}
		return { data: { ...(data as Record<string, unknown>) } };
	} catch (error) {
		return { error: describe(error) };
	}
}

/**
 * The same reading as `readFrontmatter`, for a caller that has already found the block: `matter` is the text between
 * the opening `---` and the newline before the closing one (what gray-matter hands its YAML engine). It skips
 * gray-matter's own scan of the note; tests/vault holds the two to the same results.
 */
// Stryker disable next-line BooleanLiteral: speed-only; the simple reader answers only where it agrees with the library (tests/vault).
export function readFrontmatterText(matter: string, simple = true): FrontmatterResult {
	const plain = simple ? readSimpleYaml(matter) : null;
	if (plain) return { data: plain };
	try {
		const data: unknown = readYaml(matter);
		// Stryker disable next-line ConditionalExpression: defensive; readYaml gives {} for an empty document, never null.
		if (data === null || typeof data !== "object" || Array.isArray(data)) {
			return { error: "the properties block is not a list of key: value pairs" };
		}
		return { data: { ...(data as Record<string, unknown>) } };
	} catch (error) {
		return { error: describe(error) };
	}
}
