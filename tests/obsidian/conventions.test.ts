// @vitest-environment happy-dom
// What the conventions cost inside Obsidian, and the writes they bring: which notes are read, and next-contact dates.
import { describe, expect, it } from "vitest";
import { settle, startPlugin } from "./harness";

describe("vault conventions inside Obsidian", () => {
	it("reads people and the undated notes that link someone, and no other note", async () => {
		const h = await startPlugin({
			"People/Ann Lee.md": "---\ncadence: 30\n---\n",
			"Daily/2026-11-01.md": "Lunch with [[Ann Lee]].\n",
			"Meetings/2026-11-05 Sync.md": "---\npeople: [\"[[Ann Lee]]\"]\n---\n",
			"Minutes/Planning.md": "[date:: 2026-11-20]\nWith [[Ann Lee]].\n",
			"Notes/Idea.md": "No links here.\n",
			"Notes/Project.md": "See [[Roadmap]].\n",
			"Notes/Roadmap.md": "---\ndate: 2026-01-01\n---\n",
		}, { data: { dailyNotesFolder: "Daily" } });
		// Ann's note (log lines) and the minutes (a date:: field may date them); daily and meeting notes are known from
		// metadata, and notes that link nobody are never opened.
		expect(h.app.vault.reads).toBe(2);
		const person = h.services.index.current.kind === "ready" ? h.services.index.current.index.person("People/Ann Lee.md", "2026-11-30") : null;
		expect(person?.lastContact).toMatchObject({ date: "2026-11-20", path: "Minutes/Planning.md" });
	});

	it("a date:: field typed into a note later dates it", async () => {
		const h = await startPlugin({ "People/Ann Lee.md": "---\ncadence: 30\n---\n", "Minutes/Planning.md": "With [[Ann Lee]].\n" });
		await h.app.vault.modify(h.file("Minutes/Planning.md"), "[date:: 2026-11-21]\nWith [[Ann Lee]].\n");
		await settle();
		expect(h.services.index.current.kind === "ready" && h.services.index.current.index.person("People/Ann Lee.md", "2026-11-30")?.lastContact?.date).toBe("2026-11-21");
	});

	it("logging a contact clears a next-contact date it meets, keeps a later one, and undo brings it back", async () => {
		const ann = "---\ncadence: 30\nnext-contact: 2026-11-28\n---\n";
		const bo = "---\ncadence: 30\nnext_follow_up: 2026-12-15\n---\n";
		const h = await startPlugin({ "People/Ann Lee.md": ann, "People/Bo Chen.md": bo });
		await h.services.writer.logInteraction({ paths: ["People/Ann Lee.md", "People/Bo Chen.md"], date: "2026-11-30", kind: "call", note: "" });
		await settle();
		expect(h.text("People/Ann Lee.md")).not.toContain("next-contact");
		expect(h.text("People/Bo Chen.md")).toContain("next_follow_up: 2026-12-15");
		await h.run("undo");
		expect(h.text("People/Ann Lee.md")).toBe(ann);
		expect(h.text("People/Bo Chen.md")).toBe(bo);
	});
});
