// @vitest-environment happy-dom
// The sidebar view, the ```ascent``` block and the reach-out list, through the real plugin in the fake app.
import { GoalsModal } from "../../src/obsidian/modals";
import { problems, reconnectPeople } from "../../src/core/network";
import { circles } from "../../src/core/circles";
import { tabCounts } from "../../src/ui/sidebar-model";
import { networkHealth } from "../../src/core/health-trend";
import { compareByName } from "../../src/core/attention";
import fc from "fast-check";
import { TFile, Vault } from "../fake-obsidian";
import { get } from "svelte/store";
import { describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readExampleVault } from "../helpers";
import { settle, startPlugin, modalOf } from "./harness";

const VAULT = {
	"People/Sam Rivera.md": "---\ntier: close\n---\n",
	"People/Ana Lima.md": "---\ncadence: 2w\nlast-contact: 2026-11-01\ntags: [work]\n---\n",
	"People/Bo Chen.md": "---\ncadence: 30\nlast-contact: 2026-11-29\n---\n",
	"People/Cy Broken.md": "---\ncadence: sometimes\n---\n",
	"Daily/2026-11-20.md": "Nothing.\n",
};
const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" };

describe("surfaces", () => {
	it("the sidebar view mounts the Svelte sidebar with counts, and unmounts on close", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("open-sidebar");
		const leaf = h.app.workspace.getLeavesOfType("ascent-sidebar")[0];
		const el = (leaf?.view as { contentEl: HTMLElement }).contentEl;
		const tabs = [...el.querySelectorAll("[role=tab]")].map((t) => t.getAttribute("title"));
		expect(tabs).toEqual(["Needs attention (2)", "Upcoming (1)", "Everyone (4)"]);
		const more = el.querySelector<HTMLSelectElement>("[aria-label='More lists']");
		expect([...(more?.options ?? [])].map((o) => o.textContent)).toEqual(["More", "Birthdays (0)", "Reconnect (0)", "Triage (1)", "Problems (1)"]);
		if (more) {
			more.value = "problems";
			more.dispatchEvent(new Event("change", { bubbles: true }));
		}
		await settle();
		expect(el.textContent).toContain("People/Cy Broken.md");
		expect(el.textContent).toContain("sometimes");
		// A change in the vault reaches the open sidebar.
		await h.app.vault.create("Daily/2026-11-30.md", "Lunch with [[Sam Rivera]]\n");
		await settle();
		expect(el.querySelector("[role=tab]")?.getAttribute("title")).toBe("Needs attention (1)");
		await leaf?.detach();
		expect(el.querySelector(".ascent-sidebar")).toBeNull();
	});

	it("the ascent block renders the list with its options, follows the index, and shows bad options as one line", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const el = document.createElement("div");
		const release = h.fakePlugin.renderCodeBlock("ascent", "show: attention\nlimit: 1", el);
		await settle();
		expect(el.querySelectorAll(".ascent-row")).toHaveLength(1);
		expect(el.querySelector(".ascent-block-title")?.textContent).toMatch(/Needs attention\s*2/);
		expect(el.textContent).toContain("and 1 more");
		await h.app.vault.create("Daily/2026-11-30.md", "[[Sam Rivera]] and [[Ana Lima]]\n");
		await settle();
		expect(el.querySelectorAll(".ascent-row")).toHaveLength(0);
		expect(el.textContent).toContain("Nobody needs attention today");
		release();
		expect(el.querySelector(".ascent-block")).toBeNull();

		for (const [source, message] of [
			["show: everybody", /show must be one of/],
			["limit: -2", /limit must be a whole number/],
			["colour: red", /unknown option "colour"/],
			["show: [", /not valid YAML/],
		] as const) {
			const bad = document.createElement("div");
			h.fakePlugin.renderCodeBlock("ascent", source, bad);
			expect(bad.querySelector(".ascent-block-error")?.textContent).toMatch(message);
		}
		const tagged = document.createElement("div");
		h.fakePlugin.renderCodeBlock("ascent", "show: all\ntag: work", tagged);
		await settle();
		expect([...tagged.querySelectorAll(".ascent-name")].map((n) => n.textContent)).toEqual(["Ana Lima"]);
	});

	it("reach-out list: added to today's new daily note once when the setting is on; ticking a box logs the contact", async () => {
		const h = await startPlugin(VAULT, { data: { ...DATA, reachOutOnDailyNote: true, reachOutCount: 5 } });
		h.services.reachOut.delayMs = 0;
		await h.app.vault.create("Daily/2026-11-30.md", "## Log\n");
		await settle();
		await settle();
		const text = h.text("Daily/2026-11-30.md") ?? "";
		expect(text).toBe("## Log\n\n## Reach out\n\n"
			+ "- [ ] [[Ana Lima]] — overdue 2 weeks ([prepare](obsidian://ascent?person=People%2FAna%20Lima.md))\n"
			+ "- [ ] [[Sam Rivera]] — never contacted ([prepare](obsidian://ascent?person=People%2FSam%20Rivera.md))\n");
		expect(await h.services.reachOut.addTo("Daily/2026-11-30.md")).toBe(false);

		await h.app.vault.process(h.file("Daily/2026-11-30.md"), (t) => t.replace("- [ ] [[Ana Lima]]", "- [x] [[Ana Lima]]"));
		const state = h.services.index.current;
		expect(state.kind === "ready" && state.index.person("People/Ana Lima.md", "2026-11-30")?.status).toBe("ok");
		expect(state.kind === "ready" && state.index.person("People/Sam Rivera.md", "2026-11-30")?.status).toBe("never-contacted");

		await h.app.vault.create("Daily/2026-11-29.md", "old day\n");
		await settle();
		expect(h.text("Daily/2026-11-29.md")).toBe("old day\n");
	});

	it("reach-out list: a wait that ends after the plugin was turned off writes nothing", async () => {
		const h = await startPlugin(VAULT, { data: { ...DATA, reachOutOnDailyNote: true } });
		h.services.reachOut.delayMs = 30;
		await h.app.vault.create("Daily/2026-11-30.md", "## Log\n");
		h.fakePlugin.unload();
		await new Promise((r) => setTimeout(r, 60));
		await settle();
		expect(h.text("Daily/2026-11-30.md")).toBe("## Log\n");
	});

	it("settings changed on another device (sync): used at once, the index rebuilt, nothing old saved back", async () => {
		const h = await startPlugin({ ...VAULT, "Network/Eve.md": "---\ncadence: 30\n---\n" }, { data: DATA });
		const before = h.services.index.status().people;
		await h.app.vault.adapter.write(".obsidian/plugins/ascent/data.json", JSON.stringify({ ...DATA, personFolders: ["People", "Network"] }));
		await h.plugin.onExternalSettingsChange();
		await settle();
		expect(h.services.store.settings.personFolders).toEqual(["People", "Network"]);
		expect(h.services.index.status().people).toBe(before + 1);
		expect(JSON.parse(await h.app.vault.adapter.read(".obsidian/plugins/ascent/data.json"))).toMatchObject({ personFolders: ["People", "Network"] });
	});

	it("reach-out list: nothing is written while the setting is off; the command adds it on demand, undoable", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.services.reachOut.delayMs = 0;
		await h.app.vault.create("Daily/2026-11-30.md", "## Log\n");
		await settle();
		expect(h.text("Daily/2026-11-30.md")).toBe("## Log\n");
		h.app.workspace.activeFile = h.file("Daily/2026-11-30.md");
		await h.run("add-reach-out-list");
		expect(h.text("Daily/2026-11-30.md")).toContain("## Reach out");
		await h.run("undo");
		expect(h.text("Daily/2026-11-30.md")).toBe("## Log\n");
	});

	it("the status bar counts who needs attention, with the sidebar's name for them", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		expect(h.fakePlugin.statusBarItems[0]?.text).toBe("2 need attention");
		expect(h.fakePlugin.ribbon).toEqual([{ icon: "mountain", title: "Open Ascent" }]);
	});
});

