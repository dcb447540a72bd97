// @vitest-environment happy-dom
// Integration: what a user does to people (log, snooze, cadence, pause, add, the palette), through the real plugin
// in a fake Obsidian that stores real text.
import { ChoiceModal, LogModal } from "../../src/obsidian/modals";
import { moment } from "../fake-obsidian";
import { describe, expect, it } from "vitest";
import { lastUndoButton, settle, startPlugin, modalOf } from "./harness";
import { DATA, VAULT } from "./vault";

describe("person actions and commands in a fake Obsidian", () => {
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
		const modal = modalOf(h.app, LogModal);
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
		const snooze = modalOf(h.app, ChoiceModal);
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
			"add-person", "add-reach-out-list", "export-vcard", "import-contacts", "import-events", "insert-attention-list", "jump-to-person", "log-contact-today",
			"log-interaction", "open-contact-calendar", "open-sidebar", "prepare-to-reach-out", "rebuild-index", "reconnect", "redo", "set-cadence-or-tier", "show-goals",
			"snooze-person", "suggest-introduction", "toggle-pause", "triage", "undo", "who-needs-attention", "whos-in",
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
		const actions = modalOf(h.app, ChoiceModal);
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
		expect(h.text("Notes/Plain.md")).toMatch(/^Nothing here\.\n\n## Needs attention \(2026-11-30\)\n\n- \[ \] \[\[Sam Rivera\]\] — overdue/);
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
	it("add person: a template written for Templater is run by Templater when it is on; the tier is added and one undo removes the note", async () => {
		const template = "---\ncreated: <% tp.date.now() %>\ntype: person\n---\n# <% tp.file.title %>\n";
		const h = await startPlugin({ ...VAULT, "Templates/Person.md": template }, { data: { ...DATA, personTemplate: "Templates/Person.md" } });
		const calls: unknown[][] = [];
		const app = h.app as unknown as { plugins: unknown };
		app.plugins = {
			enabledPlugins: new Set(["templater-obsidian"]),
			plugins: {
				"templater-obsidian": {
					templater: {
						// What Templater does: the commands run, a new note in the folder.
						create_new_note_from_template: async (file: { path: string }, folder: string, name: string, open: boolean) => {
							calls.push([file.path, folder, name, open]);
							return h.app.vault.create(`${folder}/${name}.md`, `---\ncreated: 2026-11-30\ntype: person\n---\n# ${name}\n`);
						},
					},
				},
			},
		};
		const path = await h.services.actions.addPerson("Dana Kim", "close");
		expect(calls).toEqual([["Templates/Person.md", "People", "Dana Kim", false]]);
		expect(path).toBe("People/Dana Kim.md");
		expect(h.text("People/Dana Kim.md")).toBe("---\ncreated: 2026-11-30\ntype: person\ntier: close\n---\n# Dana Kim\n");
		await h.run("undo");
		expect(h.text("People/Dana Kim.md")).toBeUndefined();
		// Templater turned off: Ascent fills the template itself (its {{…}} placeholders; <% %> stays as written).
		(app.plugins as { enabledPlugins: Set<string> }).enabledPlugins.clear();
		await h.services.actions.addPerson("Eve Moss");
		expect(calls).toHaveLength(1);
		expect(h.text("People/Eve Moss.md")).toContain("# <% tp.file.title %>");
	});

	it("add person: {{date:FORMAT}} and {{time}} are filled by Obsidian's moment, as the Templates plugin fills them", async () => {
		const template = "---\nadded: \"{{date:YYYY-MM-DD HH:mm}}\"\n---\n# {{title}}\nWeek {{date:W}}, {{time}}.\n";
		const h = await startPlugin({ ...VAULT, "Templates/Person.md": template }, { data: { ...DATA, personTemplate: "Templates/Person.md" } });
		const before = new Date();
		await h.services.actions.addPerson("Dana Kim", "close");
		const text = h.text("People/Dana Kim.md") ?? "";
		expect(text).toMatch(/^---\nadded: "\d{4}-\d{2}-\d{2} \d{2}:\d{2}"\ntier: close\n---\n# Dana Kim\nWeek \d{1,2}, \d{2}:\d{2}\.\n$/);
		expect(text).toContain(`added: "${moment(before).format("YYYY-MM-DD")}`);
	});
});
