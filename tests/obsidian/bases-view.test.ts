// @vitest-environment happy-dom
// The "Ascent attention" Bases view: a base's people in Ascent's order, with Ascent's words; only where Bases is.
import { get } from "svelte/store";
import { describe, expect, it } from "vitest";
import { apiVersion } from "../fake-obsidian";
import { BASES_VIEW_ID } from "../../src/obsidian/bases-view";
import { settle, startPlugin } from "./harness";

const VAULT = {
	"People/Sam Rivera.md": "---\ncadence: 30\nlast-contact: 2026-09-01\n---\n",
	"People/Ana Lima.md": "---\ncadence: 14\nlast-contact: 2026-11-10\n---\n",
	"People/Bo Chen.md": "---\ncadence: 30\nlast-contact: 2026-11-28\n---\n",
	"Notes/Plain.md": "Nothing here.\n",
};

describe("the Ascent attention Bases view", () => {
	it("shows the base's people, who needs attention first (most overdue first), then the rest; a name opens the card", async () => {
		const h = await startPlugin(VAULT, {});
		const registration = h.fakePlugin.basesViews.get(BASES_VIEW_ID);
		expect(registration?.name).toBe("Ascent attention");
		const el = document.createElement("div");
		const view = registration?.factory({}, el);
		if (!view) throw new Error("no view");
		view.data = { data: ["People/Bo Chen.md", "People/Ana Lima.md", "People/Sam Rivera.md", "Notes/Plain.md"].map((path) => ({ file: h.file(path) })) };
		view.onDataUpdated();
		const rows = [...el.querySelectorAll(".ascent-row")].map((r) => r.textContent?.replace(/\s+/g, " ").trim());
		expect(rows).toEqual([
			"Sam Rivera▲ Overdue 2 months3 months ago",
			"Ana Lima● Overdue 1 week3 weeks ago",
			"Bo Chen· Next by 2026-12-282 days ago",
		]);
		(el.querySelector("[aria-label='Prepare to reach out to Ana Lima']") as HTMLElement).click();
		await settle();
		expect(get(h.services.card.card)?.person.name).toBe("Ana Lima");
		view.data = { data: [{ file: h.file("Notes/Plain.md") }] };
		view.onDataUpdated();
		expect(el.textContent).toBe("None of this base's notes is a person Ascent knows.");
	});

	it("is not registered on an app older than the Bases view API", async () => {
		apiVersion.current = "1.9.0";
		try {
			const h = await startPlugin(VAULT, {});
			expect(h.fakePlugin.basesViews.size).toBe(0);
		} finally {
			apiVersion.current = "1.13.1";
		}
	});
});
