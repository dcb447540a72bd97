// @vitest-environment happy-dom
// Component states, rendered by @testing-library/svelte.
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { writable } from "svelte/store";
import { afterEach, describe, expect, it, vi } from "vitest";
import AttentionBlock from "../../src/ui/AttentionBlock.svelte";
import PersonRow from "../../src/ui/PersonRow.svelte";
import Sidebar from "../../src/ui/Sidebar.svelte";
import { DEFAULT_BLOCK } from "../../src/ui/block-options";
import { EMPTY_DATA, type SidebarData } from "../../src/ui/sidebar-model";
import type { UiActions } from "../../src/ui/actions";
import { personView } from "./person-view";
import type { CardView } from "../../src/ui/card-model";
import PersonCard from "../../src/ui/PersonCard.svelte";

const TODAY = "2026-11-30";
afterEach(() => cleanup());

const person = personView;

function actions() {
	return { open: vi.fn(), openSource: vi.fn(), logToday: vi.fn(), logDetails: vi.fn(), snooze: vi.fn(), completeFollowUp: vi.fn(), contactDays: vi.fn(() => ["2026-11-20"]),
		useSuggestion: vi.fn(), openCard: vi.fn(), closeCard: vi.fn(), copy: vi.fn(), pref: vi.fn(() => false), setPref: vi.fn(), setTier: vi.fn(), logIntroduction: vi.fn() } satisfies UiActions;
}

const overdue = person({
	name: "Sam Rivera", path: "People/Sam Rivera.md", status: "overdue", daysOverdue: 19, due: "2026-11-11", tier: "close",
	lastContact: { date: "2026-10-12", source: "dated-note", path: "Journal/2026-10-12.md", kind: "mention" },
	goals: ["ask about the platform team"], nextBirthday: "2026-12-03", birthday: "12-03",
});

describe("PersonRow", () => {
	it("two lines: status in words (one unit), last contact, tier, a near birthday; the selected row's buttons call back", async () => {
		const a = actions();
		render(PersonRow, { person: overdue, today: TODAY, actions: a, selected: true });
		expect(screen.getByText("Overdue 3 weeks")).toBeTruthy();
		expect(screen.getByText("7 weeks ago")).toBeTruthy();
		expect(screen.getByText("· close")).toBeTruthy();
		expect(screen.getByText("· Birthday in 3 days")).toBeTruthy();
		// Goals and follow-ups are the card's, not the row's.
		expect(screen.queryByText("ask about the platform team")).toBeNull();
		await fireEvent.click(screen.getByLabelText("Open Sam Rivera"));
		await fireEvent.click(screen.getByLabelText("7 weeks ago: open the note of the last contact with Sam Rivera"), { ctrlKey: true });
		await fireEvent.click(screen.getByLabelText("Log today: contact with Sam Rivera"));
		await fireEvent.click(screen.getByLabelText("Prepare to reach out to Sam Rivera"));
		await fireEvent.change(screen.getByLabelText("Snooze Sam Rivera"), { target: { value: "14" } });
		expect(a.open).toHaveBeenCalledWith("People/Sam Rivera.md", false);
		expect(a.openSource).toHaveBeenCalledWith("Journal/2026-10-12.md", true);
		expect(a.logToday).toHaveBeenCalledWith("People/Sam Rivera.md");
		expect(a.openCard).toHaveBeenCalledWith("People/Sam Rivera.md");
		expect(a.snooze).toHaveBeenCalledWith("People/Sam Rivera.md", 14);
	});

	it("a row that is not selected shows no actions; the gentle wording says reconnect", () => {
		render(PersonRow, { person: overdue, today: TODAY, actions: actions(), wording: "gentle" });
		expect(screen.queryByLabelText("Log today: contact with Sam Rivera")).toBeNull();
		expect(screen.getByText("Reconnect · it's been 7 weeks")).toBeTruthy();
	});

	it("lapsed, overdue, due soon and never contacted each carry their own tone class", () => {
		const tones = [
			person({ status: "overdue", daysOverdue: 40, cadenceDays: 30 }), person({ status: "overdue", daysOverdue: 3 }),
			person({ status: "due-soon", daysOverdue: -2 }), person({ status: "never-contacted" }),
		].map((p) => render(PersonRow, { person: p, today: TODAY, actions: actions() }).container.querySelector(".ascent-row")?.className ?? "");
		expect(tones.map((c) => /ascent-tone-(\w+)/.exec(c)?.[1])).toEqual(["lapsed", "overdue", "soon", "new"]);
	});
});

