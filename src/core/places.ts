// Where people are: a location matched the way people search for a place, without case or accents, and a place
// named at any level of what they wrote ("Berlin" finds "Berlin, Germany" and "Germany/Berlin").
export function placeKey(text: string): string {
	return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether `location` is in `place`: the same words, or one of its comma- or slash-separated parts. */
export function inPlace(location: string | null, place: string): boolean {
	if (location === null) return false;
	const want = placeKey(place.replace(/^@/, ""));
	if (want === "") return false;
	const have = placeKey(location);
	return have === want || have.split(/\s*[,/]\s*/).includes(want);
}
