// @vitest-environment happy-dom
// Writes through the real plugin in the fake Obsidian, on notes as people really keep them: CRLF, headings in code,
// kind tags in the words, long runs of whitespace, quick actions one after another.
import { describe, expect, it } from "vitest";
import { kindsOf } from "../../src/core/person";
import { lastUndoButton, settle, startPlugin } from "../obsidian/harness";

const DATA = { dailyNotesFolder: "Daily" };

describe("writes keep the note as it was around the change", () => {
	it("ticks a follow-up in a CRLF note, keeping CRLF; undo restores it", async () => {
		const text = "---\r\ncadence: 30\r\n---\r\n- [ ] send the deck\r\n- [ ] call back\r\n";
		const h = await startPlugin({ "People/Ann Lee.md": text }, { data: DATA });
		await h.services.writer.completeTask("People/Ann Lee.md", 4, "call back");
		expect(h.text("People/Ann Lee.md")).toBe("---\r\ncadence: 30\r\n---\r\n- [ ] send the deck\r\n- [x] call back\r\n");
		await h.run("undo");
		expect(h.text("People/Ann Lee.md")).toBe(text);
	});

	it("logs under the real heading, not one inside a code block or the properties", async () => {
		const text = "---\nnote: |\n  ## Interactions\ncadence: 30\n---\n```md\n## Interactions\n- example\n```\n\n## Interactions\n\n- 2026-11-01 coffee #meet\n";
		const h = await startPlugin({ "People/Ann Lee.md": text }, { data: DATA });
		await h.services.writer.logInteraction({ paths: ["People/Ann Lee.md"], date: "2026-11-30", kind: "call", note: "" });
		expect(h.text("People/Ann Lee.md")).toContain("```md\n## Interactions\n- example\n```\n\n## Interactions\n\n- 2026-11-30 #call\n- 2026-11-01 coffee #meet\n");
	});

	it("appends after 40,000 trailing spaces without a quadratic trim, and keeps CRLF", async () => {
		const h = await startPlugin({ "Notes/Long.md": `Text${" ".repeat(40_000)}`, "Notes/Crlf.md": "One\r\nTwo\r\n" }, { data: DATA });
		await h.services.writer.append("Notes/Long.md", "- added", "append");
		expect(h.text("Notes/Long.md")).toBe("Text\n\n- added");
		await h.services.writer.append("Notes/Crlf.md", "- a\n- b", "append");
		expect(h.text("Notes/Crlf.md")).toBe("One\r\nTwo\r\n\r\n- a\r\n- b");
	});

	it("the kind chosen is the kind written and read: #event-day in the words is no event", async () => {
		const h = await startPlugin({ "People/Ann Lee.md": "---\ncadence: 30\n---\n" }, { data: DATA });
		await h.services.writer.logInteraction({ paths: ["People/Ann Lee.md"], date: "2026-11-30", kind: "call", note: "planned the #event-day" });
		const state = h.services.index.current;
		const logs = state.kind === "ready" ? state.index.interactions("People/Ann Lee.md").filter((i) => i.source === "log") : [];
		expect(logs.map((l) => [l.kind, l.kinds])).toEqual([["call", undefined]]);
	});

	it("two quick actions on one note (log, then snooze) undo one after the other", async () => {
		const text = "---\ncadence: 30\n---\n";
		const h = await startPlugin({ "People/Ann Lee.md": text }, { data: DATA });
		const ann = () => h.services.ctx.personView("People/Ann Lee.md");
		await h.services.actions.logToday(ann() as never);
		const logUndo = lastUndoButton();
		await h.services.actions.snooze(ann() as never, "2026-12-07");
		const both = h.text("People/Ann Lee.md");
		expect(both).toContain("snooze-until: 2026-12-07");
		// The log's own Undo waits for the later snooze (it never undoes what was not asked for).
		logUndo();
		await settle();
		expect(h.notices().at(-1)).toBe("Undo \"snooze until 2026-12-07\" first: it came after \"log interaction\".");
		expect(h.text("People/Ann Lee.md")).toBe(both);
		lastUndoButton()();
		await settle();
		expect(h.notices().at(-1)).toMatch(/^Undone: snooze until 2026-12-07/);
		expect(h.text("People/Ann Lee.md")).not.toContain("snooze-until");
		await h.run("undo");
		expect(h.notices().at(-1)).toMatch(/^Undone: log interaction/);
		expect(h.text("People/Ann Lee.md")).toBe(text);
	});
});

describe("a log line's kinds are all its kind tags", () => {
	it.each([
		["sent the posting #gave #message", ["gave", "message"]],
		["#message then #gave", ["message", "gave"]],
		["planned the #event-day #call", ["call"]],
		["#events and #calls are other tags", []],
		["#Met at #MEETING #met", ["meet"]],
		["#msg #give #ask", ["message", "gave", "asked"]],
		["#call/work is a nested tag", []],
	])("%j → %j", (text, kinds) => expect(kindsOf(text)).toEqual(kinds));
});