describe("PersonCard", () => {
	const card = (over: Partial<CardView> = {}) => writable<CardView | null>({
		person: person({ followUps: [{ path: "People/Sam.md", line: 3, text: "ask about a referral" }, { path: "Journal/2026-11-20.md", line: 1, text: null }] }),
		today: TODAY, wording: "plain", recent: [], openers: [{ from: "goal", text: "Ask how the move is going" }], interests: [], birthdayLeadDays: 7, place: "sidebar",
		tierSuggestion: null, introductions: [], ...over,
	});

	it("follow-ups: words as the store brings them, a dated note's task shows where it is; openers copy; channels log", async () => {
		const a = actions();
		const store = card();
		render(PersonCard, { card: store, actions: a, onBack: vi.fn() });
		expect(screen.getByText("ask about a referral")).toBeTruthy();
		expect(screen.getByText("Open task in Journal/2026-11-20")).toBeTruthy();
		await fireEvent.click(screen.getByLabelText("Copy: Ask how the move is going"));
		expect(a.copy).toHaveBeenCalledWith("Ask how the move is going");
		await fireEvent.click(screen.getByLabelText("Call: log a call with Sam today"));
		expect(a.logToday).toHaveBeenCalledWith("People/Sam.md", "call");
		store.set(null);
		expect(await screen.findByText(/no longer in the index/)).toBeTruthy();
	});

	it("a tier that fits the measured rhythm better is suggested; one click uses it", async () => {
		const a = actions();
		render(PersonCard, { card: card({ tierSuggestion: { path: "People/Sam.md", current: "casual", suggested: "close", reason: "You talk about every 4 weeks; close fits better than casual." } }), actions: a, onBack: vi.fn() });
		expect(screen.getByText("You talk about every 4 weeks; close fits better than casual.")).toBeTruthy();
		await fireEvent.click(screen.getByRole("button", { name: "Use close" }));
		expect(a.setTier).toHaveBeenCalledWith("People/Sam.md", "close");
	});

	it("Escape and the back button go back; the contact history is opt-in and kept", async () => {
		const a = actions();
		const back = vi.fn();
		render(PersonCard, { card: card(), actions: a, onBack: back });
		expect(document.querySelector(".ascent-heatmap")).toBeNull();
		await fireEvent.click(screen.getByText("Show contact history"));
		expect(a.setPref).toHaveBeenCalledWith("cardHistory", true);
		expect(document.querySelector(".ascent-heatmap")).not.toBeNull();
		await fireEvent.keyDown(screen.getByRole("region", { name: "Reach out to Sam" }), { key: "Escape" });
		await fireEvent.click(screen.getByText("Back to the list"));
		expect(back).toHaveBeenCalledTimes(2);
	});
});

