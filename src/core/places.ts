// Where people are: a location matched the way people search for a place, without case or accents, and a place
// named at any level of what they wrote ("Berlin" finds "Berlin, Germany" and "Germany/Berlin"). A place that is a
// note answers to its name and to its aliases (`aliases: [Hauptstadt, BER]` on Places/Berlin.md).
export function placeKey(text: string): string {
	return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A place note that people's locations name: its name, and its aliases. */
export interface Place {
	name: string;
	aliases: readonly string[];
}

/** Whether `location` is `want` (a place key), or has it as one of its comma- or slash-separated parts. */
function locatedIn(location: string, want: string): boolean {
	const have = placeKey(location);
	return have === want || have.split(/\s*[,/]\s*/).includes(want);
}

/**
 * Whether `location` is in `place`: the same words, or one of its parts; or, when `place` is a place note's name or
 * one of its aliases, any other name of that note.
 */
export function inPlace(location: string | null, place: string, places: readonly Place[] = []): boolean {
	if (location === null) return false;
	const want = placeKey(place.replace(/^@/, ""));
	if (want === "") return false;
	if (locatedIn(location, want)) return true;
	for (const p of places) {
		const names = [p.name, ...p.aliases].map(placeKey);
		if (names.includes(want) && names.some((n) => n !== "" && locatedIn(location, n))) return true;
	}
	return false;
}

/**
 * The place notes among people's locations that have aliases, each looked up once (`aliasesOf` resolves a name as
 * a link would and gives the note's aliases, or null when no note has that name).
 */
export function placesOf(locations: Iterable<string | null>, aliasesOf: (name: string) => readonly string[] | null): Place[] {
	const out: Place[] = [];
	const seen = new Set<string>();
	for (const location of locations) {
		if (location === null || seen.has(location)) continue;
		seen.add(location);
		const aliases = aliasesOf(location);
		if (aliases && aliases.length > 0) out.push({ name: location, aliases });
	}
	return out;
}
