// The small vault the plugin suites share: three people (one by alias), a daily note, a plain note.
export const VAULT = {
	"People/Sam Rivera.md": "---\ntier: close\naliases: [Sammy]\n---\n# Sam\n\nMet at a meetup.\n",
	"People/Ana Lima.md": "---\ncadence: 2w\nlast_chat: 2026-11-25\ncompany: Contoso # keep this comment\n---\nNotes.\n\n## Interactions\n\n- 2026-11-25 coffee #meet\n",
	"People/Bo Chen.md": "---\ncadence: weekly\n---\n",
	"Daily/2026-10-01.md": "Lunch with [[Sammy]].\n",
	"Notes/Plain.md": "Nothing here.\n",
};
export const DATA = { dailyNotesFolder: "Daily", dailyNotesFormat: "YYYY-MM-DD" };