describe("goals surfaces", () => {
	const GOALS = {
		"People/Ana.md": "---\ncadence: 30\nmet: 2026-11-02\n---\n## Interactions\n\n- 2026-11-30 lunch #meet\n- 2026-11-25 sent the deck #gave\n- 2026-11-24 call #call\n",
		"People/Bo.md": "---\ncadence: 30\nmet: 2026-11-20\n---\n",
		"Events/Conf.md": "---\ntype: event\ndate: 2026-11-12\nattendees: [\"[[Bo]]\"]\n---\n",
	};
	const data = { ...DATA, goals: [
		{ id: "c", kind: "new-connections", period: "month", target: 2 },
		{ id: "e", kind: "events", period: "year", target: 12 },
		{ id: "i", kind: "interactions", period: "week", target: 5 },
		{ id: "r", kind: "reach-outs", period: "month", target: 4 },
		{ id: "v", kind: "value-given", period: "quarter", target: 1 },
	] };

	it("the command shows each goal's progress", async () => {
		const h = await startPlugin(GOALS, { data });
		await h.run("show-goals");
		const modal = modalOf(h.app, GoalsModal);
		expect(modal.goals.map((g) => [g.id, g.actual, g.target])).toEqual([["c", 2, 2], ["e", 1, 12], ["i", 1, 5], ["r", 2, 4], ["v", 1, 1]]);
	});

	it("the block shows goals with show: goals, and says so when goals are off", async () => {
		const h = await startPlugin(GOALS, { data });
		const el = document.createElement("div");
		h.fakePlugin.renderCodeBlock("ascent", "show: goals", el);
		await settle();
		expect([...el.querySelectorAll(".ascent-goal-name")].map((n) => n.textContent)).toEqual([
			"New connections this month", "Events attended this year", "Interactions this week", "Reach-outs this month", "Value given this quarter",
		]);
		await h.services.store.update((s) => (s.goalsEnabled = false));
		await settle();
		await settle();
		expect(el.textContent).toContain("No networking goals set (or goals are turned off)");
	});
});

