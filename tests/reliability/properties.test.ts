// @vitest-environment happy-dom
// Property-based: parsers never throw, and every Ascent write keeps everything it did not mean to change.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { parseCadence } from "../../src/core/cadence";
import { parseBirthday, parseDay } from "../../src/core/dates";
import { splitFrontmatter } from "../../src/core/note-text";
import { readPerson } from "../../src/core/person";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/core/settings";
import { readBlockOptions } from "../../src/ui/block-options";
import { parseNote } from "../../src/vault/markdown";
import { parse } from "yaml";
import { startPlugin } from "../obsidian/harness";

const RUNS = process.env.STRESS ? 2000 : 200;

describe("parsers never throw", () => {
	it("on values of any type, and what they accept is well formed", () => {
		fc.assert(fc.property(fc.anything(), (value) => {
			const day = parseDay(value);
			// An accepted date is a real YYYY-MM-DD that reads back as itself; a refusal says why in words.
			if (day.ok) expect(parseDay(day.value)).toEqual(day);
			else expect(day.message).toMatch(/\w/);
			const cadence = parseCadence(value);
			if (cadence.ok) expect(cadence.value.days === null || (Number.isInteger(cadence.value.days) && cadence.value.days >= 1 && cadence.value.days <= 3660)).toBe(true);
			const birthday = parseBirthday(value);
			if (birthday.ok) expect(parseBirthday(birthday.value.monthDay).ok).toBe(true);
			readBlockOptions(value);
			const settings = loadSettings(value);
			expect(settings.settings.tiers.length).toBeGreaterThan(0);
		}), { numRuns: RUNS * 5 });
	});

	it("dates written any way that is accepted come back as the day they name", () => {
		fc.assert(fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }), fc.constantFrom("plain", "link", "time", "short"), (date, form) => {
			const day = date.toISOString().slice(0, 10);
			const [y, m, d] = day.split("-");
			const text = form === "plain" ? day : form === "link" ? `[[${day}]]` : form === "time" ? `${day}T08:15` : `${y}-${Number(m)}-${Number(d)}`;
			expect(parseDay(text)).toEqual({ ok: true, value: day });
		}), { numRuns: RUNS });
	});

	it("on arbitrary note text, and on people with arbitrary properties", () => {
		fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
			parseNote(text);
			parseNote(`---\n${text}\n---\n${text}`);
		}), { numRuns: RUNS });
		fc.assert(fc.property(fc.dictionary(fc.constantFrom("last-contact", "cadence", "tier", "goals", "met", "birthday", "snooze-until", "paused", "aliases", "tags", "type"), fc.anything()), (fm) => {
			readPerson({ path: "People/X.md", metadata: { frontmatter: fm }, content: "" }, DEFAULT_SETTINGS);
		}), { numRuns: RUNS });
	});
});

const key = fc.stringMatching(/^[a-zA-Zé_][\w é-]{0,12}$/).filter((k) => k.trim() === k && !["last-contact", "snooze-until", "cadence", "tier", "paused"].includes(k));
const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("2026-11-20", "2026-11-20T10:00:00", "[[2026-11-20]]", "ünïcødé ✓", "a: b", "- x"));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(key, scalar, { maxKeys: 3 }));
const frontmatter = fc.dictionary(key, value, { maxKeys: 6 });
const bodyLine = fc.oneof(
	fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/\r|\n/g, " ")),
	fc.constantFrom("## Interactions", "", "- 2026-10-01 old coffee #meet", "# Title", "- [ ] task", "> quote", "---"),
);
const body = fc.array(bodyLine, { maxLength: 8 }).map((lines) => lines.join("\n"));
const comment = fc.boolean();

type Op = { kind: "log"; date: string; note: string } | { kind: "snooze" } | { kind: "cadence" } | { kind: "tier" } | { kind: "pause" };
const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("log" as const), date: fc.constantFrom("2026-11-30", "2026-01-02"), note: fc.string({ maxLength: 20 }) }),
	fc.constant({ kind: "snooze" as const }), fc.constant({ kind: "cadence" as const }), fc.constant({ kind: "tier" as const }), fc.constant({ kind: "pause" as const }),
);

const TOUCHED = ["last-contact", "snooze-until", "cadence", "tier", "paused"];

describe("writes lose nothing", () => {
	it("every write keeps every other key and value and the rest of the body; undo restores the exact text", async () => {
		const h = await startPlugin({}, { data: {} });
		let n = 0;
		await fc.assert(fc.asyncProperty(frontmatter, body, comment, op, async (fm, text, withComment, o) => {
			const path = `People/P${n++}.md`;
			const yaml = Object.keys(fm).length ? `${withComment ? "# a comment\n" : ""}${stringify(fm)}` : "";
			// A body that starts with --- would itself be a properties block; such a note is generated with properties.
			const before = yaml ? `---\n${yaml}---\n${text}` : text.startsWith("---") ? `\n${text}` : text;
			await h.app.vault.create(path, before);
			const w = h.services.writer;
			if (o.kind === "log") await w.logInteraction({ paths: [path], date: o.date, kind: "call", note: o.note });
			else if (o.kind === "snooze") await w.snooze(path, "2026-12-24");
			else if (o.kind === "cadence") await w.setCadence(path, "2w");
			else if (o.kind === "tier") await w.setTier(path, "close");
			else await w.setPaused(path, true);
			const after = h.text(path) ?? "";

			const a = splitFrontmatter(before);
			const b = splitFrontmatter(after);
			const kept = (o: Record<string, unknown> | null) => Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => !TOUCHED.includes(k)));
			expect(kept(parse(b.yaml ?? "") as Record<string, unknown>)).toEqual(kept((a.yaml ? parse(a.yaml) : {}) as Record<string, unknown>));
			if (o.kind === "log") {
				const line = `- ${o.date}${o.note.replace(/[\r\n]+/g, " ").trim() ? ` ${o.note.replace(/[\r\n]+/g, " ").trim()}` : ""} #call`;
				const lines = b.body.split("\n");
				const at = lines.indexOf(line);
				expect(at).toBeGreaterThanOrEqual(0);
				lines.splice(at, 1);
				// Removing the inserted line (with the blank line or the new heading written with it) gives the body back.
				const restored = lines.join("\n");
				const withoutSeparator = [...lines.slice(0, at), ...lines.slice(lines[at] === "" ? at + 1 : at)].join("\n");
				const ok = restored === a.body || withoutSeparator === a.body
					|| (!/^#{1,6}\s+interactions\s*#*\s*$/im.test(a.body) && restored.startsWith(a.body.replace(/\s*$/, "")));
				expect(ok, JSON.stringify({ before: a.body, after: b.body })).toBe(true);
			} else {
				expect(b.body).toBe(a.body);
			}
			const undone = await h.services.history.undo();
			expect(undone.ok).toBe(true);
			expect(h.text(path)).toBe(before);
		}), { numRuns: RUNS / 2 });
	}, 120_000);
});
