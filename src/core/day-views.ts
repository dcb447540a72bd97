// People as they stand on one day, and who needs attention, kept sorted: after a change only the people it touched
// are recomputed and moved, so the cost follows the change, not the size of the vault.
import { compareAttention, needsAttentionNow } from "./attention";
import type { Day } from "./dates";
import type { PersonView } from "./model";
import { runAll } from "./steps";

/**
 * The people as the day's views need them: each person as the index hands them over (`P`: their entry), so that a
 * new day's views look nobody up by path, and the view of the day kept with them (it goes with them).
 */
export interface DayPeople<P> {
	/** Everyone, in the order they came (for a new day). */
	all(): Iterable<P>;
	/** The person at `path`, or undefined (gone, or never a person). */
	find(path: string): P | undefined;
	/** Their view on `day`; null once they are gone (a person handed over before a change took them out). */
	view(person: P, day: Day): PersonView | null;
	/** The view kept for them; null until one is computed. */
	held(person: P): PersonView | null;
	keep(person: P, view: PersonView): void;
}

export class DayViews<P> {
	private day: Day | null = null;
	private readonly dirty = new Set<string>();
	private attention: PersonView[] = [];

	constructor(private readonly people: DayPeople<P>) {}

	/** These people changed; their views are recomputed on the next read. */
	touch(paths: Iterable<string>): void {
		for (const path of paths) this.dirty.add(path);
	}

	everyone(day: Day): PersonView[] {
		this.refresh(day);
		const out: PersonView[] = [];
		for (const person of this.people.all()) {
			const view = this.people.held(person);
			// Stryker disable next-line ConditionalExpression: defensive; after a refresh every person has a view.
			if (view) out.push(view);
		}
		return out;
	}

	/** The view `everyone(day)` hands over for the person at `path`; null when nobody is there. */
	viewOf(path: string, day: Day): PersonView | null {
		this.refresh(day);
		const person = this.people.find(path);
		return person === undefined ? null : this.people.held(person);
	}

	needsAttention(day: Day): PersonView[] {
		this.refresh(day);
		return this.attention.slice();
	}

	/**
	 * A new day's views, one person per step (the plugin runs this in slices right after a build, so that the first
	 * refresh does not hold the app for the whole vault); nothing to do when `day` is the day already held.
	 */
	*prepare(day: Day): Generator<void, void, void> {
		// Stryker disable next-line ConditionalExpression: speed-only; the day's views made again are the same.
		if (this.day === day) return;
		// Everyone is computed afresh; a person touched while this runs stays marked and is recomputed when read.
		this.dirty.clear();
		const people: P[] = [];
		const views: PersonView[] = [];
		// Kept in order as it grows (a binary search and one move per person), rather than sorted at the end: sorting
		// thousands in one step held a slice for 6–19 ms on the bench's large vault (PERFORMANCE.md).
		const attention: PersonView[] = [];
		for (const person of this.people.all()) {
			const v = this.people.view(person, day);
			if (v) {
				people.push(person);
				views.push(v);
				if (needsAttentionNow(v)) attention.splice(position(attention, v), 0, v);
			}
			yield;
		}
		// Kept once the whole day is ready, so that a read for the day held meanwhile sees that day's views alone.
		// Anyone who came while this ran has no view yet (a new entry); they are marked, and computed when read.
		for (let i = 0; i < people.length; i++) this.people.keep(people[i] as P, views[i] as PersonView);
		this.attention = attention;
		this.day = day;
	}

	/** All of them on a new day; else only the people touched since. */
	private refresh(day: Day): void {
		if (this.day !== day) {
			runAll(this.prepare(day));
			return;
		}
		for (const path of this.dirty) {
			const person = this.people.find(path);
			// No entry: gone with it (their view of the day, if any, is found by path), or never a person.
			// Stryker disable next-line ConditionalExpression: speed-only; a view found by path is the one found by order.
			if (person === undefined) {
				const at = this.attention.findIndex((v) => v.path === path);
				if (at !== -1) this.attention.splice(at, 1);
				continue;
			}
			const old = this.people.held(person);
			if (old && needsAttentionNow(old)) {
				const at = this.find(old);
				// Stryker disable next-line ConditionalExpression: defensive; names break every tie, so find() lands on the view itself.
				if (this.attention[at] === old) this.attention.splice(at, 1);
			}
			const v = this.people.view(person, day);
			// Stryker disable next-line ConditionalExpression: defensive; a person found just now has facts.
			if (!v) continue;
			this.people.keep(person, v);
			if (needsAttentionNow(v)) this.attention.splice(this.find(v), 0, v);
		}
		this.dirty.clear();
	}

	/** Where `view` is, or would go, in the sorted attention list. */
	private find(view: PersonView): number {
		return position(this.attention, view);
	}
}

/** Binary search: where `view` is, or would go, in a list sorted by compareAttention (a total order: paths break ties). */
function position(list: readonly PersonView[], view: PersonView): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (compareAttention(list[mid] as PersonView, view) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
