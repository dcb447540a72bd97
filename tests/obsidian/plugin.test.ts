// @vitest-environment happy-dom
// Integration: the real plugin, through a fake Obsidian that stores real text.
import { networkHealth, problems } from "../../src/core/network";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../src/core/settings";
import { get } from "svelte/store";
import { describe, expect, it, vi } from "vitest";
import { PeopleIndex } from "../../src/core/people-index";
import { lastUndoButton, settle, startPlugin } from "./harness";

const VAULT = {
	"People/Sam Rivera.md": "---\ntier: close\naliases: [Sammy]\n---\n# Sam\n\nMet at a meetup.\n",
	"People/Ana Lima.md": "---\ncadence: 2w\nlast_chat: 2026-11-25\ncompany: Contoso # keep this comment\n---\nNotes.\n\n## Interactions\n\n- 2026-11-25 coffee #meet\n",
	"People/Bo Chen.md": "---\ncadence: weekly\n---\n",
	"Daily/2026-10-01.md": "Lunch with [[Sammy]].\n",
	"Notes/Plain.md": "Nothing here.\n",
};
const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" };

describe("the plugin in a fake Obsidian", () => {
	it("does no indexing in onload; builds from metadataCache once the layout is ready", async () => {
		const h = await startPlugin(VAULT, { data: DATA, ready: false });
		expect(h.services.index.current.kind).toBe("loading");
		expect(h.app.vault.reads).toBe(0);
		h.app.workspace.fireLayoutReady();
		await settle();
		const status = h.services.index.status();
		expect(status).toMatchObject({ people: 3, datedNotes: 1, problems: 0 });
		expect(status.buildMs).not.toBeNull();
		// Today's health trend was prepared with the build (in slices), and matches a fresh computation.
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("not ready");
		expect(h.services.index.healthTrend(state.index, "2026-11-30")).toEqual(networkHealth(state.index, "2026-11-30"));
		// Only person notes are read (for their log lines); daily notes never are.
		expect(h.app.vault.reads).toBe(3);
	});

	it("builds in slices, and edits made while it builds are not lost", async () => {
		const notes: Record<string, string> = { ...VAULT };
		for (let i = 0; i < 400; i++) notes[`Notes/Filler ${i}.md`] = `Filler ${i} mentions [[Bo Chen]] in passing.\n`;
		const h = await startPlugin(notes, { data: DATA, ready: false, sliceMs: 0 });
		h.app.workspace.fireLayoutReady();
		// Give the build a few turns, then edit while it is still running.
		for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
		expect(h.services.index.current.kind).toBe("loading");
		await h.app.vault.create("Daily/2026-11-29.md", "Coffee with [[Sam Rivera]]\n");
		await h.app.vault.delete(h.file("People/Bo Chen.md"));
		for (let i = 0; i < 40 && h.services.index.current.kind !== "ready"; i++) await settle();
		await settle();
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("the build never finished");
		expect(state.index.person("People/Sam Rivera.md", "2026-11-30")?.lastContact).toMatchObject({ date: "2026-11-29", source: "dated-note" });
		expect(state.index.has("People/Bo Chen.md")).toBe(false);
		expect(h.services.index.status().longestSliceMs).not.toBeNull();
		// The health trend prepared with the build predates those edits: it is dropped, and what is shown is fresh.
		expect(h.services.index.healthTrend(state.index, "2026-11-30")).toEqual(networkHealth(state.index, "2026-11-30"));
	});

	it("a build that fails says so, and holds nothing back: the next rebuild sees every edit", async () => {
		const spy = vi.spyOn(PeopleIndex, "buildSteps").mockImplementationOnce(() => {
			throw new Error("simulated failure");
		});
		const h = await startPlugin(VAULT, { data: DATA, ready: false });
		const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
		h.app.workspace.fireLayoutReady();
		await settle();
		expect(h.services.index.current.kind).toBe("loading");
		expect(h.notices().some((n) => n.startsWith("Ascent could not build its index: simulated failure."))).toBe(true);
		await h.app.vault.create("Daily/2026-11-29.md", "Coffee with [[Sam Rivera]]\n");
		await h.run("rebuild-index");
		await settle();
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("the rebuild did not finish");
		expect(state.index.person("People/Sam Rivera.md", "2026-11-30")?.lastContact?.date).toBe("2026-11-29");
		spy.mockRestore();
		errors.mockRestore();
	});

	it("a new day: statuses move on, prepared in slices, with that day's health trend", async () => {
		const h = await startPlugin(VAULT, { data: DATA, sliceMs: 0 });
		h.services.ui.refresh();
		const ana = () => get(h.services.ui.data).people.find((p) => p.name === "Ana Lima");
		expect(ana()?.status).toBe("ok");
		h.setNow("2026-12-20T00:01:00");
		h.services.ui.tick();
		for (let i = 0; i < 20 && get(h.services.ui.data).today !== "2026-12-20"; i++) await settle();
		expect(get(h.services.ui.data).today).toBe("2026-12-20");
		expect(ana()?.status).toBe("overdue");
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("not ready");
		expect(h.services.index.healthTrend(state.index, "2026-12-20")).toEqual(networkHealth(state.index, "2026-12-20"));
	});

	it("follows an edited daily note: the person's status changes", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const sam = () => h.services.index.current.kind === "ready" ? h.services.ctx.activePerson() : null;
		h.app.workspace.activeFile = h.file("People/Sam Rivera.md");
		expect(sam()?.status).toBe("overdue");
		await h.app.vault.create("Daily/2026-11-29.md", "Coffee with [[Sam Rivera]]\n");
		await settle();
		expect(sam()).toMatchObject({ status: "ok", lastContact: { date: "2026-11-29", source: "dated-note" } });
		await h.app.vault.modify(h.file("Daily/2026-11-29.md"), "- [ ] coffee with [[Sam Rivera]]\n");
		expect(sam()?.status).toBe("overdue");
		expect(h.fakePlugin.statusBarItems[0]?.text).toMatch(/^\d+ to reach out$/);
	});

	it("log contact today: writes the property and a log line, and undo restores the exact text", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const before = h.text("People/Sam Rivera.md");
		h.app.workspace.activeFile = h.file("People/Sam Rivera.md");
		expect(await h.run("log-contact-today")).toBe(true);
		const after = h.text("People/Sam Rivera.md") ?? "";
		expect(after).toMatch(/^---\ntier: close\naliases:\n {2}- Sammy\nlast-contact: 2026-11-30\n---\n/);
		expect(after).toContain("# Sam\n\nMet at a meetup.\n");
		expect(after).toMatch(/## Interactions\n\n- 2026-11-30\n/);
		expect(h.services.ctx.activePerson()?.status).toBe("ok");
		expect(h.notices().at(-1)).toMatch(/Logged contact with Sam Rivera today/);
		lastUndoButton()();
		await settle();
		expect(h.text("People/Sam Rivera.md")).toBe(before);
		expect(h.services.ctx.activePerson()?.status).toBe("overdue");
		await h.run("redo");
		expect(h.text("People/Sam Rivera.md")).toBe(after);
	});

	it("updates the key a note already uses, and never moves last contact backwards", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.services.writer.logInteraction({ paths: ["People/Ana Lima.md"], date: "2026-11-20", kind: "call", note: "old call" });
		const text = h.text("People/Ana Lima.md") ?? "";
		expect(text).toContain("last_chat: 2026-11-25");
		expect(text).not.toContain("last-contact");
		expect(text).toContain("company: Contoso");
		expect(text).toMatch(/## Interactions\n\n- 2026-11-20 old call #call\n- 2026-11-25 coffee #meet\n/);
		await h.services.writer.logInteraction({ paths: ["People/Ana Lima.md"], date: "2026-11-29", kind: "meet", note: "" });
		expect(h.text("People/Ana Lima.md")).toContain("last_chat: 2026-11-29");
		// What is written is read back: the log lines are interactions of the right kinds.
		const state = h.services.index.current;
		const kinds = state.kind === "ready" ? state.index.interactions("People/Ana Lima.md").filter((i) => i.source === "log").map((i) => i.kind) : [];
		expect(kinds).toEqual(["meet", "meet", "call"]);
	});

	it("a bulk log over several people is one undo step", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		const paths = ["People/Sam Rivera.md", "People/Ana Lima.md", "People/Bo Chen.md"];
		const before = paths.map((p) => h.text(p));
		await h.run("log-interaction");
		const modal = h.app.lastModal as { onSubmit: (r: unknown) => void };
		modal.onSubmit({ paths, date: "2026-11-30", kind: "event", note: "team offsite" });
		await settle();
		expect(paths.every((p) => h.text(p)?.includes("- 2026-11-30 team offsite #event"))).toBe(true);
		await h.run("undo");
		expect(paths.map((p) => h.text(p))).toEqual(before);
		expect(h.services.history.canUndo).toBe(false);
	});

	it("undo declines when the note changed since Ascent wrote it, and keeps the user's edit", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.services.writer.snooze("People/Bo Chen.md", "2026-12-14");
		await h.app.vault.process(h.file("People/Bo Chen.md"), (t) => `${t}My own line\n`);
		const edited = h.text("People/Bo Chen.md");
		const result = await h.services.ctx.undo();
		expect(result).toMatchObject({ ok: false });
		expect(h.notices().at(-1)).toMatch(/was edited since; your edit is kept/);
		expect(h.text("People/Bo Chen.md")).toBe(edited);
	});

	it("snooze, cadence/tier and pause commands write what they say", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.app.workspace.activeFile = h.file("People/Bo Chen.md");
		await h.run("snooze-person");
		const snooze = h.app.lastModal as { getSuggestions: (q: string) => { label: string; run: () => void }[] };
		snooze.getSuggestions("2 weeks")[0]?.run();
		await settle();
		expect(h.text("People/Bo Chen.md")).toContain("snooze-until: 2026-12-14");
		expect(h.services.ctx.activePerson()?.status).toBe("snoozed");

		await h.run("set-cadence-or-tier");
		const tiers = h.app.lastModal as typeof snooze;
		tiers.getSuggestions("inner")[0]?.run();
		await settle();
		expect(h.text("People/Bo Chen.md")).toContain("tier: inner-circle");

		await h.run("toggle-pause");
		expect(h.text("People/Bo Chen.md")).toContain("paused: true");
		expect(h.services.ctx.activePerson()?.status).toBe("paused");
		await h.run("toggle-pause");
		expect(h.text("People/Bo Chen.md")).not.toContain("paused");
	});

	it("commands about 'this person' are only offered on a person's note", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.app.workspace.activeFile = h.file("Notes/Plain.md");
		for (const id of ["log-contact-today", "snooze-person", "set-cadence-or-tier", "toggle-pause"]) {
			expect(h.app.commands.get(id)?.checkCallback?.(true)).toBe(false);
		}
		h.app.workspace.activeFile = h.file("People/Bo Chen.md");
		expect(h.app.commands.get("log-contact-today")?.checkCallback?.(true)).toBe(true);
	});

	it("registers every command without default hotkeys and without the plugin id", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		expect([...h.app.commands.keys()].sort()).toEqual([
			"add-person", "add-reach-out-list", "export-vcard", "import-contacts", "insert-attention-list", "jump-to-person", "log-contact-today",
			"log-interaction", "open-contact-calendar", "open-sidebar", "rebuild-index", "redo", "set-cadence-or-tier", "show-goals",
			"snooze-person", "toggle-pause", "triage", "undo", "who-needs-attention",
		]);
		for (const command of h.app.commands.values()) {
			expect(command.hotkeys).toBeUndefined();
			expect(command.id).not.toMatch(/ascent/);
		}
	});

	it("who needs attention, jump to person, open sidebar, rebuild and insert list", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("who-needs-attention");
		const attention = h.app.lastModal as { getSuggestions: (q: string) => { name: string }[]; onChooseSuggestion: (p: unknown) => void };
		expect(attention.getSuggestions("").map((p) => p.name)).toEqual(["Sam Rivera", "Bo Chen"]);
		attention.onChooseSuggestion(attention.getSuggestions("sam")[0]);
		const actions = h.app.lastModal as { getSuggestions: (q: string) => { label: string; run: () => void }[] };
		actions.getSuggestions("open")[0]?.run();
		await settle();
		expect(h.app.workspace.opened.at(-1)).toBe("People/Sam Rivera.md");

		await h.run("jump-to-person");
		const picker = h.app.lastModal as { getItems: () => { path: string }[]; onChooseItem: (p: unknown) => void };
		picker.onChooseItem(picker.getItems().find((p) => p.path === "People/Bo Chen.md"));
		await settle();
		expect(h.app.workspace.opened.at(-1)).toBe("People/Bo Chen.md");

		await h.run("open-sidebar");
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(1);
		await h.run("open-sidebar");
		expect(h.app.workspace.getLeavesOfType("ascent-sidebar")).toHaveLength(1);

		await h.run("rebuild-index");
		expect(h.notices().at(-1)).toBe("Ascent found 3 people.");

		h.app.workspace.activeFile = h.file("Notes/Plain.md");
		await h.run("insert-attention-list");
		expect(h.text("Notes/Plain.md")).toMatch(/^Nothing here\.\n\n## Reach out \(2026-11-30\)\n\n- \[ \] \[\[Sam Rivera\]\] — overdue/);
		await h.run("undo");
		expect(h.text("Notes/Plain.md")).toBe("Nothing here.\n");
	});

	it("add person: a note from the template in the first people folder, undoable", async () => {
		const h = await startPlugin({ ...VAULT, "Templates/Person.md": "---\nmet: \"{{date}}\"\n---\n# {{title}}\n" }, { data: { ...DATA, personTemplate: "Templates/Person.md" } });
		const path = await h.services.actions.addPerson("Dana Kim", "close");
		expect(path).toBe("People/Dana Kim.md");
		// The template's own formatting is kept (its quotes too); only the tier is added.
		expect(h.text("People/Dana Kim.md")).toBe("---\nmet: \"2026-11-30\"\ntier: close\n---\n# Dana Kim\n");
		expect(h.services.index.status().people).toBe(4);
		await h.run("undo");
		expect(h.text("People/Dana Kim.md")).toBeUndefined();
		expect(h.services.index.status().people).toBe(3);
		await h.run("add-person");
		expect(h.app.lastModal).not.toBeNull();
	});

	it("follows renames and deletes of people", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.app.vault.rename(h.file("People/Sam Rivera.md"), "People/Samuel Rivera.md");
		await settle();
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("not ready");
		expect(state.index.has("People/Sam Rivera.md")).toBe(false);
		// The daily note linked the alias, which moved with the note.
		expect(state.index.person("People/Samuel Rivera.md", "2026-11-30")?.lastContact?.date).toBe("2026-10-01");
		await h.app.vault.delete(h.file("People/Bo Chen.md"));
		expect(h.services.index.status().people).toBe(2);
	});

	it("a settings change rebuilds the index once, without a restart", async () => {
		const h = await startPlugin({ ...VAULT, "Network/Eve.md": "---\ncadence: 30\n---\n" }, { data: DATA });
		expect(h.services.index.status().people).toBe(3);
		await h.services.store.update((s) => (s.personFolders = ["People", "Network"]));
		await settle();
		expect(h.services.index.status().people).toBe(4);
		const saved = JSON.parse(await h.app.vault.adapter.read(".obsidian/plugins/ascent/data.json")) as { personFolders: string[] };
		expect(saved.personFolders).toEqual(["People", "Network"]);
	});

	it("a malformed note shows up as a problem while everyone else stays indexed", async () => {
		const h = await startPlugin({ ...VAULT, "People/Broken.md": "---\ncadence: [oops\n---\n" }, { data: DATA });
		const state = h.services.index.current;
		if (state.kind !== "ready") throw new Error("not ready");
		expect(problems(state.index, "2026-11-30")).toMatchObject([{ path: "People/Broken.md", field: "frontmatter" }]);
		expect(h.services.index.status().people).toBe(4);
	});

	it("settings: defaults for missing keys, unknown keys kept, a bad file backed up with a notice", async () => {
		const h = await startPlugin(VAULT, { data: { dueSoonDays: "soon", futureOption: 1, ...DATA } });
		expect(h.services.store.settings.dueSoonDays).toBe(7);
		expect(h.notices()[0]).toMatch(/dueSoonDays/);
		expect(await h.app.vault.adapter.exists(".obsidian/plugins/ascent/data.json.bak")).toBe(true);
		await h.services.store.update((s) => (s.dueSoonDays = 3));
		const saved = JSON.parse(await h.app.vault.adapter.read(".obsidian/plugins/ascent/data.json")) as Record<string, unknown>;
		expect(saved).toMatchObject({ futureOption: 1, dueSoonDays: 3, version: SETTINGS_VERSION });
		const corrupt = await startPlugin(VAULT, { data: "{not json" });
		expect(corrupt.services.store.settings.personFolders).toEqual(DEFAULT_SETTINGS.personFolders);
	});

	it("unloading releases every event handler", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		expect(h.app.metadataCache.listenerCount("changed")).toBe(1);
		h.fakePlugin.unload();
		expect(h.app.metadataCache.listenerCount("changed")).toBe(0);
		expect(h.app.vault.listenerCount("rename")).toBe(0);
	});
});