describe("the sidebar's data", () => {
	it("everyone in name order, kept right through edits, renames, new and removed people", async () => {
		const h = await startPlugin({
			"People/Bo.md": "---\ncadence: 30\n---\n", "People/Ana.md": "---\ncadence: 30\n---\n", "People/Cy.md": "---\ncadence: 30\n---\n",
		}, { data: DATA });
		const names = () => {
			h.services.ui.refresh();
			return get(h.services.ui.data).people.map((p) => p.name);
		};
		expect(names()).toEqual(["Ana", "Bo", "Cy"]);
		await h.app.vault.modify(h.file("People/Bo.md"), "---\ncadence: 7\n---\n");
		await settle();
		expect(names()).toEqual(["Ana", "Bo", "Cy"]);
		expect(get(h.services.ui.data).people[1]?.cadenceDays).toBe(7);
		await h.app.vault.rename(h.file("People/Ana.md"), "People/Zoe.md");
		await settle();
		expect(names()).toEqual(["Bo", "Cy", "Zoe"]);
		await h.app.vault.create("People/Al.md", "---\ncadence: 30\n---\n");
		await h.app.vault.delete(h.file("People/Cy.md"));
		await settle();
		expect(names()).toEqual(["Al", "Bo", "Zoe"]);
	});

	it("the name order is right again after a rebuild or a new day with the same people (the last order reused)", async () => {
		const h = await startPlugin({
			"People/Bo.md": "---\ncadence: 30\n---\n", "People/Cy.md": "---\ncadence: 30\n---\n", "People/Ana.md": "---\ncadence: 30\n---\n",
		}, { data: DATA, now: "2026-11-30T09:00:00" });
		const names = () => {
			h.services.ui.refresh();
			return get(h.services.ui.data).people.map((p) => p.name);
		};
		expect(names()).toEqual(["Ana", "Bo", "Cy"]);
		await h.services.index.rebuild();
		await settle();
		expect(names()).toEqual(["Ana", "Bo", "Cy"]);
		h.setNow("2026-12-01T09:00:00");
		expect(names()).toEqual(["Ana", "Bo", "Cy"]);
		expect(get(h.services.ui.data).today).toBe("2026-12-01");
	});

	it("after any run of edits the sidebar's people, attention list, problems and health are everyone's worked out afresh", async () => {
		// A refresh after a change hands over again only whom it touched (UiState.peopleNow, ProblemBook, TrendBook, the
		// tier and tab counts): checked against the index's whole lists after each edit, renames, new and removed people, tiers
		// and pauses, and a bad property included.
		type Edit = { kind: "modify" | "create" | "delete" | "rename"; path: string; text: string };
		const edit = fc.oneof(
			fc.record({ kind: fc.constant("modify" as const), path: fc.constantFrom("Daily/2026-11-20.md", "People/Bo.md", "People/Ana.md"), text: fc.constantFrom(
				"Lunch with [[Bo]] and [[Ana]].\n", "Call with [[Cy]].\n- [ ] send [[Ana]] the deck\n", "---\ncadence: 7\nlast-contact: 2026-11-02\n---\n",
				"---\ncadence: 30\nlast-contact: someday\n---\n", "---\ncadence: 30\n---\n\n## Interactions\n\n- 2026-12-24 call #call\n",
				"---\ntier: close\n---\n", "---\ntier: close\npaused: true\n---\n", "---\ncadence: 30\nbirthday: 1990-12-05\n---\n", "---\ntier: casual\n---\n\n## Interactions\n\n- 2024-01-05 call #call\n- 2024-02-05 call #call\n") }),
			fc.record({ kind: fc.constant("create" as const), path: fc.constantFrom("People/Al.md", "Daily/2026-11-25.md"), text: fc.constantFrom("---\ncadence: 30\n---\n", "Met [[Al]] and [[Bo]].\n") }),
			fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom("People/Cy.md", "People/Al.md", "Daily/2026-11-20.md"), text: fc.constant("") }),
			fc.record({ kind: fc.constant("rename" as const), path: fc.constantFrom("People/Bo.md", "People/Ana.md"), text: fc.constantFrom("People/Zoe.md", "People/Bob.md") }),
		);
		await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits: Edit[]) => {
			const h = await startPlugin({
				"People/Bo.md": "---\ncadence: 30\n---\n", "People/Ana.md": "---\ncadence: 30\nlast-contact: 2026-10-01\n---\n", "People/Cy.md": "---\ncadence: 30\n---\n",
				"Daily/2026-11-20.md": "Coffee with [[Bo]].\n",
			}, { data: DATA });
			try {
				h.services.ui.refresh();
				for (const e of edits) {
					const found = h.app.vault.getAbstractFileByPath(e.path);
					const file = found instanceof TFile ? found : null;
					if (e.kind === "create" && !file) await h.app.vault.create(e.path, e.text);
					else if (e.kind === "modify" && file) await h.app.vault.modify(file, e.text);
					else if (e.kind === "delete" && file) await h.app.vault.delete(file);
					else if (e.kind === "rename" && file && !h.app.vault.getAbstractFileByPath(e.text)) await h.app.vault.rename(file, e.text);
					await settle();
					h.services.ui.refresh();
					const state = h.services.index.current;
					if (state.kind !== "ready") throw new Error("not ready");
					const data = get(h.services.ui.data);
					const fresh = [...state.index.people("2026-11-30")];
					expect(data.people).toEqual(fresh.sort(compareByName));
					expect(data.attention).toEqual(state.index.attention("2026-11-30"));
					expect(data.problems).toEqual(problems(state.index, "2026-11-30"));
					expect(data.health).toEqual(networkHealth(state.index, "2026-11-30"));
					expect(data.circles).toEqual(circles(fresh, h.services.store.settings.tiers));
					expect(data.reconnect).toEqual(reconnectPeople(state.index, "2026-11-30").map((p) => p.view));
					// The tabs' counts kept by the refresh: those counted from the people.
					const { peopleCounts, ...counted } = data;
					expect(peopleCounts).toBeDefined();
					expect(tabCounts(data)).toEqual(tabCounts(counted));
				}
			} finally {
				h.fakePlugin.unload();
			}
		}), { numRuns: 25 });
	});

	it("the Reconnect list follows edits: a dormant tie back in touch leaves it, one gone quiet joins it", async () => {
		const log = (...days: string[]) => `---\ncadence: 90\n---\n## Interactions\n\n${days.map((d) => `- ${d} call #call`).join("\n")}\n`;
		const h = await startPlugin({
			"People/Old Friend.md": log("2023-01-05", "2023-02-05", "2023-03-05"),
			"People/Former Boss.md": log("2022-06-01", "2022-09-01"),
			"People/Recent.md": log("2026-01-01", "2026-10-01"),
		}, { data: DATA });
		const listed = () => {
			h.services.ui.refresh();
			return get(h.services.ui.data).reconnect.map((p) => p.name);
		};
		expect(listed()).toEqual(["Old Friend", "Former Boss"]);
		// Each entry is the person as the sidebar lists them.
		const { people, reconnect } = get(h.services.ui.data);
		for (const p of reconnect) expect(p).toBe(people.find((q) => q.path === p.path));
		await h.app.vault.create("Daily/2026-11-20.md", "Lunch with [[Old Friend]]\n");
		await settle();
		expect(listed()).toEqual(["Former Boss"]);
		// Monthly calls with the former boss in 2022: closer once, still dormant.
		await h.app.vault.modify(h.file("People/Former Boss.md"), log("2022-06-01", "2022-07-01", "2022-08-01", "2022-09-01"));
		await settle();
		expect(listed()).toEqual(["Former Boss"]);
		await h.app.vault.delete(h.file("Daily/2026-11-20.md"));
		await settle();
		// Four days a month apart against three, and silent longer: the former boss ranks first now.
		expect(listed()).toEqual(["Former Boss", "Old Friend"]);
	});
});

