// @vitest-environment happy-dom
// The public API and the obsidian://ascent addresses, through the real plugin in the fake app.
import { get } from "svelte/store";
import { describe, expect, it } from "vitest";
import { API_VERSION, type AscentApi } from "../../src/obsidian/api";
import { settle, startPlugin } from "./harness";

const VAULT = {
	"People/Sam Rivera.md": "---\ntier: close\nlast-contact: 2026-10-01\naliases: [Sammy]\n---\n",
	"People/Ana Lima.md": "---\ncadence: 2w\nlast-contact: 2026-11-25\n---\n",
	"Notes/Plain.md": "Nothing here.\n",
};
const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" };

describe("the public API", () => {
	it("is announced with the ascent-api event once the index is ready, and sits on the plugin", async () => {
		const h = await startPlugin(VAULT, { data: DATA, ready: false });
		const heard: AscentApi[] = [];
		h.app.workspace.on("ascent-api", (api: AscentApi) => heard.push(api));
		expect(h.plugin.api?.ready()).toBe(false);
		expect(h.plugin.api?.people()).toEqual([]);
		h.app.workspace.fireLayoutReady();
		await settle();
		expect(heard).toHaveLength(1);
		expect(heard[0]).toBe(h.plugin.api);
		expect(heard[0]?.version).toBe(API_VERSION);
		expect(heard[0]?.ready()).toBe(true);
	});

	it("reads people, who needs attention (on any date) and goals as plain data", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const api = h.plugin.api as AscentApi;
		expect(api.people().map((p) => p.name)).toEqual(["Ana Lima", "Sam Rivera"]);
		expect(api.person("People/Sam Rivera.md")).toMatchObject({ name: "Sam Rivera", status: "overdue", tier: "close", lastContact: "2026-10-01", cadenceDays: 30 });
		expect(api.person("People/Nobody.md")).toBeNull();
		expect(api.attention().map((p) => p.name)).toEqual(["Sam Rivera"]);
		expect(api.attention("2026-12-20").map((p) => p.name)).toEqual(["Sam Rivera", "Ana Lima"]);
		expect(api.attention("not a date")).toEqual([]);
		expect(api.goals().length).toBeGreaterThan(0);
		// Plain data: changing what the API gave changes nothing in Ascent.
		api.person("People/Sam Rivera.md")?.goals.push("x");
		expect(api.person("People/Sam Rivera.md")?.goals).toEqual([]);
	});

	it("logContact writes as the sidebar does (undoable), refuses what it cannot write with a notice, and onChange hears it", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const api = h.plugin.api as AscentApi;
		let changes = 0;
		const stop = api.onChange(() => changes++);
		expect(await api.logContact("People/Sam Rivera.md", { kind: "call", note: "about the offer", date: "2026-11-28" })).toBe(true);
		await settle();
		expect(h.text("People/Sam Rivera.md")).toContain("last-contact: 2026-11-28");
		expect(h.text("People/Sam Rivera.md")).toContain("- 2026-11-28 about the offer #call");
		expect(changes).toBeGreaterThan(0);
		for (const [path, options, notice] of [
			["People/Nobody.md", {}, "Ascent knows no person at People/Nobody.md."],
			["People/Ana Lima.md", { kind: "lunch" }, "\"lunch\" is not a kind of contact; use call, meet, message, event, gave, asked, intro, other."],
			["People/Ana Lima.md", { date: "2026-12-24" }, "2026-12-24 is in the future; a contact is logged once it happened."],
			["People/Ana Lima.md", { date: "yesterday" }, "\"yesterday\" is not a date; write YYYY-MM-DD."],
			["People/Ana Lima.md", { note: "two\nlines" }, "A note must be one line."],
		] as const) {
			expect(await api.logContact(path, options)).toBe(false);
			expect(h.notices().at(-1)).toBe(notice);
		}
		expect(h.text("People/Ana Lima.md")).toBe(VAULT["People/Ana Lima.md"]);
		stop();
		const before = changes;
		await api.logContact("People/Ana Lima.md");
		await settle();
		expect(changes).toBe(before);
		await h.run("undo");
		expect(h.text("People/Ana Lima.md")).toBe(VAULT["People/Ana Lima.md"]);
	});
});

describe("obsidian://ascent addresses", () => {
	it("log a call in one tap, by path or by name; open the note; show the card; a bad parameter writes nothing", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const handler = (action: string) => h.fakePlugin.protocolHandlers.get(action) as (p: Record<string, string>) => void;
		handler("ascent-log")({ action: "ascent-log", person: "Sammy", kind: "call", note: "quick catch-up" });
		await settle();
		expect(h.text("People/Sam Rivera.md")).toContain("- 2026-11-30 quick catch-up #call");
		// Where Obsidian passes the link's own action through, ascent?action=log does the same.
		handler("ascent")({ action: "log", person: "People/Ana Lima", kind: "message" });
		await settle();
		expect(h.text("People/Ana Lima.md")).toContain("- 2026-11-30 #message");
		handler("ascent-open")({ action: "ascent-open", person: "People/Sam Rivera.md" });
		await settle();
		expect(h.app.workspace.opened.at(-1)).toBe("People/Sam Rivera.md");
		handler("ascent")({ action: "ascent", person: "People/Sam Rivera.md" });
		expect(get(h.services.card.card)?.person.path).toBe("People/Sam Rivera.md");
		const before = { sam: h.text("People/Sam Rivera.md"), ana: h.text("People/Ana Lima.md") };
		handler("ascent-log")({ action: "ascent-log", person: "Nobody" });
		expect(h.notices().at(-1)).toBe("Ascent knows no person called Nobody.");
		handler("ascent-log")({ action: "ascent-log", person: "Sammy", kind: "dance" });
		await settle();
		expect(h.notices().at(-1)).toMatch(/^"dance" is not a kind of contact/);
		handler("ascent")({ action: "delete", person: "Sammy" });
		expect(h.notices().at(-1)).toBe("\"delete\" is not an Ascent action; use log, open or card.");
		expect({ sam: h.text("People/Sam Rivera.md"), ana: h.text("People/Ana Lima.md") }).toEqual(before);
	});
});
