// How many things counting toward each kind of goal happened on each day, kept as notes change: goals read these
// counts instead of walking every person's interactions on every refresh (200,000 of them on a large vault).
import { type Day, localDay } from "./dates";
import type { GoalKind } from "./goals";
import type { PersonFacts } from "./model";

export class GoalTally {
	private readonly counts = new Map<GoalKind, Map<Day, number>>();

	add(kind: GoalKind, day: Day, n: number): void {
		if (n === 0) return;
		let map = this.counts.get(kind);
		if (!map) this.counts.set(kind, (map = new Map<Day, number>()));
		const total = (map.get(day) ?? 0) + n;
		if (total === 0) map.delete(day);
		else map.set(day, total);
	}

	/** A person's own part (`sign` −1 takes it back): first meeting, log lines, reach-outs, value given. */
	person(facts: PersonFacts, sign: 1 | -1): void {
		const met = facts.met ?? (facts.ctime !== null ? localDay(new Date(facts.ctime)) : null);
		if (met) this.add("new-connections", met, sign);
		for (const log of facts.logs) {
			this.add("interactions", log.date, sign);
			if (log.kind === "call" || log.kind === "message" || log.kind === "meet" || /(^|\s)#reached-out\b/i.test(log.text ?? "")) {
				this.add("reach-outs", log.date, sign);
			}
			if (log.kind === "gave") this.add("value-given", log.date, sign);
		}
	}

	/** Occurrences per day. */
	perDay(kind: GoalKind): ReadonlyMap<Day, number> {
		return this.counts.get(kind) ?? new Map<Day, number>();
	}

	/** One entry per occurrence, in no particular order. */
	days(kind: GoalKind): Day[] {
		const out: Day[] = [];
		for (const [day, n] of this.perDay(kind)) for (let i = 0; i < n; i++) out.push(day);
		return out;
	}
}
