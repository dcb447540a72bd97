// What an export file is and how its bytes become text: worked by hand for each encoding and each way a format shows.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/core/import/decode";
import { readContacts } from "../../../src/core/import/read";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("text from bytes nobody said the encoding of", () => {
	it.each([
		["UTF-16 LE by its byte-order mark", bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00), "lenient", { text: "Aé", encoding: "utf-16le" }],
		["UTF-16 BE by its byte-order mark", bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9), "strict", { text: "Aé", encoding: "utf-16be" }],
		["UTF-8 with a byte-order mark, read for import: the mark dropped", bytes(0xef, 0xbb, 0xbf, 0x41), "lenient", { text: "A", encoding: "utf-8" }],
		["UTF-8 with a byte-order mark, read to write back: the mark kept", bytes(0xef, 0xbb, 0xbf, 0x41), "strict", { text: "\uFEFFA", encoding: "utf-8" }],
		["UTF-8 without one", bytes(0x41, 0xc3, 0xa9), "strict", { text: "Aé", encoding: "utf-8" }],
		["not UTF-8, read for import: Windows-1252, said so", bytes(0x41, 0xe9, 0x80), "lenient", {
			text: "Aé€", encoding: "windows-1252", notice: "not UTF-8; read as Windows-1252 (Latin-1). If names look wrong, export the file again as UTF-8",
		}],
		["not UTF-8, read to write back: not read at all", bytes(0x41, 0xe9), "strict", { text: null, encoding: "utf-8" }],
		["a lone 0xFF is no byte-order mark", bytes(0xff), "lenient", { text: "ÿ", encoding: "windows-1252", notice: expect.any(String) as string }],
		["0xFF 0xFF is none either", bytes(0xff, 0xff), "strict", { text: null, encoding: "utf-8" }],
		["0xFE alone is none either", bytes(0xfe, 0x41), "strict", { text: null, encoding: "utf-8" }],
	] as const)("%s", (_, input, mode, expected) => {
		expect(decodeText(input, mode)).toEqual(expected);
	});
});

describe("which export a file is", () => {
	const LINKEDIN = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,Acme,CTO,12 Mar 2024\n";
	it.each([
		["a .vcf file", "contacts.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n", "vCard"],
		["a .VCARD file, any case", "Contacts.VCARD", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n", "vCard"],
		["vCard text under another name, after blank lines", "export.txt", "\n  BEGIN:vcard\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n", "vCard"],
		["LinkedIn's header", "Connections.csv", LINKEDIN, "LinkedIn"],
		["LinkedIn's header quoted, after its notes", "x.csv", `Notes:\n"When exporting your connection data, you may notice..."\n\n"First Name","Last Name","Connected On"\n`, "LinkedIn"],
		["anything else is Google's", "contacts.csv", "Name,Given Name,E-mail 1 - Value\nAna Lima,Ana,ana@example.com\n", "Google Contacts"],
		["BEGIN:VCARD later in a CSV is not a vCard", "contacts.csv", "Name,Notes\nAna Lima,\"BEGIN:VCARD\"\n", "Google Contacts"],
		["First Name without Connected On is not LinkedIn", "contacts.csv", "First Name,Last Name\nAna,Lima\n", "Google Contacts"],
	])("%s", (_, file, text, format) => {
		expect(readContacts(file, text).format).toBe(format);
	});

	it("problems name the file, not the folders it was in, whatever the separator", () => {
		for (const file of ["C:\\Users\\ana\\Downloads\\bad.vcf", "/home/ana/bad.vcf", "bad.vcf"]) {
			expect(readContacts(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n").problems.map((p) => p.origin)).toEqual(["bad.vcf card 1"]);
		}
	});
});

describe("Windows-1252's own letters", () => {
	it("bytes 0x80–0x9F are the letters Windows puts there (as the Encoding Standard has them), whatever the runtime's decoder does", () => {
		const all = Array.from({ length: 32 }, (_, i) => 0x80 + i);
		expect(decodeText(new Uint8Array(all), "lenient").text).toBe("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
		// A LinkedIn export saved as Windows-1252: O’Brien, Zoë.
		expect(decodeText(new Uint8Array([0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e, 0x2c, 0x5a, 0x6f, 0xeb]), "lenient").text).toBe("O’Brien,Zoë");
	});
});
