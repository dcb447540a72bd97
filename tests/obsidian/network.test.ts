// @vitest-environment happy-dom
// Bringing the network in, inside the app: import with a preview and one undo step, vCard export, triage, calendar.
import { TriageModal } from "../../src/obsidian/triage-modal";
import { ChoiceModal, ImportPreviewModal } from "../../src/obsidian/modals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { settle, startPlugin, modalOf } from "./harness";

const FIXTURES = join(__dirname, "../fixtures/import");
const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD", personTemplate: "Templates/Person.md" };
const VAULT = {
	"People/Sam Rivera.md": "---\nrole: Engineer\ntier: close\n---\nBody.\n",
	"People/Uma Reddy.md": "---\ncompany: Alpine\n---\nWants advice on management.\n",
	"People/Kara Novak.md": "---\nsource: import\n---\n",
	"Daily/2026-11-20.md": "- [ ] intro [[Uma Reddy]]\n- [ ] ask [[Uma Reddy]] again\n- [ ] [[Kara Novak]]\n",
	"Daily/2026-11-21.md": "Lunch with [[Sam Rivera]]\n",
	"Templates/Person.md": "# {{title}}\n\nAdded {{date}}.\n",
	"Imports/Connections.csv": readFileSync(join(FIXTURES, "Connections.csv"), "utf8"),
};


describe("import in the app", () => {
	it("pick a file, preview, confirm: notes from the template, fields added, all undone in one step", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("import-contacts");
		const picker = h.app.lastModal as { getItems: () => { path: string }[]; onChooseItem: (f: unknown) => void };
		expect(picker.getItems().map((f) => f.path)).toEqual(["Imports/Connections.csv"]);
		picker.onChooseItem(picker.getItems()[0]);
		await settle();
		const preview = modalOf(h.app, ImportPreviewModal);
		expect(preview.plan(false).creates.map((c) => c.path)).toEqual(["People/José Álvarez.md", "People/Ana Lima.md", "People/Chris Park.md", "People/Alex Kim.md"]);
		// Nothing is written before confirming.
		expect(h.text("People/José Álvarez.md")).toBeUndefined();
		preview.onConfirm(preview.plan(false));
		await settle();
		expect(h.text("People/José Álvarez.md")).toBe(
			"---\nmet: 2022-02-07\nemail: jose@example.com\ncompany: Contoso, Ltd.\nrole: VP Engineering\nurl: https://www.linkedin.com/in/jalvarez\n---\n# José Álvarez\n\nAdded 2026-11-30.\n");
		expect(h.text("People/Sam Rivera.md")).toContain("url: https://www.linkedin.com/in/samrivera");
		expect(h.text("People/Sam Rivera.md")).toContain("role: Engineer");
		expect(h.services.ctx.personView("People/José Álvarez.md")?.status).toBe("untracked");
		await h.run("undo");
		expect(h.text("People/José Álvarez.md")).toBeUndefined();
		expect(h.text("People/Sam Rivera.md")).toBe(VAULT["People/Sam Rivera.md"]);
		expect(h.services.index.status().people).toBe(3);
	});
});