describe("follow-ups from the sidebar", () => {
	it("a dated note holding an open task that links someone is read at build (its words may carry a due date); after a change, the new words", async () => {
		const h = await startPlugin({
			"People/Sam.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "Notes\n- [ ] send [[Sam]] the deck\n",
			"Daily/2026-11-21.md": "Lunch with [[Sam]]\n",
		}, { data: DATA });
		// Read at build: the note with the task; not the daily note that only mentions Sam.
		expect(h.app.vault.readPaths).toContain("Daily/2026-11-20.md");
		expect(h.app.vault.readPaths).not.toContain("Daily/2026-11-21.md");
		const [task] = h.services.ctx.personView("People/Sam.md")?.followUps ?? [];
		expect(task).toEqual({ path: "Daily/2026-11-20.md", line: 1, text: "send [[Sam]] the deck" });
		const shown = () => get(h.services.ui.data).people.find((p) => p.name === "Sam")?.followUps;
		h.services.ui.refresh();
		await settle();
		expect(shown()).toEqual([{ path: "Daily/2026-11-20.md", line: 1, text: "send [[Sam]] the deck" }]);
		const reads = h.app.vault.reads;
		h.services.ui.refresh();
		await settle();
		expect(h.app.vault.reads).toBe(reads);
		await h.app.vault.modify(h.file("Daily/2026-11-20.md"), "Notes\n- [ ] call [[Sam]] about the offer\n");
		await settle();
		h.services.ui.refresh();
		await settle();
		expect(shown()).toEqual([{ path: "Daily/2026-11-20.md", line: 1, text: "call [[Sam]] about the offer" }]);
		expect(await h.services.actions.followUpText({ path: "Daily/2026-11-20.md", line: 0, text: null })).toBeNull();
	});

	it("a follow-up whose words could not be read at build gets them once read, and again after other edits", async () => {
		// The note with the task cannot be read while the index builds (its first read): its task has no words in the
		// person's view.
		// The fake's own cachedRead is its read.
		const real = (vault: Vault, file: TFile): Promise<string> => vault.read(file);
		let busy = true;
		const failing = vi.spyOn(Vault.prototype, "cachedRead").mockImplementation(function (this: Vault, file) {
			if (file.path !== "Daily/2026-11-20.md" || !busy) return real(this, file);
			busy = false;
			return Promise.reject(new Error("EBUSY"));
		});
		const h = await startPlugin({
			"People/Sam.md": "---\ncadence: 30\n---\n", "People/Bo.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-20.md": "Notes\n- [ ] send [[Sam]] the deck\n",
		}, { data: DATA });
		failing.mockRestore();
		const words = () => {
			h.services.ui.refresh();
			return get(h.services.ui.data).people.find((p) => p.name === "Sam")?.followUps.map((t) => t.text);
		};
		expect(h.services.ctx.personView("People/Sam.md")?.followUps.map((t) => t.text)).toEqual([null]);
		// Read by the sidebar's first refresh, they are shown on the next, though the index did not change.
		await settle();
		expect(words()).toEqual(["send [[Sam]] the deck"]);
		// Another note changes (the words are read again after any change), and the read takes its time: refreshes
		// meanwhile show the task without words, and the first refresh after the read shows them.
		let finish = (): void => undefined;
		const slow = vi.spyOn(Vault.prototype, "cachedRead").mockImplementation(function (this: Vault, file) {
			return new Promise((resolve, reject) => {
				finish = () => void real(this, file).then(resolve, reject);
			});
		});
		await h.app.vault.create("Daily/2026-11-21.md", "Lunch with [[Bo]]\n");
		await settle();
		expect(words()).toEqual([null]);
		expect(words()).toEqual([null]);
		finish();
		await settle();
		slow.mockRestore();
		expect(words()).toEqual(["send [[Sam]] the deck"]);
	});

	it("ticking a follow-up writes - [x] on that line, undoably; a moved task is not touched", async () => {
		const h = await startPlugin({
			"People/Sam.md": "---\ncadence: 30\n---\n- [ ] ask about a referral\n",
			"Daily/2026-11-20.md": "Notes\n- [ ] send [[Sam]] the deck\n",
		}, { data: DATA });
		const actions = h.services.ui.actions();
		actions.completeFollowUp("Daily/2026-11-20.md", 1, "send [[Sam]] the deck");
		await settle();
		expect(h.text("Daily/2026-11-20.md")).toBe("Notes\n- [x] send [[Sam]] the deck\n");
		expect(h.services.ctx.personView("People/Sam.md")?.followUps.map((f) => f.text)).toEqual(["ask about a referral"]);
		await h.run("undo");
		expect(h.text("Daily/2026-11-20.md")).toBe("Notes\n- [ ] send [[Sam]] the deck\n");

		await h.app.vault.modify(h.file("People/Sam.md"), "---\ncadence: 30\n---\nA new first line\n- [ ] ask about a referral\n");
		actions.completeFollowUp("People/Sam.md", 3, "ask about a referral");
		await settle();
		expect(h.text("People/Sam.md")).toContain("- [ ] ask about a referral");
		expect(h.notices().at(-1)).toMatch(/no longer on line 4/);
	});
});

describe("network health, one definition on every surface", () => {
	it("after an edit the sidebar's health is the report's health: trend and today's point alike", async () => {
		const data = JSON.parse(readFileSync(join(__dirname, "../../examples/vault/.obsidian/plugins/ascent/data.json"), "utf8")) as object;
		const h = await startPlugin(readExampleVault(), { data: { ...data, dailyNotesFolder: "Journal", dailyNotesFormat: "YYYY/MM/YYYY-MM-DD" } });
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("not ready");
		const before = networkHealth(state.index, "2026-11-30");
		await h.services.writer.logInteraction({ paths: ["People/Tom Becker.md"], date: "2026-11-30", kind: "call", note: "" });
		h.services.ui.refresh();
		const shown = get(h.services.ui.data).health;
		expect(shown).toEqual(networkHealth(state.index, "2026-11-30"));
		expect(shown.value).toBeGreaterThan(before.value ?? 0);
	});
});

describe("turning Ascent on", () => {
	it("opens the sidebar once when the user turns the plugin on, and not on an ordinary start", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(0);
		h.plugin.onUserEnable();
		await settle();
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(1);
	});
});
