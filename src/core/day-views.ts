// People as they stand on one day, and who needs attention, kept sorted: after a change only the people it touched
// are recomputed and moved, so the cost follows the change, not the size of the vault.
import { compareAttention, NEEDS_ATTENTION } from "./attention";
import type { Day } from "./dates";
import type { PersonView } from "./model";

export class DayViews {
	private readonly views = new Map<string, PersonView>();
	private day: Day | null = null;
	private readonly dirty = new Set<string>();
	private attention: PersonView[] = [];

	/**
	 * `view` computes one person on a day (null once they are gone); `paths` lists everyone, for a new day.
	 */
	constructor(
		private readonly view: (path: string, day: Day) => PersonView | null,
		private readonly paths: () => Iterable<string>,
	) {}

	/** These people changed; their views are recomputed on the next read. */
	touch(paths: Iterable<string>): void {
		for (const path of paths) this.dirty.add(path);
	}

	/** The cached view of a person for `day`, if that day is the one cached and the person is current. */
	cached(path: string, day: Day): PersonView | undefined {
		return this.day === day && !this.dirty.has(path) ? this.views.get(path) : undefined;
	}

	people(day: Day): PersonView[] {
		this.refresh(day);
		return [...this.views.values()];
	}

	needsAttention(day: Day): PersonView[] {
		this.refresh(day);
		return this.attention.slice();
	}

	/** All of them on a new day; else only the people touched since. */
	private refresh(day: Day): void {
		if (this.day !== day) {
			this.views.clear();
			for (const path of this.paths()) {
				const v = this.view(path, day);
				if (v) this.views.set(path, v);
			}
			this.attention = [...this.views.values()].filter((v) => NEEDS_ATTENTION.has(v.status)).sort(compareAttention);
			this.day = day;
			this.dirty.clear();
			return;
		}
		for (const path of this.dirty) {
			const old = this.views.get(path);
			if (old && NEEDS_ATTENTION.has(old.status)) {
				const at = this.find(old);
				if (this.attention[at] === old) this.attention.splice(at, 1);
			}
			const v = this.view(path, day);
			if (!v) {
				this.views.delete(path);
				continue;
			}
			this.views.set(path, v);
			if (NEEDS_ATTENTION.has(v.status)) this.attention.splice(this.find(v), 0, v);
		}
		this.dirty.clear();
	}

	/** Binary search: where `view` is, or would go, in the sorted attention list. */
	private find(view: PersonView): number {
		let lo = 0;
		let hi = this.attention.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (compareAttention(this.attention[mid] as PersonView, view) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
