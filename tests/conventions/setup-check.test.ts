// @vitest-environment happy-dom
// The setup check on a vault that matches no setting out of the box: what it finds, what each suggestion adds, and
// that using the suggestions makes Ascent read the vault, through the CLI and through the plugin (undoably).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { get } from "svelte/store";
import { run } from "../../src/cli/main";
import { PeopleIndex } from "../../src/core/people-index";
import { applyChange, setupCheck } from "../../src/core/setup-check";
import { readVault } from "../../src/vault/disk";
import { settle, startPlugin } from "../obsidian/harness";
import { readFixture } from "./fixture";

const VAULT = join(__dirname, "../fixtures/conventions/setup-check");
const TODAY = "2026-11-30";

describe("the setup check on a vault nobody configured", () => {
	it("suggests each setting that reads more, most notes first, with how many it adds", async () => {
		const vault = await readVault(VAULT);
		const report = setupCheck({ records: vault.records, settings: vault.indexSettings, dailyNotes: vault.dailyNotes, dailyNotesConfigured: false });
		expect(report.people).toBe(0);
		expect(report.suggestions.map((s) => [s.text, s.change])).toEqual([
			["2 notes in 20 Network", { kind: "add-folder", folder: "20 Network" }],
			["2 dated notes link people under \"attendee\"", { kind: "add-contact-key", key: "attendee" }],
			["1 note with kind: contact", { kind: "add-marker", key: "kind", value: "contact" }],
			["1 note tagged #crm", { kind: "add-tag", tag: "crm" }],
		]);
		// `author:` is a reference, and a company is no person: neither is suggested.
		expect(report.found.map((f) => f.text).join("\n")).not.toMatch(/author|company/);
	});

	it("using every suggestion reads everyone and their contact", async () => {
		const vault = await readVault(VAULT);
		const settings = structuredClone(vault.indexSettings);
		for (const s of setupCheck({ records: vault.records, settings, dailyNotes: vault.dailyNotes, dailyNotesConfigured: false }).suggestions) {
			applyChange(settings, s.change);
		}
		const index = PeopleIndex.build(vault.records, { settings, dailyNotes: vault.dailyNotes });
		const last = (path: string) => index.person(path, TODAY)?.lastContact?.date ?? null;
		expect(index.personPaths().sort()).toEqual(["20 Network/Alice Moreau.md", "20 Network/Bilal Khan.md", "Notes/Chen Wei.md", "Notes/Dara Quinn.md"]);
		expect([last("20 Network/Alice Moreau.md"), last("20 Network/Bilal Khan.md"), last("Notes/Chen Wei.md"), last("Notes/Dara Quinn.md")])
			.toEqual(["2026-11-02", "2026-11-16", "2026-11-02", null]);
	});

	it("`ascent check` prints it; the report names where it looked", async () => {
		const check = await run(["check", "--vault", VAULT, "--today", TODAY]);
		expect(check.code).toBe(0);
		expect(check.stderr).toBe("");
		expect(check.stdout).toContain("People found: 0");
		expect(check.stdout).toContain("  2 notes in 20 Network: add \"20 Network\" to the people folders\n");
		expect(check.stdout).toContain("No problems.");
		const report = await run(["report", "--vault", VAULT, "--today", TODAY]);
		expect(report.stdout).toContain("No people found. Ascent looks in the folders People, Contacts; the tags #person, #people, #contact;");
		expect(report.stdout).not.toContain("0 people:");
	});

	it("inside Obsidian: the sidebar offers the suggestions, Use this saves one, Undo takes it back", async () => {
		const { notes, config } = readFixture(VAULT);
		const h = await startPlugin(notes, { config, now: TODAY });
		await settle();
		const data = () => get(h.services.ui.data);
		h.services.ui.refresh();
		expect(data().setup?.suggestions.map((s) => s.text)).toEqual([
			"2 notes in 20 Network", "2 dated notes link people under \"attendee\"", "1 note with kind: contact", "1 note tagged #crm",
		]);
		const folder = data().setup?.suggestions[0]?.id ?? "";
		h.services.ui.actions().useSuggestion(folder);
		await settle();
		expect(h.services.store.settings.personFolders).toEqual(["People", "Contacts", "20 Network"]);
		const saved = JSON.parse(await h.app.vault.adapter.read(".obsidian/plugins/ascent/data.json")) as { personFolders: string[] };
		expect(saved.personFolders).toEqual(["People", "Contacts", "20 Network"]);
		await settle();
		expect(h.services.index.status().people).toBe(2);
		h.services.ui.refresh();
		expect(data().setup).toBeNull();
		expect(h.notices().at(-1)).toMatch(/add "20 Network" to the people folders/);
		// With people found, the check runs when asked (the settings tab's Check button): the rest is still offered.
		await h.services.advisor.refresh(true);
		expect(h.services.advisor.report?.suggestions.map((s) => s.text)).toEqual([
			"2 dated notes link people under \"attendee\"", "1 note with kind: contact", "1 note tagged #crm",
		]);
		await h.run("undo");
		await settle();
		expect(h.services.store.settings.personFolders).toEqual(["People", "Contacts"]);
		expect(h.services.index.status().people).toBe(0);
		await h.run("redo");
		expect(h.services.store.settings.personFolders).toEqual(["People", "Contacts", "20 Network"]);
	});
});