describe("PersonRow in a block, and every status in words", () => {
	it("never contacted: no link, no bar; compact rows leave out goals and the details button", () => {
		render(PersonRow, { person: person({ status: "never-contacted", goals: ["x"] }), today: TODAY, actions: actions(), compact: true });
		expect(screen.getByText("No contact yet")).toBeTruthy();
		expect(screen.queryByText("x")).toBeNull();
		expect(screen.queryByText("Log…")).toBeNull();
		// The block's rows show their two actions without a hover.
		expect(screen.getByLabelText("Log contact with Sam today")).toBeTruthy();
		expect(screen.getByLabelText("Prepare to reach out to Sam")).toBeTruthy();
	});

	it.each([
		[person({ status: "due-soon", daysOverdue: 0 }), "Due today"],
		[person({ status: "due-soon", daysOverdue: -4 }), "Due in 4 days"],
		[person({ status: "snoozed", snoozeUntil: "2026-12-15" }), "Snoozed until 2026-12-15"],
		[person({ status: "paused" }), "Paused"],
		[person({ status: "untracked" }), "Untracked"],
		[person({ status: "ok", due: "2027-01-10" }), "Next by 2027-01-10"],
	])("status text %#", (p, text) => {
		render(PersonRow, { person: p, today: TODAY, actions: actions() });
		expect(screen.getByText(text)).toBeTruthy();
	});
});

function data(over: Partial<SidebarData>): SidebarData {
	return { ...EMPTY_DATA, ready: true, today: TODAY, lookedIn: "the folder People; the tag #person; type: person", ...over };
}

