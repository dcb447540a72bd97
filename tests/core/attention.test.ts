import { problems } from "../../src/core/network";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildIndex } from "../helpers";

const TODAY = "2026-11-30";

function statusOf(frontmatter: string, extra: Record<string, string> = {}): string | undefined {
	const index = buildIndex({ "People/Sam.md": `---\n${frontmatter}\n---\n`, ...extra });
	return index.person("People/Sam.md", TODAY)?.status;
}

describe("status on a given day", () => {
	it.each([
		["cadence: 30\nlast-contact: 2026-10-01", "overdue"],
		["cadence: 30\nlast-contact: 2026-10-31", "due-soon"], // due today
		["cadence: 30\nlast-contact: 2026-11-06", "due-soon"], // due in 6 days
		["cadence: 30\nlast-contact: 2026-11-07", "due-soon"], // due in 7 days: the window's edge
		["cadence: 30\nlast-contact: 2026-11-08", "ok"],
		["cadence: 7\nlast-contact: 2026-11-30", "ok"], // window capped at half the cadence: due in 7 > 3
		["cadence: 7\nlast-contact: 2026-11-26", "due-soon"], // due in 3 days
		["tier: close", "never-contacted"],
		["cadence: 2w", "never-contacted"],
		["last-contact: 2026-11-01", "ok"], // default cadence 90 with contact evidence
		["last-contact: 2026-08-01", "overdue"],
		["company: Contoso", "untracked"], // no cadence, no tier, no evidence
		["cadence: none\nlast-contact: 2026-01-01", "untracked"],
		["cadence: 30\nlast-contact: 2026-01-01\nsnooze-until: 2026-12-15", "snoozed"],
		["cadence: 30\nlast-contact: 2026-01-01\nsnooze-until: 2026-11-29", "overdue"], // snooze over
		["cadence: 30\npaused: true\nlast-contact: 2026-01-01", "paused"],
		["cadence: 30\nlast-contact: 2027-01-10", "never-contacted"], // future date ignored (and reported)
	])("%s → %s", (fm, status) => {
		expect(statusOf(fm)).toBe(status);
	});

	it("per-person cadence beats the tier, the tier beats the default", () => {
		const index = buildIndex({
			"People/A.md": "---\ncadence: 7\ntier: dormant\nlast-contact: 2026-11-01\n---\n",
			"People/B.md": "---\ntier: inner-circle\nlast-contact: 2026-11-01\n---\n",
			"People/C.md": "---\nlast-contact: 2026-11-01\n---\n",
		});
		expect(index.people(TODAY).map((p) => [p.name, p.cadenceDays]).sort()).toEqual([["A", 7], ["B", 14], ["C", 90]]);
	});
});

