// What a person sees and clicks: the real sidebar and block in Chromium, over the example vault.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExampleVault } from "../helpers";
import { readFixture } from "../conventions/fixture";
import { ARTIFACTS, axeViolations, launch, openPage, ROOT } from "./browser";

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

/** Rows wholly inside the list's visible box. */
const visibleRows = (page: Page) => page.evaluate(() => {
	const list = document.querySelector(".ascent-sidebar .ascent-list")?.getBoundingClientRect();
	if (!list) return 0;
	return [...document.querySelectorAll(".ascent-sidebar .ascent-row")].filter((row) => {
		const r = row.getBoundingClientRect();
		return r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5 && r.height > 0;
	}).length;
});

/** The tops of the tab bar's controls: one distinct value means one row. */
const tabRows = (page: Page) => page.$$eval(".ascent-tabbar [role=tab], .ascent-tabbar select",
	(els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);

describe("the sidebar in a real browser", () => {
	it("at 300×640: one row of tabs, at least 7 people visible, statuses told apart by colour and shape; light and dark", async () => {
		const tones: Record<string, Record<string, string>> = {};
		for (const theme of ["light", "dark"] as const) {
			const page = await openPage(browser, { vault: readExampleVault(), data: DATA, theme, name: `example-${theme}`, viewport: { width: 940, height: 680 }, sidebar: 300 });
			expect(await page.evaluate(() => document.querySelector("#sidebar")?.getBoundingClientRect().width)).toBe(300);
			expect(await page.getAttribute("[role=tab].is-active", "title")).toBe("Needs attention (16)");
			// Marco, a dormant tie, is the most overdue for his cadence (and heads the Reconnect list too).
			expect((await rowNames(page)).slice(0, 3)).toEqual(["Marco Bianchi", "Tom Becker", "Jordan Lee"]);
			expect(await tabRows(page)).toBe(1);
			expect(await visibleRows(page)).toBeGreaterThanOrEqual(7);
			// The goals are one line until opened.
			expect(await page.textContent(".ascent-goals-toggle")).toMatch(/Goals\s*\d\/5 on pace · health \d+ [↑↓→]/);
			// The tones on the first screen, then at the end of the list (the due-soon rows come last).
			const readTones = () => page.evaluate(() => {
				const out: Record<string, string> = {};
				for (const tone of ["lapsed", "overdue", "soon", "new"]) {
					const status = document.querySelector(`.ascent-sidebar .ascent-tone-${tone} .ascent-status`);
					const mark = status?.querySelector(".ascent-mark");
					if (!status || !mark) continue;
					const m = getComputedStyle(mark);
					out[tone] = `${getComputedStyle(status).backgroundColor}|${m.backgroundColor}|${m.backgroundImage}|${m.clipPath}|${m.boxShadow}|${m.borderRadius}`;
				}
				return out;
			});
			const first = await readTones();
			await page.focus("[role=grid][aria-label='People']");
			await page.keyboard.press("End");
			await page.waitForTimeout(100);
			tones[theme] = { ...(await readTones()), ...first };
			await page.keyboard.press("Home");
			await page.waitForTimeout(100);
			expect(Object.keys(tones[theme] ?? {}).sort()).toEqual(["lapsed", "new", "overdue", "soon"]);
			const looks = Object.values(tones[theme] ?? {});
			expect(new Set(looks).size).toBe(looks.length);
			// The marks differ in shape, not only in colour.
			const shapes = Object.values(tones[theme] ?? {}).map((t) => t.split("|").slice(2).join("|"));
			expect(new Set(shapes).size).toBe(4);
			await page.screenshot({ path: join(SHOTS, `sidebar-${theme}.png`) });
			expect(errors(page)).toEqual([]);
			await page.close();
		}
		expect(tones.light?.overdue).not.toBe(tones.dark?.overdue);
	});

	it("axe finds no serious or critical problem on any tab, with filters open, in light and dark", async () => {
		for (const theme of ["light", "dark"] as const) {
			const page = await openPage(browser, { vault: readExampleVault(), data: DATA, theme, name: `axe-${theme}` });
			await page.click(".ascent-filter-toggle");
			await page.click(".ascent-goals-toggle");
			const found: string[] = [];
			for (const tab of ["Needs attention", "Upcoming", "Everyone"]) {
				await page.click(`[role=tab][title^='${tab}']`);
				found.push(...(await axeViolations(page, ".ascent-sidebar")).map((v) => `${tab}: ${v}`));
			}
			for (const tab of ["birthdays", "reconnect", "triage", "problems"]) {
				await page.selectOption("[aria-label='More lists']", tab);
				if (tab === "reconnect") await expect.poll(() => rowNames(page)).toEqual(["Marco Bianchi", "Nadia Haddad"]);
				found.push(...(await axeViolations(page, ".ascent-sidebar")).map((v) => `${tab}: ${v}`));
			}
			expect(found).toEqual([]);
			await page.close();
		}
	}, 120_000);

	it("on a phone (375×667, touch): at least 5 people visible, every control at least 32 px high, the card in a modal", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "phone", viewport: { width: 375, height: 667 }, phone: true });
		expect(await visibleRows(page)).toBeGreaterThanOrEqual(5);
		expect(await tabRows(page)).toBe(1);
		const small = await page.$$eval(".ascent-sidebar button, .ascent-sidebar select, .ascent-sidebar input", (els) =>
			els.filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 32)
				.map((e) => `${e.getAttribute("aria-label") ?? e.textContent}: ${e.getBoundingClientRect().height}`));
		expect(small).toEqual([]);
		// A tap selects a row and shows its actions; Prepare opens the card in a modal.
		await page.locator(".ascent-sidebar .ascent-row").nth(1).locator(".ascent-status").tap();
		expect(await page.getAttribute(".ascent-sidebar .ascent-row.is-selected", "id")).toBe("ascent-row-1");
		await page.locator(".ascent-sidebar .ascent-row.is-selected [aria-label^='Prepare to reach out']").tap();
		await page.waitForSelector(".modal-content .ascent-card");
		expect(await page.$(".ascent-sidebar .ascent-card")).toBeNull();
		await page.screenshot({ path: join(SHOTS, "phone-card.png") });
		expect(await axeViolations(page, ".modal-content")).toEqual([]);
		await page.close();
	});

	it("clicking a name opens the note; Ctrl-click opens it in a new tab", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "open" });
		await page.click(".ascent-sidebar [aria-label='Open Sam Rivera']");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("People/Sam Rivera.md");
		await page.click(".ascent-sidebar [aria-label$='open the note of the last contact with Sam Rivera']");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("Journal/2026/10/2026-10-12.md");
		await page.close();
	});

	it("log contact moves the row out of Needs attention and writes the note", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "log" });
		await page.locator(".ascent-sidebar .ascent-row").nth(1).locator(".ascent-status").click();
		await page.click("[aria-label='Log today: contact with Tom Becker']");
		await page.waitForFunction(() => document.querySelector("[role=tab].is-active")?.getAttribute("title") === "Needs attention (15)");
		expect(await page.$(".ascent-sidebar [aria-label='Open Tom Becker']")).toBeNull();
		const text = await page.evaluate(() => window.__ascent.text("People/Tom Becker.md"));
		expect(text).toContain("last-contact: 2026-11-30");
		expect(text).toContain("## Interactions\n\n- 2026-11-30\n");
		await page.close();
	});

	it("search by name and alias, #tag matches tags only, and the tier filter", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "search" });
		await page.click("[data-tab=everyone]");
		await page.fill("[aria-label='Search people']", "sammy");
		expect(await rowNames(page)).toEqual(["Sam Rivera"]);
		await page.fill("[aria-label='Search people']", "#person/mentor");
		expect(await rowNames(page)).toEqual(["Quinn Baker"]);
		// @place: where people are, any case or accent, a linked place note by its name.
		await page.fill("[aria-label='Search people']", "@berlin");
		expect(await rowNames(page)).toEqual(["Emma Schmidt", "Marco Bianchi"]);
		await page.fill("[aria-label='Search people']", "@munchen");
		expect(await rowNames(page)).toEqual(["Felix Wagner"]);
		await page.fill("[aria-label='Search people']", "#nobody");
		expect(await page.textContent(".ascent-empty")).toContain('Nobody matches "#nobody"');
		await page.fill("[aria-label='Search people']", "");
		await page.click(".ascent-filter-toggle");
		await page.selectOption("[aria-label='Filter by tier']", "inner-circle");
		// The list re-renders after the change event: wait for it rather than read it mid-update.
		await expect.poll(() => rowNames(page)).toEqual(["Alex Chen", "Felix Wagner", "Sofia Andersson"]);
		await page.close();
	});

	it("keyboard: arrows move, Enter shows the card and Escape comes back, o opens the note, l logs, s snoozes; tabs by arrows", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "keys" });
		await page.focus("[role=tab].is-active");
		await page.keyboard.press("ArrowRight");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("title"))).toMatch(/^Upcoming \(\d+\)$/);
		await page.keyboard.press("ArrowLeft");
		await page.focus("[role=grid][aria-label='People']");
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press("ArrowDown");
		expect(await page.getAttribute("[role=grid][aria-label='People']", "aria-activedescendant")).toBe("ascent-row-3");
		await page.keyboard.press("Enter");
		await page.waitForSelector(".ascent-sidebar .ascent-card");
		expect(await page.textContent(".ascent-card .ascent-card-name")).toBe("Sam Rivera");
		await page.keyboard.press("Escape");
		await page.waitForSelector(".ascent-sidebar [role=grid]");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("People");
		await page.keyboard.press("o");
		expect(await page.evaluate(() => window.__ascent.app.workspace.opened.at(-1))).toBe("People/Sam Rivera.md");
		await page.keyboard.press("s");
		await page.waitForFunction(() => window.__ascent.text("People/Sam Rivera.md")?.includes("snooze-until: 2026-12-07"));
		await page.keyboard.press("Home");
		await page.keyboard.press("l");
		await page.waitForFunction(() => window.__ascent.text("People/Marco Bianchi.md")?.includes("last-contact: 2026-11-30"));
		const unlabelled = await page.$$eval(".ascent-sidebar button, .ascent-sidebar select, .ascent-sidebar input",
			(els) => els.filter((e) => (e.getAttribute("aria-label") ?? (e.tagName === "BUTTON" ? e.textContent : "") ?? "").trim() === "").length);
		expect(unlabelled).toBe(0);
		await page.close();
	});

	it("names written as HTML render as text", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const vault = { [`People/${evil}.md`]: "---\ntier: close\ngoals: \"<b>bold</b> [[link]]\"\n---\n" };
		const page = await openPage(browser, { vault, data: DATA, name: "xss" });
		expect(await rowNames(page)).toEqual([evil]);
		await page.click("[data-tab=everyone]");
		await page.click(".ascent-sidebar [aria-label^='Prepare to reach out']");
		await page.waitForSelector(".ascent-card");
		expect(await page.$$("img")).toHaveLength(0);
		expect(await page.$$(".ascent-card .ascent-goals b")).toHaveLength(0);
		expect(await page.textContent(".ascent-card .ascent-goals")).toBe("<b>bold</b> [[link]]");
		expect(await page.textContent(".ascent-openers")).toContain("Ask how <b>bold</b> [[link]] is going");
		expect(errors(page)).toEqual([]);
		await page.close();
	});

	it("windowed: a 10,000-person list keeps one screen of rows in the DOM, and search finds row 9,000", async () => {
		const vault: Record<string, string> = {};
		for (let i = 1; i <= 10_000; i++) vault[`People/Person ${String(i).padStart(5, "0")}.md`] = `---\ncadence: 30\nlast-contact: 2026-0${1 + (i % 9)}-15\n---\n`;
		const page = await openPage(browser, { vault, data: DATA, name: "big" });
		await page.click("[data-tab=everyone]");
		const rows = await page.$$eval(".ascent-sidebar .ascent-row", (els) => els.length);
		expect(rows).toBeGreaterThan(3);
		expect(rows).toBeLessThan(60);
		await page.fill("[aria-label='Search people']", "Person 09000");
		expect(await rowNames(page)).toEqual(["Person 09000"]);
		await page.close();
	}, 120_000);

	it("the ascent block in a daily note: every show:, live, no raw source, actions without hover; axe finds nothing serious", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "block", viewport: { width: 1000, height: 640 }, sidebar: 300 });
		expect(await page.$$eval("#note .ascent-row", (els) => els.length)).toBe(5);
		// The same name and count as the sidebar's first tab and the status bar.
		expect(await page.textContent("#note .ascent-block-title")).toMatch(/^Needs attention\s*16$/);
		expect(await page.textContent("body")).not.toContain("```");
		expect(await axeViolations(page, "#note")).toEqual([]);
		await page.screenshot({ path: join(SHOTS, "daily-note-embed.png") });
		await page.click("#note [aria-label='Log contact with Tom Becker today']");
		await page.waitForFunction(() => document.querySelector("#note .ascent-block-title")?.textContent?.includes("15"));
		await page.close();
		for (const show of ["upcoming", "birthdays", "reconnect", "all", "goals"]) {
			const other = await openPage(browser, { vault: readExampleVault(), data: DATA, name: `block-${show}`, block: `show: ${show}\nlimit: 4` });
			expect(await other.$$eval("#note .ascent-block", (els) => els.length)).toBe(1);
			expect(await axeViolations(other, "#note"), show).toEqual([]);
			await other.close();
		}
	}, 120_000);

	it("the goals line opens in place to progress, pace, streaks and the health trend with its range; the choice is kept", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "goals" });
		expect(await page.$$(".ascent-sidebar .ascent-goal")).toHaveLength(0);
		await page.click(".ascent-goals-toggle");
		const goals = await page.$$eval(".ascent-sidebar .ascent-goal", (els) => els.map((e) => e.textContent?.replace(/\s+/g, " ").trim()));
		expect(goals).toEqual([
			"New connections this month 4 / 4 Met · 1 month in a row",
			"Events attended this year 9 / 12 Behind pace · 1 year in a row",
			"Interactions this week 1 / 5 On pace · 4 weeks in a row",
			// Sofia's "#gave #message" is a reach-out too (every kind tag of a line counts).
			"Reach-outs this month 5 / 8 Behind pace",
			"Value given this quarter 3 / 3 Met · 1 quarter in a row",
		]);
		expect(await page.textContent(".ascent-goals-toggle")).toMatch(/3\/5 on pace · health \d+ [↑↓→]\d* · close over/);
		// Circles: each tier against its capacity (the example vault keeps close to three).
		expect(await page.$$eval(".ascent-circle", (els) => els.map((e) => e.textContent))).toEqual(
			["inner-circle 3/5", "close 4/3 over", "casual 3/50", "keep-warm 1/150", "dormant 1"]);
		expect(await page.getAttribute(".ascent-health", "aria-label")).toMatch(/^Network health \d+ of 100, up \d+ over 12 weeks$/);
		// The trend fills its own range, so a rise reads as a rise: more than two bar heights, and the range in words.
		const spark = (await page.textContent(".ascent-spark")) ?? "";
		expect(new Set(spark.replace(/ /g, "")).size).toBeGreaterThan(2);
		expect(await page.textContent(".ascent-health")).toMatch(/\d+–\d+ over 12 weeks/);
		expect(await page.evaluate(() => window.__ascent.app.loadLocalStorage("ascent-goalsOpen"))).toBe(true);
		await page.click(".ascent-goals-toggle");
		expect(await page.$$(".ascent-sidebar .ascent-goal")).toHaveLength(0);
		expect(await page.evaluate(() => window.__ascent.app.loadLocalStorage("ascent-goalsOpen"))).toBe(false);
		// Give and ask: sort by "asked more than gave" shows who to offer something to.
		await page.click("[data-tab=everyone]");
		await page.click(".ascent-filter-toggle");
		await page.selectOption("[aria-label='Sort']", "asked-more");
		expect(await rowNames(page)).toEqual(["Sam Rivera"]);
		await page.selectOption("[aria-label='Sort']", "default");
		// A tier the measured rhythm fits better is suggested in the card, never applied by itself.
		await page.fill("[aria-label='Search people']", "Daniel");
		await page.click(".ascent-sidebar [aria-label='Prepare to reach out to Daniel Okafor']");
		expect(await page.textContent(".ascent-card-suggestion")).toMatch(/^You talk about every 2 weeks; inner-circle fits better than casual\.\s*Use inner-circle$/);
		// A need that another's offer meets: the card suggests the introduction.
		await page.click("text=Back to the list");
		await page.fill("[aria-label='Search people']", "Grace");
		await page.click(".ascent-sidebar [aria-label='Prepare to reach out to Grace Liu']");
		expect(await page.$$eval(".ascent-card [aria-label^='Introduce:']", (els) => els.map((e) => e.getAttribute("aria-label")))).toEqual([
			"Introduce: Emma Schmidt needs #machine-learning; Grace Liu offers it.",
			"Introduce: Grace Liu needs open-source maintainership; Marco Bianchi offers it.",
		]);
		expect(await axeViolations(page, ".ascent-sidebar")).toEqual([]);
		await page.close();
	});

	it("the person card: last contacts in their words, follow-ups, goals, openers to copy, log with a channel; axe finds nothing serious", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "card", viewport: { width: 940, height: 760 }, sidebar: 340 });
		await page.evaluate(() => {
			const copied: string[] = [];
			(window as unknown as { copied: string[] }).copied = copied;
			Object.defineProperty(navigator, "clipboard", { value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
		});
		await page.click(".ascent-sidebar .ascent-row >> nth=3");
		await page.click(".ascent-sidebar .ascent-row.is-selected [aria-label='Prepare to reach out to Sam Rivera']");
		await page.waitForSelector(".ascent-sidebar .ascent-card");
		// The words of the daily note's line are read when the card shows it.
		await page.waitForFunction(() => document.querySelector(".ascent-recent")?.textContent?.includes("Call with Sam Rivera about hiring plans."));
		const recent = await page.$$eval(".ascent-recent li", (els) => els.map((e) => e.textContent?.replace(/\s+/g, " ").trim()));
		expect(recent[0]).toBe("7 weeks ago from a daily note Call with Sam Rivera about hiring plans.");
		expect(recent[1]).toBe("3 months ago from a daily note Quick message exchange with Sammy on the platform team.");
		// A log line's words, without its date or kind tag; the kind said in words.
		expect(recent[2]).toBe("3 months ago asked, from the log asked him about the platform team opening");
		const openers = await page.$$eval(".ascent-opener-text", (els) => els.map((e) => e.textContent));
		expect(openers).toEqual(expect.arrayContaining([
			"Follow up: ask about a referral to the platform team",
			"Ask how the platform team opening is going",
			"Last time: Call with Sam Rivera about hiring plans. (7 weeks ago)",
		]));
		expect(await page.textContent(".ascent-card .ascent-follow-ups")).toContain("ask about a referral to the platform team");
		expect(await axeViolations(page, ".ascent-sidebar")).toEqual([]);
		await page.screenshot({ path: join(SHOTS, "person-card.png") });
		await page.click(".ascent-openers li >> nth=0 >> button");
		expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([openers[0]]);
		await page.click("[aria-label='Call: log a call with Sam Rivera today']");
		await page.waitForFunction(() => window.__ascent.text("People/Sam Rivera.md")?.includes("- 2026-11-30 #call"));
		await page.waitForFunction(() => document.querySelector(".ascent-card .ascent-status")?.textContent?.includes("Next by"));
		// The contact history is opt-in, and the choice is kept.
		expect(await page.$(".ascent-card .ascent-heatmap")).toBeNull();
		await page.click("text=Show contact history");
		await page.waitForSelector(".ascent-card .ascent-heatmap");
		expect(await page.evaluate(() => window.__ascent.app.loadLocalStorage("ascent-cardHistory"))).toBe(true);
		await page.click("text=Back to the list");
		await page.waitForSelector(".ascent-sidebar [role=grid]");
		expect(errors(page)).toEqual([]);
		await page.close();
	});

	it("triage: a card per untracked person; 1–5 pick a tier, space skips; each choice is written", async () => {
		const page = await openPage(browser, { vault: readExampleVault(), data: DATA, name: "triage" });
		await page.evaluate(() => window.__ascent.app.commands.get("triage")?.callback?.());
		await page.waitForSelector(".ascent-triage");
		const first = await page.textContent(".ascent-triage-name");
		expect(["Jamal Wright", "Kara Novak"]).toContain(first);
		expect(await axeViolations(page, ".modal-content")).toEqual([]);
		await page.screenshot({ path: join(SHOTS, "triage.png") });
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
		await page.waitForFunction(() => (document.querySelector<HTMLElement>(".ascent-calendar .ascent-heat-scroll")?.scrollLeft ?? 0) > 0);
		// Month and weekday labels, and a legend; nothing clipped at the bottom or the right of the pane.
		expect(await page.$$eval(".ascent-heat-head", (els) => els.map((e) => e.textContent).filter(Boolean))).toEqual(expect.arrayContaining(["Jan", "Jun", "Nov"]));
		expect(await page.$$eval(".ascent-heat-side", (els) => els.map((e) => e.textContent).filter(Boolean))).toEqual(["Mon", "Wed", "Fri", "Sun"]);
		expect(await page.textContent(".ascent-heat-legend")).toMatch(/Less\s*More/);
		const clipped = await page.evaluate(() => {
			const pane = document.querySelector("#sidebar")?.getBoundingClientRect();
			const legend = document.querySelector(".ascent-heat-legend")?.getBoundingClientRect();
			return !pane || !legend || legend.bottom > pane.bottom || legend.right > pane.right;
		});
		expect(clipped).toBe(false);
		expect(await axeViolations(page, ".ascent-calendar")).toEqual([]);
		await page.screenshot({ path: join(SHOTS, "contact-calendar.png") });
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
		await page.waitForFunction(() => document.querySelector("[data-tab=everyone]")?.getAttribute("title") === "Everyone (2)");
		await page.click("[data-tab=everyone]");
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

const PICTURES = ["sidebar-light.png", "sidebar-dark.png", "person-card.png", "daily-note-embed.png", "triage.png", "contact-calendar.png"];

describe("the README's pictures", () => {
	const hashes = (dir: string) => PICTURES.map((name) => createHash("sha256").update(readFileSync(join(dir, name))).digest("hex"));

	it("one picture per surface, no two alike (the tests above took them)", () => {
		expect(readdirSync(SHOTS)).toEqual(expect.arrayContaining(PICTURES));
		expect(new Set(hashes(SHOTS)).size).toBe(PICTURES.length);
	});

	it("the README opens with the committed pictures, no two alike", () => {
		const readme = readFileSync(join(ROOT, "README.md"), "utf8");
		const firstCommand = readme.indexOf("\n```");
		for (const name of PICTURES) {
			const at = readme.indexOf(`docs/${name}`);
			expect(at, name).toBeGreaterThan(-1);
			expect(at, `${name} comes before the first command`).toBeLessThan(firstCommand);
		}
		expect(new Set(hashes(join(ROOT, "docs"))).size).toBe(PICTURES.length);
	});
});

// Keep the README's pictures current when asked to (UPDATE_SCREENSHOTS=1; the tests above take them).
afterAll(() => {
	if (!process.env.UPDATE_SCREENSHOTS) return;
	mkdirSync(join(ROOT, "docs"), { recursive: true });
	for (const name of PICTURES) copyFileSync(join(SHOTS, name), join(ROOT, "docs", name));
});
