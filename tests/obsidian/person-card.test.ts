// @vitest-environment happy-dom
// The person card through the real plugin in the fake app: the command, the words read when shown, the phone's modal.
import { get } from "svelte/store";
import { afterEach, describe, expect, it } from "vitest";
import { Notice, Platform } from "../fake-obsidian";
import { ChoiceModal, PersonPickerModal, TextModal } from "../../src/obsidian/modals";
import { modalOf, settle, startPlugin } from "./harness";

const VAULT = {
	"People/Sam Rivera.md": "---\ntier: close\ngoals: [the move to Lisbon]\ntags: [rust]\n---\n\n## Interactions\n\n- 2026-11-02 lunch at Luigi's #meet\n",
	"Daily/2026-11-20.md": "# Friday\n\n- Planning.\n- Call with [[Sam Rivera]] about the offer #call\n",
	"Meetings/2026-11-10 Standup.md": "---\nattendees: [\"[[Sam Rivera]]\"]\n---\nQ1 hiring rubric\n",
	"Notes/Plain.md": "Nothing here.\n",
};
const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" };

afterEach(() => {
	Platform.isMobile = false;
});

describe("the person card", () => {
	it("Prepare to reach out on a person's note: their last contacts in their own words, read when shown; openers", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.app.workspace.activeFile = h.file("People/Sam Rivera.md");
		await h.run("prepare-to-reach-out");
		const card = () => get(h.services.card.card);
		expect(card()?.person.name).toBe("Sam Rivera");
		expect(card()?.place).toBe("sidebar");
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(1);
		// The dated notes' words arrive once their text is read (the index never read them): the linking line of the
		// daily note, the first words of the meeting note whose properties list the person.
		await settle();
		expect(card()?.recent.map((r) => [r.date, r.words, r.source])).toEqual([
			["2026-11-20", "Call with Sam Rivera about the offer", "from a daily note"],
			["2026-11-10", "Q1 hiring rubric", "from a note"],
			["2026-11-02", "lunch at Luigi's", "from the log"],
		]);
		expect(card()?.openers.map((o) => o.text)).toEqual([
			"Ask how the move to Lisbon is going", "Last time: Call with Sam Rivera about the offer (10 days ago)", "Share something for rust",
		]);
		h.services.card.close();
		expect(card()).toBeNull();
	});

	it("obsidian://ascent?person=… (the reach-out list's prepare link) opens that person's card; a wrong one says so", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const handler = h.fakePlugin.protocolHandlers.get("ascent");
		handler?.({ action: "ascent", person: "People/Sam Rivera.md" });
		expect(get(h.services.card.card)?.person.path).toBe("People/Sam Rivera.md");
		h.services.card.close();
		handler?.({ action: "ascent", person: "People/Nobody.md" });
		expect(get(h.services.card.card)).toBeNull();
		expect(Notice.shown.at(-1)?.message).toBe("Ascent knows no person called People/Nobody.md.");
	});

	it("Reconnect with someone opens the card of the top dormant tie, which says how long it has been", async () => {
		const h = await startPlugin({
			...VAULT,
			"People/Marco Bianchi.md": "---\ntier: casual\n---\n\n## Interactions\n\n- 2023-01-12 lunch #meet\n- 2023-03-02 call about the rewrite #call\n- 2024-05-02 congratulated him on the new role #message\n",
		}, { data: DATA });
		await h.run("reconnect");
		const card = get(h.services.card.card);
		expect(card?.person.name).toBe("Marco Bianchi");
		expect(card?.openers[0]?.text).toBe("You last spoke 3 years ago: congratulated him on the new role");
	});

	it("a tier the rhythm fits better is suggested in the card; accepting it writes the tier, and one undo takes it back", async () => {
		const daily = Object.fromEntries(["2026-10-05", "2026-10-19", "2026-11-02", "2026-11-16", "2026-11-27"].map((d) => [`Daily/${d}.md`, "Call with [[Sam Rivera]]\n"]));
		const h = await startPlugin({ ...VAULT, ...daily, "People/Sam Rivera.md": "---\ntier: casual\n---\n" }, { data: DATA });
		h.app.workspace.activeFile = h.file("People/Sam Rivera.md");
		await h.run("prepare-to-reach-out");
		const suggestion = get(h.services.card.card)?.tierSuggestion;
		expect(suggestion).toMatchObject({ current: "casual", suggested: "inner-circle", reason: "You talk about every 8 days; inner-circle fits better than casual." });
		h.services.ui.actions().setTier("People/Sam Rivera.md", "inner-circle");
		await h.settle();
		expect(h.text("People/Sam Rivera.md")).toBe("---\ntier: inner-circle\n---\n");
		await h.run("undo");
		expect(h.text("People/Sam Rivera.md")).toBe("---\ntier: casual\n---\n");
	});

	it("Reconnect with someone, when nobody is dormant, says so and opens nothing", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("reconnect");
		expect(get(h.services.card.card)).toBeNull();
		expect(h.notices().at(-1)).toBe("Nobody to reconnect with: everyone you were once in touch with has heard from you within the year.");
	});

	it("Who's in… asks for a place and lists the people there, who needs attention first; choosing one shows the card", async () => {
		const h = await startPlugin({
			...VAULT,
			"People/Ana Lima.md": "---\ncadence: 30\nlast-contact: 2026-11-28\nlocation: Berlin, Germany\n---\n",
			"People/Bo Chen.md": "---\ncadence: 30\nlast-contact: 2026-08-01\ncity: \"[[Berlin]]\"\n---\n",
			"Places/Berlin.md": "---\naliases: [Hauptstadt]\n---\n",
		}, { data: DATA });
		expect(h.services.card.peopleIn("hauptstadt").map((p) => p.name)).toEqual(["Bo Chen", "Ana Lima"]);
		expect(get(h.services.ui.data).places).toEqual([{ name: "Berlin", aliases: ["Hauptstadt"] }]);
		await h.run("whos-in");
		const ask = modalOf(h.app, TextModal) as unknown as { onSubmit: (v: string) => string | null };
		expect(ask.onSubmit("Atlantis")).toBe("Nobody's location is in Atlantis.");
		expect(ask.onSubmit("berlin")).toBeNull();
		await new Promise((r) => setTimeout(r, 5));
		const list = modalOf(h.app, ChoiceModal).getSuggestions("");
		expect(list.map((c) => c.label)).toEqual(["Bo Chen", "Ana Lima"]);
		list[1]?.run();
		expect(get(h.services.card.card)?.person.name).toBe("Ana Lima");
	});

	it("a task in a daily note that links someone and is due puts them in Needs attention inside Obsidian too (the note is read at build)", async () => {
		const h = await startPlugin({
			"People/Ana Lima.md": "---\ncadence: 30\nlast-contact: 2026-11-28\n---\n",
			"Daily/2026-11-20.md": "- [ ] send [[Ana Lima]] the deck 📅 2026-11-29\n",
		}, { data: DATA });
		const attention = h.services.ctx.ready()?.attention("2026-11-30") ?? [];
		expect(attention.map((p) => [p.name, p.followUpDue?.daysLate])).toEqual([["Ana Lima", 1]]);
		expect(h.fakePlugin.statusBarItems[0]?.text).toBe("1 needs attention");
	});

	it("so does a task in an undated project note; it is a follow-up, not contact, and appears or goes as the note is edited", async () => {
		const h = await startPlugin({
			"People/Ana Lima.md": "---\ncadence: 30\nlast-contact: 2026-11-28\n---\n",
			"Projects/Hiring.md": "# Hiring\n\n- [ ] ask [[Ana Lima]] for referrals 📅 2026-11-27\n",
		}, { data: DATA });
		const ana = () => h.services.ctx.personView("People/Ana Lima.md");
		expect([ana()?.followUpDue?.daysLate, ana()?.lastContact?.date, ana()?.mentionCount]).toEqual([3, "2026-11-28", 0]);
		expect(h.services.ctx.ready()?.attention("2026-11-30").map((p) => p.name)).toEqual(["Ana Lima"]);
		await h.app.vault.modify(h.file("Projects/Hiring.md"), "# Hiring\n\n- [x] ask [[Ana Lima]] for referrals 📅 2026-11-27\n");
		await h.settle();
		expect([ana()?.followUps, ana()?.followUpDue]).toEqual([[], null]);
		expect(h.services.ctx.ready()?.attention("2026-11-30")).toEqual([]);
	});

	it("from another note the command asks whom; on a phone the card opens in a modal", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.app.workspace.activeFile = h.file("Notes/Plain.md");
		await h.run("prepare-to-reach-out");
		const picker = modalOf(h.app, PersonPickerModal);
		Platform.isMobile = true;
		picker.onChooseItem(h.services.ctx.personView("People/Sam Rivera.md") as never);
		expect(get(h.services.card.card)?.place).toBe("modal");
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(0);
	});
});
