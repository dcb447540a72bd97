// @vitest-environment happy-dom
// Importing events in the app: pick a .ics in the vault, preview (days, who to create), confirm; the notes count as
// contact at once; a second import changes nothing; one undo removes everything the import wrote.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EventPreviewModal } from "../../src/obsidian/event-import";
import { modalOf, settle, startPlugin } from "./harness";

const VAULT = {
	"People/Hiro Tanaka.md": "---\nemail: hiro@example.jp\ncadence: 30\nlast-contact: 2026-10-01\n---\n",
	"People/Grace Liu.md": "---\ncadence: 30\nlast-contact: 2026-10-01\n---\n",
	"Calendar/work.ics": readFileSync(join(__dirname, "../fixtures/ics/team.ics"), "utf8"),
	"Notes/contacts.csv": "First Name,Last Name\n",
};

async function openPreview(h: Awaited<ReturnType<typeof startPlugin>>): Promise<EventPreviewModal> {
	await h.run("import-events");
	const picker = h.app.lastModal as { getItems: () => { path: string }[]; onChooseItem: (f: unknown) => void };
	expect(picker.getItems().map((f) => f.path)).toEqual(["Calendar/work.ics"]);
	picker.onChooseItem(picker.getItems()[0]);
	await settle();
	return modalOf(h.app, EventPreviewModal);
}

describe("import events in the app", () => {
	it("the preview starts with the past 90 days, replans for other days and for people chosen, and writes nothing until confirmed", async () => {
		const h = await startPlugin(VAULT);
		const { preview } = await openPreview(h);
		expect(preview.range).toEqual({ from: "2026-09-01", to: "2026-11-30" });
		const none = preview.plan(preview.range, new Set()).plan;
		expect(none.unknown.map((u) => u.name)).toEqual(["Alex Chen", "Ana Souza", "Jordan Lee", "Lena Vogt", "Mei Suzuki", "Priya Patel", "Sam Rivera"]);
		expect(none.unknown.find((u) => u.name === "Alex Chen")?.events).toBe(2);
		const december = preview.plan({ from: "2026-12-01", to: "2026-12-31" }, new Set()).plan;
		expect(december.creates.map((c) => c.path)).toEqual(["Events/2026-12-01 Platform sync.md"]);
		const withLena = preview.plan(preview.range, new Set(["lena.vogt@example.net"])).plan;
		expect(withLena.creates[0]?.path).toBe("People/Lena Vogt.md");
		expect(h.text("Events/2026-11-05 Coffee.md")).toBeUndefined();
	});

	it("confirming writes the notes and the new person in one step; attendance counts at once; undo removes them all", async () => {
		const h = await startPlugin(VAULT);
		const { preview } = await openPreview(h);
		preview.confirm(preview.plan(preview.range, new Set(["lena.vogt@example.net"])).plan);
		await settle();
		expect(h.text("Events/2026-11-05 Coffee.md")).toBe(
			"---\ntype: event\ndate: 2026-11-05\ntime: 08:30\ntitle: Coffee\nattendees:\n  - \"[[Grace Liu]]\"\n  - \"[[Lena Vogt]]\"\nical-uid: coffee-by-email@ascent.test\n---\n# Coffee\n");
		expect(h.text("People/Lena Vogt.md")).toBe("---\nemail: lena.vogt@example.net\n---\n# Lena Vogt\n");
		expect(h.services.ctx.personView("People/Hiro Tanaka.md")?.lastContact?.date).toBe("2026-11-18");
		expect(h.services.ctx.personView("People/Grace Liu.md")?.lastContact?.date).toBe("2026-11-05");
		expect(h.notices().slice(-2)).toEqual(["Imported the events. ", "Ascent wrote 7 notes."]);

		const again = await openPreview(h);
		const plan = again.preview.plan(again.preview.range, new Set()).plan;
		expect([plan.creates.length, plan.updates.length, plan.unchanged]).toEqual([0, 0, 6]);

		await h.run("undo");
		expect(h.text("Events/2026-11-05 Coffee.md")).toBeUndefined();
		expect(h.text("People/Lena Vogt.md")).toBeUndefined();
		expect(h.services.ctx.personView("People/Hiro Tanaka.md")?.lastContact?.date).toBe("2026-10-01");
	});

	it("an event folder outside the vault imports nothing and says so", async () => {
		const h = await startPlugin(VAULT, { data: { eventFolder: "../Elsewhere" } });
		await h.run("import-events");
		const picker = h.app.lastModal as { getItems: () => { path: string }[]; onChooseItem: (f: unknown) => void };
		picker.onChooseItem(picker.getItems()[0]);
		await settle();
		expect(h.notices().at(-1)).toMatch(/event folder in settings is outside the vault \("\.\.\/Elsewhere"\); nothing was imported/);
		expect(h.app.lastModal).not.toBeInstanceOf(EventPreviewModal);
	});
});
