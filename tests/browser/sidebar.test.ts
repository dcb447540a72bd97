// What a person sees and clicks: the real sidebar and block in Chromium, over the example vault.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExampleVault } from "../helpers";
import { readFixture } from "../conventions/fixture";
import { ARTIFACTS, launch, openPage, ROOT } from "./browser";

const EXAMPLE_SETTINGS = JSON.parse(readFileSync(join(ROOT, "examples/vault/.obsidian/plugins/ascent/data.json"), "utf8")) as object;
const DATA = { ...EXAMPLE_SETTINGS, dailyNotesFolder: "Journal", dailyNotesFormat: "YYYY/MM/YYYY-MM-DD" };
const SHOTS = join(ARTIFACTS, "screenshots");
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
	mkdirSync(SHOTS, { recursive: true });
}, 60_000);
afterAll(async () => {
	await browser?.close();
});

const rowNames = (page: Page) => page.$$eval(".ascent-sidebar .ascent-row .ascent-name", (els) => els.map((e) => e.textContent));
const errors = (page: Page) => (page as Page & { errors: string[] }).errors;

describe("the sidebar in a real browser", () => {
	it("shows who needs attention, ranked, with counts on tabs; screenshots in light and dark", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await openPage(browser, { vault: readExampleVault(), data: DATA, theme, name: `example-${theme}` });
			expect(await page.getAttribute("[role=tab].is-active", "aria-label")).toBe("Needs attention (15)");
			expect((await rowNames(page)).slice(0, 3)).toEqual(["Tom Becker", "Jordan Lee", "Sam Rivera"]);
			await page.screenshot({ path: join(SHOTS, `sidebar-${theme}.png`) });
			expect(errors(page)).toEqual([]);
			await page.close();
		}
	});

	it("clicking a name opens the note; Ctrl-click opens it in a new tab", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "open" });
		await page.click(".ascent-sidebar [aria-label='Open Sam Rivera']");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("People/Sam Rivera.md");
		await page.click(".ascent-sidebar [aria-label='Open the note of the last contact with Sam Rivera']");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("Journal/2026/10/2026-10-12.md");
		await page.close();
	});

	it("log contact moves the row out of Needs attention and writes the note", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "log" });
		await page.click("[aria-label='Log contact with Tom Becker today']");
		await page.waitForFunction(() => document.querySelector("[role=tab].is-active")?.getAttribute("aria-label") === "Needs attention (14)");
		expect(await page.$(".ascent-sidebar [aria-label='Open Tom Becker']")).toBeNull();
		const text = await page.evaluate(() => window.__ascent.text("People/Tom Becker.md"));
		expect(text).toContain("last-contact: 2026-11-30");
		expect(text).toContain("## Interactions\n\n- 2026-11-30\n");
		await page.close();
	});

	it("search by name and alias, #tag matches tags only, and the tier filter", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "search" });
		await page.click("[role=tab][aria-label^='Everyone']");
		await page.fill("[aria-label='Search people']", "sammy");
		expect(await rowNames(page)).toEqual(["Sam Rivera"]);
		await page.fill("[aria-label='Search people']", "#person/mentor");
		expect(await rowNames(page)).toEqual(["Quinn Baker"]);
		await page.fill("[aria-label='Search people']", "#nobody");
		expect(await page.textContent(".ascent-empty")).toContain('Nobody matches "#nobody"');
		await page.fill("[aria-label='Search people']", "");
		await page.selectOption("[aria-label='Filter by tier']", "inner-circle");
		// The list re-renders after the change event: wait for it rather than read it mid-update.
		await expect.poll(() => rowNames(page)).toEqual(["Alex Chen", "Felix Wagner", "Sofia Andersson"]);
		await page.close();
	});

	it("keyboard: arrows move, Enter opens, l logs, s snoozes", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "keys" });
		await page.focus("[role=listbox][aria-label='People']");
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press("ArrowDown");
		expect(await page.getAttribute("[role=listbox][aria-label='People']", "aria-activedescendant")).toBe("ascent-row-2");
		await page.keyboard.press("Enter");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("People/Sam Rivera.md");
		await page.keyboard.press("s");
		await page.waitForFunction(() => window.__ascent.text("People/Sam Rivera.md")?.includes("snooze-until: 2026-12-07"));
		await page.keyboard.press("Home");
		await page.keyboard.press("l");
		await page.waitForFunction(() => window.__ascent.text("People/Tom Becker.md")?.includes("last-contact: 2026-11-30"));
		const unlabelled = await page.$$eval(".ascent-sidebar button, .ascent-sidebar select, .ascent-sidebar input",
			(els) => els.filter((e) => !e.getAttribute("aria-label")).length);
		expect(unlabelled).toBe(0);
		await page.close();
	});

	it("names written as HTML render as text", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const vault = { [`People/${evil}.md`]: "---\ntier: close\ngoals: \"<b>bold</b> [[link]]\"\n---\n" };
		const page = await openPage(browser, { vault, data: DATA, name: "xss" });
		expect(await rowNames(page)).toEqual([evil]);
		expect(await page.$$("img")).toHaveLength(0);
		expect(await page.$$(".ascent-goals b")).toHaveLength(0);
		expect(await page.textContent(".ascent-sidebar .ascent-goals")).toBe("<b>bold</b> [[link]]");
		expect(errors(page)).toEqual([]);
		await page.close();
	});

	it("windowed: a 10,000-person list keeps one screen of rows in the DOM, and search finds row 9,000", async () => {
		const vault: Record<string, string> = {};
		for (let i = 1; i <= 10_000; i++) vault[`People/Person ${String(i).padStart(5, "0")}.md`] = `---\ncadence: 30\nlast-contact: 2026-0${1 + (i % 9)}-15\n---\n`;
		const page = await openPage(browser, { vault, data: DATA, name: "big" });
		await page.click("[role=tab][aria-label^='Everyone']");
		const rows = await page.$$eval(".ascent-sidebar .ascent-row", (els) => els.length);
		expect(rows).toBeGreaterThan(3);
		expect(rows).toBeLessThan(60);
		await page.fill("[aria-label='Search people']", "Person 09000");
		expect(await rowNames(page)).toEqual(["Person 09000"]);
		await page.close();
	}, 120_000);

	it("the ascent block in a daily note: compact rows, live, screenshot for the README", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "block" });
		expect(await page.$$eval("#note .ascent-row", (els) => els.length)).toBe(5);
		expect(await page.textContent("#note .ascent-block-title")).toMatch(/Reach out\s*15/);
		await page.screenshot({ path: join(SHOTS, "daily-note-embed.png") });
		await page.hover("#note [aria-label='Open Tom Becker']");
		await page.click("#note [aria-label='Log contact with Tom Becker today']");
		await page.waitForFunction(() => document.querySelector("#note .ascent-block-title")?.textContent?.includes("14"));
		await page.close();
	});

	it("the goals panel: progress, pace, streaks and network health; it folds away", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "goals" });
		const goals = await page.$$eval(".ascent-sidebar .ascent-goal", (els) => els.map((e) => e.textContent?.replace(/\s+/g, " ").trim()));
		expect(goals).toEqual([
			"New connections this month 4 / 4 Met · 4 months in a row",
			"Events attended this year 9 / 12 Behind pace · 1 year in a row",
			"Interactions this week 1 / 5 On pace · 4 weeks in a row",
			// Sofia's "#gave #message" is a reach-out too (every kind tag of a line counts).
			"Reach-outs this month 5 / 8 Behind pace",
			"Value given this quarter 3 / 3 Met · 1 quarter in a row",
		]);
		expect(await page.getAttribute(".ascent-health", "aria-label")).toMatch(/^Network health \d+ of 100, up \d+ over 12 weeks$/);
		await page.click("[aria-label='Hide goals']");
		expect(await page.$$(".ascent-sidebar .ascent-goal")).toHaveLength(0);
		await page.click("[aria-label='Show goals']");
		expect(await page.$$(".ascent-sidebar .ascent-goal")).toHaveLength(5);
		// Give and ask: sort by "asked more than gave" shows who to offer something to.
		await page.click("[role=tab][aria-label^='Everyone']");
		await page.selectOption("[aria-label='Sort']", "asked-more");
		expect(await rowNames(page)).toEqual(["Sam Rivera"]);
		expect(await page.textContent(".ascent-sidebar .ascent-balance")).toBe("gave 0 · asked 1");
		await page.close();
	});

	it("triage: a card per untracked person; 1–5 pick a tier, space skips; each choice is written", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "triage" });
		await page.evaluate(() => window.__ascent.app.commands.get("triage")?.callback?.());
		await page.waitForSelector(".ascent-triage");
		const first = await page.textContent(".ascent-triage-name");
		expect(["Jamal Wright", "Kara Novak"]).toContain(first);
		await page.locator(".modal-content").screenshot({ path: join(SHOTS, "triage.png") });
		await page.keyboard.press("3");
		await page.waitForFunction((name) => document.querySelector(".ascent-triage-name")?.textContent !== name, first);
		expect(await page.evaluate((name) => window.__ascent.text(`People/${name}.md`), first)).toContain("tier: casual");
		await page.keyboard.press(" ");
		await page.waitForSelector("text=Triage done");
		await page.close();
	});

	it("contact calendar: a year of weeks shaded from the accent colour, empty weeks hollow", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "calendar", theme: "dark" });
		await page.evaluate(async () => {
			await window.__ascent.app.workspace.getLeavesOfType("ascent-sidebar")[0]?.detach();
			document.querySelector("#sidebar")?.replaceChildren();
			await window.__ascent.app.commands.get("open-contact-calendar")?.callback?.();
		});
		await page.waitForSelector(".ascent-calendar .ascent-heat-cell");
		const shaded = await page.$$eval(".ascent-calendar .ascent-heat-cell:not(.level-0)", (els) => els.length);
		expect(shaded).toBeGreaterThan(30);
		const colours = await page.evaluate(() => {
			const bg = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).backgroundColor;
			const border = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).borderTopColor;
			return { empty: bg(".ascent-calendar .level-0"), emptyBorder: border(".ascent-calendar .level-0"), full: bg(".ascent-calendar .level-1") };
		});
		expect(colours.empty).toBe("rgba(0, 0, 0, 0)");
		expect(colours.emptyBorder).not.toBe("rgba(0, 0, 0, 0)");
		expect(colours.full).not.toBe("rgba(0, 0, 0, 0)");
		await page.selectOption("[aria-label='Calendar layout']", "months");
		expect(await page.$$eval(".ascent-calendar .ascent-heat-col", (els) => els.length)).toBeGreaterThan(1);
		await page.selectOption("[aria-label='Calendar layout']", "weeks");
		// The newest weeks are scrolled into view in a narrow pane.
		await page.waitForFunction(() => (document.querySelector<HTMLElement>(".ascent-calendar figure")?.scrollLeft ?? 0) > 0);
		await page.locator(".ascent-calendar").screenshot({ path: join(SHOTS, "contact-calendar.png") });
		await page.close();
	});

	it("a vault nobody configured: the empty state offers what it found, and Use this reads it", async () => {
		const { notes } = readFixture(join(ROOT, "tests/fixtures/conventions/setup-check"));
		const page = await openPage(browser, { vault: notes, data: {}, name: "setup" });
		await page.waitForSelector(".ascent-setup button");
		expect(await page.$$eval(".ascent-setup-item span", (els) => els.map((e) => e.textContent))).toEqual([
			"2 notes in 20 Network", "2 dated notes link people under \"attendee\"", "1 note with kind: contact", "1 note tagged #crm",
		]);
		await page.screenshot({ path: join(SHOTS, "setup-check.png") });
		await page.click("[aria-label='Use this: add \"20 Network\" to the people folders']");
		await page.waitForFunction(() => document.querySelector("[role=tab][aria-label^='Everyone']")?.getAttribute("aria-label") === "Everyone (2)");
		await page.click("[role=tab][aria-label^='Everyone']");
		expect(await rowNames(page)).toEqual(["Alice Moreau", "Bilal Khan"]);
		expect(errors(page)).toEqual([]);
		await page.close();
	});

	it("empty state explains where Ascent looked", async () => {
		const page = await openPage(browser, { vault: { "Notes/Idea.md": "hello" }, data: DATA, name: "empty" });
		expect(await page.textContent(".ascent-sidebar .ascent-empty")).toBe(
			"No people yet. Ascent looks in the folders People, Contacts; the tags #person, #people, #contact; type, category, categories or fileClass: person, people or contact, and found no note there.");
		await page.close();
	});
});

// Keep the README's pictures current when asked to (they are taken by the tests above).
afterAll(() => {
	if (!process.env.UPDATE_SCREENSHOTS) return;
	mkdirSync(join(__dirname, "../../docs"), { recursive: true });
	for (const name of ["sidebar-light.png", "sidebar-dark.png", "daily-note-embed.png", "contact-calendar.png", "triage.png"]) copyFileSync(join(SHOTS, name), join(__dirname, "../../docs", name));
});
