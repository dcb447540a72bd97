// Moment formats (Obsidian's settings) written out through date-fns; the person template's clock placeholders.
import { describe, expect, it } from "vitest";
import { dateFnsPattern, formatMoment } from "../../src/core/moment-format";
import { fillTemplate } from "../../src/core/safe-names";

const NOW = new Date(2026, 10, 30, 14, 5, 9);

describe("moment formats", () => {
	it.each([
		["YYYY-MM-DD", "2026-11-30"],
		["YY/M/D", "26/11/30"],
		["dddd, MMMM Do YYYY", "Monday, November 30th 2026"],
		["ddd D MMM", "Mon 30 Nov"],
		["HH:mm:ss", "14:05:09"],
		["h:mm A", "2:05 PM"],
		["[Week] W, [Q]Q", "Week 49, Q4"],
		["YYYY/MM/YYYY-MM-DD", "2026/11/2026-11-30"],
		["[It's] dddd", "It's Monday"],
		["x y z", "x y z"],
	])("%s → %s", (moment, text) => {
		expect(formatMoment(NOW, moment)).toBe(text);
	});

	it("letters that are not tokens are quoted, so date-fns never reads them", () => {
		expect(dateFnsPattern("YYYY 'q' t")).toBe("yyyy' ''q'' t'");
		expect(dateFnsPattern("[Week] W")).toBe("'Week 'I");
	});
});

describe("the person template's clock", () => {
	it("fills {{date:FORMAT}}, {{time}} and {{time:FORMAT}} as the Templates plugin does, in the properties and the body", () => {
		const template = "---\ncreated: {{date:YYYY-MM-DDTHH:mm}}\n---\n# {{title}}\nAdded {{date:dddd}} at {{time}} ({{time:h A}}), {{date}}.\n";
		expect(fillTemplate(template, { title: "Ann {{time}}", date: "2026-11-30", clock: { now: NOW, format: formatMoment } })).toBe(
			"---\ncreated: 2026-11-30T14:05\n---\n# Ann {{time}}\nAdded Monday at 14:05 (2 PM), 2026-11-30.\n");
	});

	it("without a clock they stay as written", () => {
		expect(fillTemplate("{{date:D MMM}} {{time}} {{date}}", { title: "x", date: "2026-02-03" })).toBe("{{date:D MMM}} {{time}} 2026-02-03");
	});
});
