// @vitest-environment happy-dom
// The vault's own configuration (Daily notes, Periodic Notes, which plugins are on) is read again when it changes.
import { describe, expect, it } from "vitest";
import { startPlugin } from "./harness";

describe("the vault's configuration, read again", () => {
	it("Periodic Notes turned off is seen at the next check (no event says so), and the index is rebuilt on the Daily notes settings", async () => {
		const notes = {
			"People/Ann.md": "---\ncadence: 30\n---\n",
			"Journal/2026-11-20.md": "Coffee with [[Ann]]\n",
			"Periodic/2026-11-25.md": "Call with [[Ann]]\n",
		};
		const config = {
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD" }),
			".obsidian/plugins/periodic-notes/data.json": JSON.stringify({ daily: { enabled: true, folder: "Periodic", format: "YYYY-MM-DD" } }),
			".obsidian/community-plugins.json": JSON.stringify(["periodic-notes"]),
		};
		const h = await startPlugin(notes, { config, data: { datesFromFileNames: false } });
		const last = () => h.services.ctx.personView("People/Ann.md")?.lastContact?.date;
		expect(last()).toBe("2026-11-25");
		expect(await h.services.index.checkConventions()).toBe(false);
		await h.app.vault.adapter.write(".obsidian/community-plugins.json", JSON.stringify([]));
		expect(await h.services.index.checkConventions()).toBe(true);
		await h.settle();
		expect(last()).toBe("2026-11-20");
	});
});
