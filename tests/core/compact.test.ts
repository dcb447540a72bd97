import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Interner, own } from "../../src/core/compact";

// own() is memory-only: what the index keeps reads exactly as the cut it was given (the bench's heap rows show the memory).
describe("own: a kept copy of a cut", () => {
	it("reads as the text it copies, for any text (surrogate pairs split across its two halves included)", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.nat(300), (text, from) => {
			const cut = text.slice(Math.min(from, text.length));
			expect(own(cut)).toBe(cut);
		}));
	});

	it("copies the empty text, one character and a cut longer than V8's shortest view (13 characters)", () => {
		const note = `- [ ] ask [[Sam Lee]] about the referral before Friday 📅 2026-12-05\n${"x".repeat(1000)}`;
		for (const cut of ["", "a", note.slice(6, 60), note.slice(0, note.indexOf("\n"))]) expect(own(cut)).toBe(cut);
	});
});

describe("Interner: one kept string per distinct text", () => {
	it("keeps each distinct text once (one call of `keep`) and hands an equal string out for every equal text", () => {
		fc.assert(fc.property(fc.array(fc.constantFrom("Sam Lee", "sam lee", "People/Sam Lee", "Dana", ""), { maxLength: 40 }), (texts) => {
			const kept: string[] = [];
			const interner = new Interner((text) => {
				kept.push(text);
				return own(text);
			});
			expect(texts.map((t) => interner.of(t))).toEqual(texts);
			expect(kept).toEqual([...new Set(texts)]);
		}));
	});

	it("keeps the text itself when told nothing else", () => {
		const interner = new Interner();
		expect(["2026-11-30", "2026-11-30", "2026-12-01"].map((d) => interner.of(d))).toEqual(["2026-11-30", "2026-11-30", "2026-12-01"]);
	});
});