describe("last contact is the latest of property, log lines and dated notes", () => {
	it("takes the latest, and its source", () => {
		const index = buildIndex({
			"People/Sam.md": "---\nlast-contact: 2026-10-01\ncadence: 30\n---\n## Interactions\n- 2026-10-15 coffee\n",
			"Daily/2026-11-02.md": "Lunch with [[Sam]]",
			"Daily/2026-12-05.md": "Plan: dinner with [[Sam]]", // in the future: a plan, not contact
		});
		const sam = index.person("People/Sam.md", TODAY);
		expect(sam?.lastContact).toMatchObject({ date: "2026-11-02", source: "dated-note", path: "Daily/2026-11-02.md" });
		expect(sam?.due).toBe("2026-12-02");
	});

	it.each([
		["- [ ] call [[Sam]]", false],
		["- [x] call [[Sam]]", true],
		["- [-] call [[Sam]] (cancelled)", false],
		["> [[Sam]] said in the newsletter", false],
		["> [!note]\n> [[Sam]] in a callout", false],
		["`[[Sam]]` in code", false],
		["```\n[[Sam]]\n```", false],
		["![[Sam]]", false],
		["%%\n[[Sam]]\n%%", false],
		["- met [[Sam]]\n  - [ ] follow up with [[Other]]", true],
		["Coffee with [[sam]]", true],
		["Coffee with [[Sam|my friend]]", true],
		["[Sam](People/Sam.md)", true],
	])("%j counts: %s", (body, counts) => {
		const index = buildIndex({ "People/Sam.md": "---\ncadence: 30\n---\n", "Daily/2026-11-20.md": body });
		expect(index.person("People/Sam.md", TODAY)?.lastContact?.date ?? null).toBe(counts ? "2026-11-20" : null);
	});

	it("counts any note with a date property, and event attendees", () => {
		const index = buildIndex({
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"People/Ana.md": "---\ncadence: 30\n---\n",
			"Meetings/Kickoff.md": "---\ndate: 2026-11-18\n---\nWith [[Sam]]",
			"Events/Conf.md": "---\ntype: event\ndate: 2026-11-19\nattendees:\n  - \"[[Ana]]\"\n---\n",
		});
		expect(index.person("People/Sam.md", TODAY)?.lastContact?.date).toBe("2026-11-18");
		expect(index.person("People/Ana.md", TODAY)?.lastContact).toMatchObject({ date: "2026-11-19", kind: "event" });
	});

	it("follows the aliases of a person", () => {
		const index = buildIndex({ "People/Sam Rivera.md": "---\naliases: [Sammy]\n---\n", "Daily/2026-11-20.md": "[[Sammy]]" });
		expect(index.person("People/Sam Rivera.md", TODAY)?.lastContact?.date).toBe("2026-11-20");
	});
});

describe("ranking who needs attention", () => {
	it("orders overdue by relative silence, then never contacted, then due soon by date; ties by name", () => {
		const index = buildIndex({
			"People/Weekly late 7.md": "---\ncadence: 7\nlast-contact: 2026-11-16\n---\n", // 7 over / 7 = 1.0
			"People/Yearly late 60.md": "---\ncadence: 365\nlast-contact: 2025-10-01\n---\n", // 60 / 365
			"People/Monthly late 20.md": "---\ncadence: 30\nlast-contact: 2026-10-11\n---\n", // 20 / 30
			"People/B never.md": "---\ntier: close\n---\n",
			"People/A never.md": "---\ntier: close\n---\n",
			"People/Due in 5.md": "---\ncadence: 30\nlast-contact: 2026-11-05\n---\n",
			"People/Due in 2.md": "---\ncadence: 30\nlast-contact: 2026-11-02\n---\n",
			"People/Fine.md": "---\ncadence: 30\nlast-contact: 2026-11-29\n---\n",
			"People/Paused.md": "---\ncadence: 7\npaused: true\n---\n",
		});
		expect(index.attention(TODAY).map((p) => p.name)).toEqual([
			"Weekly late 7", "Monthly late 20", "Yearly late 60", "A never", "B never", "Due in 2", "Due in 5",
		]);
	});

	it("uses the configured due-soon window", () => {
		const settings = { ...DEFAULT_SETTINGS, dueSoonDays: 2 };
		const index = buildIndex({ "People/Sam.md": "---\ncadence: 30\nlast-contact: 2026-11-05\n---\n" }, settings);
		expect(index.person("People/Sam.md", TODAY)?.status).toBe("ok");
	});
});

describe("problems", () => {
	it("lists future dates and duplicate names, and never drops the person", () => {
		const index = buildIndex({
			"People/Sam.md": "---\nlast-contact: 2027-01-10\n---\n- 2027-02-01 planned lunch\n",
			"Archive/People/Sam.md": "---\ntype: person\n---\n",
		});
		expect(problems(index, TODAY).map((p) => [p.path, p.field])).toEqual([
			["Archive/People/Sam.md", "name"],
			["People/Sam.md", "last-contact"],
			["People/Sam.md", "log line 4"],
		]);
		expect(index.people(TODAY)).toHaveLength(2);
	});
});
