// @vitest-environment happy-dom
// Introductions through the real plugin: the log modal's Introduction, the suggestion command, the card's suggestions.
import { get } from "svelte/store";
import { describe, expect, it } from "vitest";
import { ChoiceModal, LogModal } from "../../src/obsidian/modals";
import { modalOf, startPlugin } from "./harness";

const VAULT = {
	"People/Ann Lee.md": "---\ncadence: 30\nlast-contact: 2026-11-01\nneeds: [hiring]\n---\n",
	"People/Ray Sun.md": "---\ncadence: 30\nlast-contact: 2026-11-10\noffers: [Hiring]\n---\n",
	"Notes/Plain.md": "Nothing here.\n",
};

describe("introductions", () => {
	it("the log modal's Introduction writes a line in each note naming the other; both count it as given; one undo removes both", async () => {
		const h = await startPlugin(VAULT, {});
		h.services.actions.openLogModal(["People/Ann Lee.md", "People/Ray Sun.md"]);
		const modal = modalOf(h.app, LogModal);
		modal.onSubmit({ paths: ["People/Ann Lee.md", "People/Ray Sun.md"], date: "2026-11-30", kind: "intro", note: "about the platform team" });
		await h.settle();
		expect(h.text("People/Ann Lee.md")).toContain("- 2026-11-30 introduced [[Ray Sun]] about the platform team #intro");
		expect(h.text("People/Ray Sun.md")).toContain("- 2026-11-30 introduced [[Ann Lee]] about the platform team #intro");
		expect([h.services.ctx.personView("People/Ann Lee.md")?.gave, h.services.ctx.personView("People/Ray Sun.md")?.gave]).toEqual([1, 1]);
		expect(h.notices().map((n) => n.trim())).toContain("Logged the introduction of Ann Lee and Ray Sun.");
		await h.run("undo");
		expect([h.text("People/Ann Lee.md"), h.text("People/Ray Sun.md")]).toEqual([VAULT["People/Ann Lee.md"], VAULT["People/Ray Sun.md"]]);
	});

	it("an introduction naming a non-person, or one person twice, writes nothing and says why", async () => {
		const h = await startPlugin(VAULT, {});
		expect(await h.services.actions.logIntroduction("People/Ann Lee.md", "Notes/Plain.md")).toBe(false);
		expect(h.notices().at(-1)).toBe("Ascent knows only one of these two people.");
		expect(await h.services.actions.logIntroduction("People/Ann Lee.md", "People/Ann Lee.md")).toBe(false);
		expect(h.notices().at(-1)).toBe("An introduction is between two different people.");
		expect(h.text("Notes/Plain.md")).toBe(VAULT["Notes/Plain.md"]);
		expect(h.text("People/Ann Lee.md")).toBe(VAULT["People/Ann Lee.md"]);
	});

	it("Suggest an introduction lists one's need against another's offer; choosing logs it; then it is no longer suggested", async () => {
		const h = await startPlugin(VAULT, {});
		await h.run("suggest-introduction");
		const modal = modalOf(h.app, ChoiceModal);
		const choices = modal.getSuggestions("");
		expect(choices.map((c) => [c.label, c.detail])).toEqual([["Introduce Ann Lee to Ray Sun", "Ann Lee needs hiring; Ray Sun offers it"]]);
		choices[0]?.run();
		await h.settle();
		expect(h.text("People/Ann Lee.md")).toContain("introduced [[Ray Sun]] (hiring) #intro");
		await h.run("suggest-introduction");
		expect(h.notices().at(-1)).toMatch(/^No introductions to suggest/);
	});

	it("the person card shows the introductions the person is part of", async () => {
		const h = await startPlugin(VAULT, {});
		h.app.workspace.activeFile = h.file("People/Ray Sun.md");
		await h.run("prepare-to-reach-out");
		expect(get(h.services.card.card)?.introductions.map((i) => i.text)).toEqual(["Ann Lee needs hiring; Ray Sun offers it."]);
	});
});