describe("Sidebar states", () => {
	it("loading", () => {
		render(Sidebar, { data: writable(EMPTY_DATA), actions: actions() });
		expect(screen.getByText("Reading your vault…")).toBeTruthy();
	});
	it("no people: says where it looked", () => {
		render(Sidebar, { data: writable(data({})), actions: actions() });
		expect(screen.getByText(/No people yet\. Ascent looks in the folder People; the tag #person; type: person, and found no note there\./)).toBeTruthy();
	});
	it("no people, with a setup check: one Use this button per suggestion, saying what it changes", async () => {
		const a = actions();
		render(Sidebar, {
			data: writable(data({
				setup: {
					found: [{ text: "in 20 Network", count: 2 }],
					suggestions: [
						{ id: "folder:20 Network", text: "2 notes in 20 Network", setting: "add \"20 Network\" to the people folders" },
						{ id: "tag:crm", text: "1 note tagged #crm", setting: "add #crm to the person tags" },
					],
				},
			})),
			actions: a,
		});
		expect(screen.getByText("2 notes in 20 Network")).toBeTruthy();
		await fireEvent.click(screen.getByRole("button", { name: "Use this: add #crm to the person tags" }));
		expect(a.useSuggestion).toHaveBeenCalledWith("tag:crm");
		expect(screen.getAllByRole("button", { name: /^Use this/ })).toHaveLength(2);
	});
	it("two tiers of one name and two goals of one id render (keys never rest on user text alone)", async () => {
		const goal = { id: "g", kind: "interactions" as const, period: "week" as const, periodStart: TODAY, target: 5, actual: 1, onPace: false, streak: 0, longestStreak: 0 };
		render(Sidebar, { data: writable(data({ people: [person({ status: "ok" })], tiers: ["close", "close"], goals: [goal, { ...goal, target: 9 }] })), actions: { ...actions(), pref: vi.fn(() => true) } });
		await fireEvent.click(screen.getByRole("button", { name: "Filter" }));
		expect(screen.getAllByRole("option", { name: "close" })).toHaveLength(2);
		expect(screen.getByText("1 / 9")).toBeTruthy();
	});
	it("no people and nothing that looks like people: says how to start", () => {
		render(Sidebar, { data: writable(data({ setup: { found: [], suggestions: [] } })), actions: actions() });
		expect(screen.getByText(/Nothing in the vault looks like people yet/)).toBeTruthy();
	});
	it("nobody needs attention, then the problems tab lists file and field", async () => {
		render(Sidebar, {
			data: writable(data({
				people: [person({ status: "ok" })],
				problems: [{ path: "People/Sam.md", field: "cadence", value: "sometimes", message: "is not a cadence" }],
			})),
			actions: actions(),
		});
		expect(screen.getByText("Nobody needs attention today. Everyone is within their cadence.")).toBeTruthy();
		await fireEvent.change(screen.getByLabelText("More lists"), { target: { value: "problems" } });
		expect(screen.getByText("cadence = sometimes: is not a cadence")).toBeTruthy();
	});
	it("updates when the store changes", async () => {
		const store = writable(data({ people: [person({ status: "ok" })] }));
		render(Sidebar, { data: store, actions: actions() });
		expect(screen.getByRole("tab", { name: "Needs attention 0" })).toBeTruthy();
		const late = person({ status: "overdue", daysOverdue: 3 });
		store.set(data({ people: [late], attention: [late] }));
		await Promise.resolve();
		expect(await screen.findByRole("tab", { name: "Needs attention 1" })).toBeTruthy();
	});
});

describe("AttentionBlock", () => {
	it("limits rows and says how many more", () => {
		const people = ["A", "B", "C"].map((n) => person({ name: n, path: `People/${n}.md`, status: "overdue", daysOverdue: 5 }));
		const { container } = render(AttentionBlock, { data: writable(data({ people, attention: people })), options: { ...DEFAULT_BLOCK, limit: 2 }, actions: actions() });
		expect(container.querySelectorAll(".ascent-row")).toHaveLength(2);
		expect(screen.getByText("and 1 more")).toBeTruthy();
	});
	it("empty: birthdays", () => {
		render(AttentionBlock, { data: writable(data({ people: [person({})] })), options: { ...DEFAULT_BLOCK, show: "birthdays" }, actions: actions() });
		expect(screen.getByText(/No birthdays known/)).toBeTruthy();
	});
});

describe("GoalsPanel", () => {
	it("one line of goals and health; opens in place to progress, pace, streak and the trend with its range", async () => {
		const { default: GoalsPanel } = await import("../../src/ui/GoalsPanel.svelte");
		const toggled = vi.fn();
		render(GoalsPanel, {
			goals: [
				{ id: "a", kind: "interactions", period: "week", periodStart: "2026-11-30", target: 5, actual: 1, onPace: true, streak: 12, longestStreak: 15 },
				{ id: "b", kind: "events", period: "year", periodStart: "2026-01-01", target: 12, actual: 9, onPace: false, streak: 0, longestStreak: 1 },
			],
			health: { value: 62, trend: [40, 45, null, 62] },
			open: false,
			onToggle: toggled,
		});
		expect(screen.getByText("1/2 on pace · health 62 ↑22")).toBeTruthy();
		expect(screen.queryByText(/On pace/)).toBeNull();
		await fireEvent.click(screen.getByRole("button", { expanded: false }));
		expect(toggled).toHaveBeenCalledWith(true);
		expect(screen.getByText("On pace · 12 weeks in a row (longest 15)")).toBeTruthy();
		expect(screen.getByText("Behind pace (longest 1)")).toBeTruthy();
		const health = screen.getByLabelText("Network health 62 of 100, up 22 over 12 weeks");
		// Scaled to its own range (40–62): the lowest week is the lowest bar, the highest the highest.
		expect(health.textContent).toContain("▁▂ █");
		expect(health.textContent).toContain("40–62 over 12 weeks");
	});
});

describe("HeatMap", () => {
	it("weeks: 53 columns of 7 days, levels by count, hollow for none, future dimmed", async () => {
		const { default: HeatMap } = await import("../../src/ui/HeatMap.svelte");
		const { container } = render(HeatMap, { days: ["2026-11-30", "2026-11-29", "2026-11-29", "2026-06-01"], today: "2026-11-30", label: "Contact" });
		expect(container.querySelectorAll(".ascent-heat-col")).toHaveLength(53);
		expect(container.querySelectorAll(".ascent-heat-grid .ascent-heat-cell")).toHaveLength(53 * 7);
		expect(container.querySelector("[title='2026-11-29: 2 interactions']")?.classList.contains("level-2")).toBe(true);
		expect(container.querySelector("[title='2026-11-30: 1 interaction']")?.classList.contains("level-1")).toBe(true);
		expect(container.querySelector("[title='2026-12-06: ahead']")?.classList.contains("is-future")).toBe(true);
		expect(container.querySelectorAll(".ascent-heat-grid .level-0").length).toBe(53 * 7 - 3);
		// Labels: the months along the top, weekdays down the side, and a legend.
		expect([...container.querySelectorAll(".ascent-heat-head")].map((e) => e.textContent).filter(Boolean)).toContain("Jun");
		expect(container.querySelector(".ascent-heat-legend")?.textContent).toMatch(/Less\s*More/);
	});
	it("months: a row per year", async () => {
		const { default: HeatMap } = await import("../../src/ui/HeatMap.svelte");
		const { container } = render(HeatMap, { days: ["2024-03-02", "2026-11-29"], today: "2026-11-30", mode: "months", label: "Contact" });
		expect(container.querySelectorAll(".ascent-heat-col")).toHaveLength(3);
		expect(container.querySelector("[title='2024-03: 1 interaction']")?.classList.contains("level-1")).toBe(true);
	});
});

describe("TriageCard", () => {
	it("a tier the rhythm fits is suggested; Enter takes it", async () => {
		const { default: TriageCard } = await import("../../src/ui/TriageCard.svelte");
		const onChoose = vi.fn();
		render(TriageCard, {
			person: person({ name: "Kara Novak", status: "untracked" }), position: 1, total: 1, tiers: ["close", "casual"], preview: "",
			suggestion: { path: "People/Sam.md", current: null, suggested: "close", reason: "You talk about every 4 weeks; close fits." }, onChoose,
		});
		expect(screen.getByText("You talk about every 4 weeks; close fits.")).toBeTruthy();
		await fireEvent.keyDown(screen.getByRole("application"), { key: "Enter" });
		expect(onChoose).toHaveBeenCalledWith({ kind: "tier", tier: "close" });
	});

	it("counts every note that names the person: an open task in a daily note that links them is one", async () => {
		const { default: TriageCard } = await import("../../src/ui/TriageCard.svelte");
		render(TriageCard, {
			person: person({ name: "Kara Novak", status: "untracked", mentionCount: 0, followUps: [
				{ path: "People/Sam.md", line: 2, text: "own task" }, { path: "Journal/2026-11-20.md", line: 3, text: null }, { path: "Journal/2026-11-20.md", line: 4, text: null },
			] }),
			position: 1, total: 1, tiers: ["close"], preview: "", onChoose: vi.fn(),
		});
		expect(screen.getByText("1 of 1 · named in 1 note")).toBeTruthy();
	});

	it("keys 1–5 pick a tier, p pauses, space skips; done says so", async () => {
		const { default: TriageCard } = await import("../../src/ui/TriageCard.svelte");
		const onChoose = vi.fn();
		const { rerender } = render(TriageCard, {
			person: person({ name: "Kara Novak", status: "untracked", mentionCount: 3 }), position: 1, total: 2,
			tiers: ["inner-circle", "close", "casual", "keep-warm", "dormant"], preview: "Imported from LinkedIn.", onChoose,
		});
		expect(screen.getByText("1 of 2 · named in 3 notes")).toBeTruthy();
		const card = screen.getByRole("application");
		await fireEvent.keyDown(card, { key: "2" });
		await fireEvent.keyDown(card, { key: "p" });
		await fireEvent.keyDown(card, { key: " " });
		await fireEvent.keyDown(card, { key: "9" });
		expect(onChoose.mock.calls.map((c: unknown[]) => c[0])).toEqual([{ kind: "tier", tier: "close" }, { kind: "pause" }, { kind: "skip" }]);
		await rerender({ person: null });
		expect(screen.getByText(/Triage done/)).toBeTruthy();
	});
});
