// Where people are: the location field, read as text or a link, and matched the way people search for a place.
import { describe, expect, it } from "vitest";
import { locationOf } from "../../src/core/person";
import { inPlace, placesOf } from "../../src/core/places";
import { readBlockOptions } from "../../src/ui/block-options";
import { matches } from "../../src/ui/sidebar-model";
import { buildIndex } from "../helpers";
import { personView } from "../ui/person-view";

describe("a location as written", () => {
	it.each([
		["Berlin", "Berlin"], ["[[Berlin]]", "Berlin"], ["[[Places/Berlin|Berlin, DE]]", "Berlin"], ["[[Berlin#Kreuzberg]]", "Berlin"],
		[["Lisbon", "Porto"], "Lisbon"], ["", null], [42, "42"], [null, null],
	])("%j → %j", (value, location) => {
		expect(locationOf(value)).toBe(location);
	});

	it("is read from location, city or based-in, as the other fields are", () => {
		const index = buildIndex({
			"People/A.md": "---\ncity: Porto\n---\n", "People/B.md": "---\nbased-in: \"[[São Paulo]]\"\n---\n", "People/C.md": "---\ntier: close\n---\n",
		});
		expect(["People/A.md", "People/B.md", "People/C.md"].map((p) => index.person(p, "2026-11-30")?.location)).toEqual(["Porto", "São Paulo", null]);
	});
});

describe("in a place", () => {
	it.each([
		["Berlin", "berlin", true], ["Berlin, Germany", "Berlin", true], ["Germany/Berlin", "@berlin", true], ["München", "munchen", true],
		["São Paulo", "sao paulo", true], ["Berlingen", "Berlin", false], ["East Berlin", "Berlin", false], [null, "Berlin", false], ["Berlin", "  ", false],
		["  Berlin ", "Berlin", true], ["New  York", "new york", true], ["Newyork", "New York", false], ["Berlin, Germany", "Berlin, Germany", true],
		["a@b", "a@b", true], ["", "  ", false], ["", "@", false],
	])("%j in %j: %s", (location, place, yes) => {
		expect(inPlace(location, place)).toBe(yes);
	});

	it("a place note's empty alias names no place", () => {
		expect(inPlace("", "Berlin", [{ name: "Berlin", aliases: [""] }])).toBe(false);
	});

	it("a place note answers to its aliases, and its aliases to its name; a text location in that place too", () => {
		const places = [{ name: "Berlin", aliases: ["BER", "Hauptstadt"] }, { name: "Porto", aliases: ["Oporto"] }];
		expect(inPlace("Berlin", "@BER", places)).toBe(true);
		expect(inPlace("Berlin, Germany", "hauptstadt", places)).toBe(true);
		expect(inPlace("BER", "Berlin", places)).toBe(true);
		// An alias of another place, or a part of an alias, is not this place.
		expect(inPlace("Berlin", "Oporto", places)).toBe(false);
		expect(inPlace("Berlin", "Haupt", places)).toBe(false);
		expect(inPlace("Berlin", "BER")).toBe(false);
		expect(matches(personView({ location: "Berlin" }), [], "@ber", places)).toBe(true);
	});

	it("the places of people's locations are looked up once each, and only those with aliases are kept", () => {
		const asked: string[] = [];
		const aliases: Record<string, string[]> = { Berlin: ["BER"], Porto: [] };
		const places = placesOf(["Berlin", null, "Porto", "Berlin", "Nowhere"], (name) => {
			asked.push(name);
			return aliases[name] ?? null;
		});
		expect(places).toEqual([{ name: "Berlin", aliases: ["BER"] }]);
		expect(asked).toEqual(["Berlin", "Porto", "Nowhere"]);
	});

	it("@place in the search box and location: in a block", () => {
		const p = personView({ location: "Berlin, Germany" });
		expect([matches(p, [], "@berlin"), matches(p, [], "@germany"), matches(p, [], "@paris"), matches(p, [], "berlin")]).toEqual([true, true, false, false]);
		expect(readBlockOptions({ show: "all", location: "Berlin" })).toEqual({ options: { show: "all", limit: 10, tag: "", tier: "", location: "Berlin" } });
		expect(readBlockOptions({ location: 3 })).toEqual({ error: "Ascent block: location must be text (got 3)." });
	});
});