describe("vCard export in the app", () => {
	it("writes a .vcf of everyone, and importing it back changes nothing", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("export-vcard");
		const choices = modalOf(h.app, ChoiceModal);
		choices.getSuggestions("everyone")[0]?.run();
		await settle();
		const path = "Ascent export everyone 2026-11-30.vcf";
		expect(h.text(path)?.match(/BEGIN:VCARD/g)).toHaveLength(3);
		await h.services.contacts.previewImport(h.file(path) as never);
		const preview = modalOf(h.app, ImportPreviewModal);
		expect(preview.plan(false)).toEqual({ creates: [], updates: [], ambiguous: [], duplicates: [], conflicts: [], skipped: [] });
	});

	it("export → import with overwrite → export is byte-identical: tags as written, phone numbers as numbers", async () => {
		const people = {
			"People/Ana Lima.md": "---\ntags: [\"#hash\", Two Words, friends]\nphone: 5550101\nemail: [ana@example.com, a@work.example]\nbirthday: 12-03\ncompany: Contoso, Ltd.\n---\n",
			"People/Bo Chen.md": "---\ntags: crm\nurl: https://bo.example\nrole: Designer\n---\n",
		};
		const h = await startPlugin(people, { data: DATA });
		const vcfs = () => h.app.vault.getFiles().map((f) => f.path).filter((p) => p.endsWith(".vcf"));
		const exportAll = async () => {
			const before = vcfs();
			await h.run("export-vcard");
			(modalOf(h.app, ChoiceModal)).getSuggestions("everyone")[0]?.run();
			await settle();
			return vcfs().find((p) => !before.includes(p)) ?? "";
		};
		const first = await exportAll();
		await h.services.contacts.previewImport(h.file(first) as never);
		const preview = modalOf(h.app, ImportPreviewModal);
		expect(preview.plan(true).updates).toEqual([]);
		preview.onConfirm(preview.plan(true));
		await settle();
		for (const [path, text] of Object.entries(people)) expect(h.text(path)).toBe(text);
		const second = await exportAll();
		expect(second).not.toBe(first);
		expect(h.text(second)).toBe(h.text(first));
	});

	it("a calendar or a nested card in a .vcf is named in the preview, never dropped silently", async () => {
		const vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Outer Person\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Inner\r\nEND:VCARD\r\nEND:VCARD\r\nBEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
		const h = await startPlugin({ ...VAULT, "Imports/odd.vcf": vcf }, { data: DATA });
		await h.services.contacts.previewImport(h.file("Imports/odd.vcf") as never);
		const preview = modalOf(h.app, ImportPreviewModal);
		expect(preview.plan(false).creates.map((c) => c.name)).toEqual(["Outer Person"]);
		expect(preview.problems).toEqual([
			"! odd.vcf card 1: BEGIN = VCARD: holds a nested card, which is skipped; the outer card is read",
			"! odd.vcf item 2: BEGIN = VCALENDAR: is a calendar, not contacts; it is skipped",
		]);
	});
});

describe("triage in the app", () => {
	it("walks untracked people, most mentioned first; each choice is written and undoable", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		await h.run("triage");
		const modal = modalOf(h.app, TriageModal);
		// Each is named in one note (two tasks in one note count once): a tie, by name.
		expect(modal.queue.map((p) => p.name)).toEqual(["Kara Novak", "Uma Reddy"]);
		await modal.choose({ kind: "skip" });
		await modal.choose({ kind: "tier", tier: "close" });
		expect(h.text("People/Uma Reddy.md")).toContain("tier: close");
		expect(h.text("People/Kara Novak.md")).toBe(VAULT["People/Kara Novak.md"]);
		await h.run("undo");
		expect(h.text("People/Uma Reddy.md")).toBe(VAULT["People/Uma Reddy.md"]);
	});
});

describe("contact calendar in the app", () => {
	it("opens on the active person, a year of weeks, hollow where there was no contact", async () => {
		const h = await startPlugin(VAULT, { data: DATA });
		h.app.workspace.activeFile = h.file("People/Sam Rivera.md");
		await h.run("open-contact-calendar");
		const leaf = h.app.workspace.getLeavesOfType("ascent-calendar")[0];
		const el = (leaf?.view as { contentEl: HTMLElement }).contentEl;
		expect(el.querySelectorAll(".ascent-heat-grid .ascent-heat-cell")).toHaveLength(53 * 7);
		expect([...el.querySelectorAll(".ascent-heat-grid .ascent-heat-cell:not(.level-0)")].map((c) => c.getAttribute("title"))).toEqual(["2026-11-21: 1 interaction"]);
		expect(el.querySelector("figure")?.getAttribute("aria-label")).toBe("Contact with Sam Rivera: 1 interactions");
		expect(h.services.actions.contactDays(null)).toEqual(["2026-11-21"]);
	});
});

