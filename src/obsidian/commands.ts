// Ascent's commands. Ids carry no plugin id; none has a default hotkey.
import { Notice } from "obsidian";
import type { AscentServices } from "./services";

export function registerCommands(s: AscentServices): void {
	const p = s.plugin;
	const withPerson = (run: (person: NonNullable<ReturnType<AscentServices["activePerson"]>>) => void) => (checking: boolean) => {
		const person = s.activePerson();
		if (!person) return false;
		if (!checking) run(person);
		return true;
	};
	p.addCommand({ id: "open-sidebar", name: "Open sidebar", callback: () => void s.openSidebar() });
	p.addCommand({ id: "who-needs-attention", name: "Who needs attention", callback: () => s.openAttention() });
	p.addCommand({ id: "log-interaction", name: "Log interaction…", callback: () => s.openLogModal(s.activePerson() ? [s.activePerson()?.path ?? ""] : []) });
	p.addCommand({ id: "log-contact-today", name: "Log contact with this person today", checkCallback: withPerson((person) => void s.logToday(person)) });
	p.addCommand({ id: "snooze-person", name: "Snooze this person…", checkCallback: withPerson((person) => s.openSnoozeModal(person)) });
	p.addCommand({ id: "set-cadence-or-tier", name: "Set cadence or tier for this person…", checkCallback: withPerson((person) => s.openCadenceModal(person)) });
	p.addCommand({ id: "toggle-pause", name: "Pause / resume this person", checkCallback: withPerson((person) => void s.togglePause(person)) });
	p.addCommand({ id: "triage", name: "Triage untracked people", callback: () => s.openTriage() });
	p.addCommand({ id: "open-contact-calendar", name: "Open contact calendar", callback: () => void s.openCalendar(s.activePerson()?.path ?? null) });
	p.addCommand({ id: "import-contacts", name: "Import contacts…", callback: () => s.contacts.openImport() });
	p.addCommand({ id: "export-vcard", name: "Export people to a contacts file…", callback: () => s.contacts.openExport() });
	p.addCommand({ id: "show-goals", name: "Show networking goals", callback: () => s.showGoals() });
	p.addCommand({ id: "jump-to-person", name: "Jump to person…", callback: () => s.jumpToPerson() });
	p.addCommand({ id: "add-person", name: "Add person…", callback: () => s.openAddPerson() });
	p.addCommand({
		id: "insert-attention-list", name: "Insert attention list into this note",
		checkCallback: (checking) => (checking ? s.app.workspace.getActiveFile() !== null : s.insertAttentionList()),
	});
	p.addCommand({
		id: "rebuild-index", name: "Rebuild index",
		callback: () => void s.index.rebuild().then(() => new Notice(`Ascent found ${s.index.status().people} people.`)),
	});
	p.addCommand({
		id: "add-reach-out-list", name: "Add reach-out list to this note",
		checkCallback: (checking) => {
			const file = s.app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void s.reachOut.addTo(file.path);
			return true;
		},
	});
	p.addCommand({ id: "undo", name: "Undo last change", callback: () => void s.undo() });
	p.addCommand({ id: "redo", name: "Redo", callback: () => void s.redo() });
}
