// @vitest-environment happy-dom
// Integration: the plugin's lifecycle, its live index and its settings, through a fake Obsidian that stores real text.
import { problems } from "../../src/core/network";
import { networkHealth } from "../../src/core/health-trend";
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from "../../src/core/settings";
import { get } from "svelte/store";
import { describe, expect, it, vi } from "vitest";
import { PeopleIndex } from "../../src/core/people-index";
import { settle, startPlugin } from "./harness";
import { DATA, VAULT } from "./vault";

describe("the plugin in a fake Obsidian: lifecycle, the index, settings", () => {
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
		expect(h.fakePlugin.statusBarItems[0]?.text).toMatch(/^\d+ needs? attention$/);
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
