// Text from bytes whose encoding nobody stated: exports from other apps (CSV, vCard) and notes about to be edited.

export interface Decoded {
	/** The text, or null when `strict` and the bytes are not exactly UTF-8 (or UTF-16 with a byte-order mark). */
	text: string | null;
	encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
	/** Said to the user when the encoding was guessed. */
	notice?: string;
}

/**
 * The characters Windows-1252 puts at bytes 0x80–0x9F (the WHATWG Encoding Standard's table; the five bytes it
 * leaves undefined stay as they are). Node 20.18.3 and later decode `windows-1252` as Latin-1 and give the C1 control
 * characters there instead (nodejs/node#60888), so a name like O’Brien came out with U+0092; Electron's decoder is
 * right, and running the text through this table again changes nothing.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * UTF-8 (with or without a byte-order mark), UTF-16 LE/BE by their byte-order mark; otherwise, when `lenient`,
 * Windows-1252 (Latin-1 and the letters Windows adds) with a notice. A byte-order mark is dropped from the text.
 * `strict` never guesses: a note that is not exactly UTF-8 is not edited (writing it back would change its bytes).
 */
export function decodeText(bytes: Uint8Array, mode: "strict" | "lenient"): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
	try {
		// The decoder drops a UTF-8 byte-order mark itself (ignoreBOM false); strict callers that write back keep it.
		const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: mode === "strict" }).decode(bytes);
		return { text, encoding: "utf-8" };
	} catch {
		if (mode === "strict") return { text: null, encoding: "utf-8" };
		return {
			text: new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
			encoding: "windows-1252",
			notice: "not UTF-8; read as Windows-1252 (Latin-1). If names look wrong, export the file again as UTF-8",
		};
	}
}
