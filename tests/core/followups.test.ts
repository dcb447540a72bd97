import { describe, expect, it } from "vitest";
import { buildIndex, note } from "../helpers";

describe("follow-ups", () => {
	// Built inside each test, not when the file is read: mutation testing switches a mutant on only inside tests.
	const index = () => buildIndex({
		"People/Sam.md": "---\ncadence: 30\n---\n## Follow-ups\n\n- [ ] ask about a referral\n- [x] sent the video\n- [/] half done\n",
		"People/Ana.md": "---\ncadence: 30\n---\n",
		"Daily/2026-11-20.md": "- [ ] intro [[Sam]] to [[Ana]]\n- [x] called [[Ana]]\n- [ ] [[Nobody]]\n",
		"Daily/2026-11-24.md": "- [ ] send [[Sam]] the deck\n",
	});

	it("are the open tasks in the person's note, then open tasks elsewhere that link them, newest note first", () => {
		expect(index().followUps("People/Sam.md")).toEqual([
			{ path: "People/Sam.md", line: 5, text: "ask about a referral" },
			{ path: "Daily/2026-11-24.md", line: 0, text: "send [[Sam]] the deck" },
			{ path: "Daily/2026-11-20.md", line: 0, text: "intro [[Sam]] to [[Ana]]" },
		]);
		expect(index().followUps("People/Ana.md")).toEqual([{ path: "Daily/2026-11-20.md", line: 0, text: "intro [[Sam]] to [[Ana]]" }]);
		expect(index().person("People/Ana.md", "2026-11-30")?.lastContact?.date).toBe("2026-11-20");
	});

	it("follow the notes: ticking the task removes it", () => {
		const changed = index();
		changed.upsert(note("Daily/2026-11-24.md", "- [x] send [[Sam]] the deck\n"));
		expect(changed.followUps("People/Sam.md").map((f) => f.path)).toEqual(["People/Sam.md", "Daily/2026-11-20.md"]);
		expect(changed.person("People/Sam.md", "2026-11-30")?.lastContact?.date).toBe("2026-11-24");
	});
});
