// @vitest-environment happy-dom
// The Tasks plugin's dates: a done date when a follow-up is ticked, a due date on reach-out items, when Tasks is on.
import { describe, expect, it } from "vitest";
import { withDoneDate } from "../../src/obsidian/writes";
import { settle, startPlugin } from "./harness";

const VAULT = {
	"People/Ana Lima.md": "---\ncadence: 14\nlast-contact: 2026-11-01\n---\n\n- [ ] send the deck 📅 2026-12-01 ^deck\n- [ ] ask about Lisbon\n",
};
const TASKS_ON = { ".obsidian/community-plugins.json": JSON.stringify(["obsidian-tasks-plugin"]) };

describe("Tasks plugin dates", () => {
	it.each([
		["send the deck", "send the deck ✅ 2026-11-30"],
		["send the deck 📅 2026-12-01 ^deck", "send the deck 📅 2026-12-01 ✅ 2026-11-30 ^deck"],
		["ask about Lisbon   ", "ask about Lisbon ✅ 2026-11-30"],
	])("%j → %j", (rest, done) => {
		expect(withDoneDate(` ${rest}`, "2026-11-30")).toBe(` ${done}`);
	});

	it("with Tasks on, ticking a follow-up adds the done date as Tasks does; one undo takes both back", async () => {
		const h = await startPlugin(VAULT, { config: TASKS_ON });
		h.services.ui.actions().completeFollowUp("People/Ana Lima.md", 5, "send the deck 📅 2026-12-01 ^deck");
		await settle();
		expect(h.text("People/Ana Lima.md")).toContain("- [x] send the deck 📅 2026-12-01 ✅ 2026-11-30 ^deck\n");
		await h.run("undo");
		expect(h.text("People/Ana Lima.md")).toBe(VAULT["People/Ana Lima.md"]);
	});

	it("without Tasks (and the setting off) a tick is only [x]; the setting turns the dates on anywhere", async () => {
		const off = await startPlugin(VAULT, {});
		off.services.ui.actions().completeFollowUp("People/Ana Lima.md", 6, "ask about Lisbon");
		await settle();
		expect(off.text("People/Ana Lima.md")).toContain("- [x] ask about Lisbon\n");
		const forced = await startPlugin(VAULT, { data: { tasksDates: true } });
		forced.services.ui.actions().completeFollowUp("People/Ana Lima.md", 6, "ask about Lisbon");
		await settle();
		expect(forced.text("People/Ana Lima.md")).toContain("- [x] ask about Lisbon ✅ 2026-11-30\n");
	});

	it("with Tasks on, the reach-out list's items are due today, so Tasks' own queries list them", async () => {
		const h = await startPlugin({ ...VAULT, "Daily/2026-11-30.md": "## Log\n" }, { config: TASKS_ON, data: { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" } });
		expect(await h.services.reachOut.addTo("Daily/2026-11-30.md")).toBe(true);
		expect(h.text("Daily/2026-11-30.md")).toBe("## Log\n\n## Reach out\n\n"
			+ "- [ ] [[Ana Lima]] — overdue 2 weeks ([prepare](obsidian://ascent?person=People%2FAna%20Lima.md)) 📅 2026-11-30\n");
	});
});
