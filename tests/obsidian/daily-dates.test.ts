// Daily-note dates: for numeric formats the plugin uses Ascent's own reader instead of moment; both must agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dailyDateReader, strictMomentDate } from "../../src/obsidian/records";

const FORMATS = ["YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "DD.MM.YYYY", "YYYY/M/D", "YYYY-MM/DD", "D-M-YYYY", "YYYYMMDD"];

/** A name as a user might have one: a real date in some format, mangled a little or not at all. */
const name = fc.tuple(
	fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2031, 11, 31) }).map((t) => new Date(t)),
	fc.constantFrom(...FORMATS),
	fc.constantFrom("none", "none", "day 31", "day 0", "month 13", "one digit", "letter", "extra", "space", "upper"),
).map(([date, format, mangle]) => {
	const y = String(date.getUTCFullYear());
	const m = String(date.getUTCMonth() + 1);
	const d = String(date.getUTCDate());
	const pad = (s: string) => s.padStart(2, "0");
	let text = format.replace("YYYY", y).replace("YYYY", y).replace("MM", pad(m)).replace("MM", pad(m)).replace("DD", pad(d)).replace("DD", pad(d)).replace("M", m).replace("D", d);
	if (mangle === "day 31") text = text.replace(pad(d), "31");
	if (mangle === "day 0") text = text.replace(pad(d), "00");
	if (mangle === "month 13") text = text.replace(pad(m), "13");
	if (mangle === "one digit") text = text.replace(/0(\d)/, "$1");
	if (mangle === "letter") text = text.replace(/\d/, "x");
	if (mangle === "extra") text = `${text}-notes`;
	if (mangle === "space") text = ` ${text}`;
	if (mangle === "upper") text = text.toUpperCase();
	return text;
});

describe("daily-note dates", () => {
	it("Ascent's reader and moment's strict parse agree on numeric formats", () => {
		for (const format of FORMATS) {
			const fast = dailyDateReader("Journal", format);
			const reference = strictMomentDate("Journal", format);
			fc.assert(fc.property(name, fc.constantFrom("Journal/", "journal/", "Other/", ""), (text, folder) => {
				const path = `${folder}${text}.md`;
				expect(fast(path), `${format}: ${path}`).toBe(reference(path));
			}), { numRuns: 400 });
		}
	});

	it("reads real names, and leaves other formats to moment", () => {
		expect(dailyDateReader("Journal", "YYYY/MM/YYYY-MM-DD")("Journal/2026/11/2026-11-30.md")).toBe("2026-11-30");
		expect(dailyDateReader("", "DD.MM.YYYY")("30.11.2026.md")).toBe("2026-11-30");
		expect(dailyDateReader("", "YYYY-MM-DD")("2026-02-29.md")).toBeNull();
		expect(dailyDateReader("", "dddd, MMMM Do YYYY")("Monday, November 30th 2026.md")).toBe("2026-11-30");
	});
});
