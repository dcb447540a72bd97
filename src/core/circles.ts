// Circles: personal networks come in layers of about 5, 15, 50 and 150 people, contacted roughly weekly, monthly,
// a few times a year and yearly (Hill & Dunbar 2003; MacCarron, Kaski & Dunbar 2016). Each tier is counted against
// its capacity, and a person's measured rhythm suggests the tier whose cadence fits it. Nothing here writes.
import type { PersonView } from "./model";
import type { Tier } from "./settings";
import { spanIn, unitFor } from "./vocabulary";

export interface Circle {
	tier: string;
	count: number;
	/** null: no limit. */
	capacity: number | null;
	over: boolean;
}

/** How many people (not paused) each tier holds, against its capacity, in the settings' order. */
export function circles(people: Iterable<PersonView>, tiers: readonly Tier[]): Circle[] {
	return circlesOf(tierCounts(people), tiers);
}

/** How many people (not paused) each tier holds: the counts circles are made of. */
export function tierCounts(people: Iterable<PersonView>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of people) countTier(counts, p, 1);
	return counts;
}

/** Adds a person to (`by` 1) or takes them out of (-1) `counts` (the sidebar, as a change replaces their view). */
export function countTier(counts: Map<string, number>, p: PersonView, by: 1 | -1): void {
	if (p.tier !== null && p.status !== "paused") counts.set(p.tier, (counts.get(p.tier) ?? 0) + by);
}

/** The circles from tier counts. */
export function circlesOf(counts: ReadonlyMap<string, number>, tiers: readonly Tier[]): Circle[] {
	return tiers.map((t) => {
		const count = counts.get(t.name) ?? 0;
		const capacity = t.capacity ?? null;
		return { tier: t.name, count, capacity, over: capacity !== null && count > capacity };
	});
}

export interface TierSuggestion {
	path: string;
	current: string | null;
	suggested: string;
	/** "You talk about every 2 weeks; close fits better than casual." */
	reason: string;
}

/**
 * The tier whose cadence is nearest the person's measured rhythm (the median gap between contact days over the past
 * year, as drift measures it), compared as ratios: every 10 days is nearer 14 than 30. Null without a rhythm, or when
 * the person's tier already fits.
 */
export function suggestedTier(p: PersonView, tiers: readonly Tier[]): TierSuggestion | null {
	if (p.rhythmDays === null || p.rhythmDays <= 0 || p.status === "paused") return null;
	const rhythm = p.rhythmDays;
	let best: Tier | null = null;
	for (const t of tiers) if (!best || Math.abs(Math.log(t.cadenceDays / rhythm)) < Math.abs(Math.log(best.cadenceDays / rhythm))) best = t;
	if (!best || best.name === p.tier) return null;
	const every = spanIn(rhythm, unitFor(rhythm)).replace(/^1 /, "");
	const reason = p.tier === null ? `You talk about every ${every}; ${best.name} fits.` : `You talk about every ${every}; ${best.name} fits better than ${p.tier}.`;
	return { path: p.path, current: p.tier, suggested: best.name, reason };
}

/** Everyone whose rhythm suggests another tier (the report's `suggestions.tiers`). */
export function tierSuggestions(people: Iterable<PersonView>, tiers: readonly Tier[]): TierSuggestion[] {
	const out: TierSuggestion[] = [];
	for (const p of people) {
		const s = suggestedTier(p, tiers);
		if (s) out.push(s);
	}
	return out;
}
