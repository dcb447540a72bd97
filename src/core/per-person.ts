// One value per person, kept where the index keeps the person (PersonEntries: a field on their entry), for a module
// that needs one (the follow-up book; the day's views take the entries themselves, day-views.ts). A map of its own
// keyed by the 10,000 people of the bench's large vault cost 0.45 MB of table; a field on the entry, 0.08 MB
// (PERFORMANCE.md, session 13).
export interface PerPerson<T> {
	/** Undefined for a path that is no person. */
	get(path: string): T | undefined;
	/** Ignored for a path that is no person. */
	set(path: string, value: T): void;
}
