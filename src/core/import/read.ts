// Which export a file is, by its name and first lines: vCard, LinkedIn's Connections.csv, or Google Contacts.
import type { Contact, ImportProblem } from "./contacts";
import { parseGoogle, parseLinkedIn } from "./csv";
import { parseVCards } from "./vcard";

export function readContacts(file: string, text: string): { contacts: Contact[]; problems: ImportProblem[]; format: string } {
	const name = file.slice(file.replace(/\\/g, "/").lastIndexOf("/") + 1);
	if (/\.(vcf|vcard)$/i.test(file) || /^\s*BEGIN:VCARD/i.test(text)) return { ...parseVCards(text, name), format: "vCard" };
	if (/^"?First Name"?,.*Connected On/im.test(text)) return { ...parseLinkedIn(text, name), format: "LinkedIn" };
	return { ...parseGoogle(text, name), format: "Google Contacts" };
}
