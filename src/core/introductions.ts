// Suggested introductions: one person's need meeting another's offer. Giving first ("five-minute favours": an
// introduction, feedback, a reference) is the habit that makes networking work; an introduction gives to both.
// Computed when shown, from each person's `offers:` and `needs:` properties, never on every change of the index.
import { hasKind, type PersonFacts, type PersonView } from "./model";

export interface IntroductionSuggestion {
	/** The person who needs, the person who offers, and the topic as the need writes it. */
	a: string;
	b: string;
	topic: string;
}

/** A topic as compared: no leading #, any case, no accents; "#Design" = "design" = "Design". */
export function topicKey(topic: string): string {
	return topic.trim().replace(/^#/, "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s_-]+/g, " ");
}

/** Whether `facts`' log already records introducing them to the person named `other` (a #intro line naming them). */
function introduced(facts: PersonFacts, other: { name: string; path: string }): boolean {
	const names = [other.name, other.path.replace(/\.md$/i, "")].map((n) => n.toLowerCase());
	return facts.logs.some((l) => hasKind(l, "intro") && names.some((n) => (l.text ?? "").toLowerCase().includes(n)));
}

/**
 * Pairs where one's need matches another's offer (same words or tag), not introduced before (a #intro line in
 * either note names the other), neither paused, the same person never on both sides; most active pairs first (the
 * sum of both people's health), then by topic.
 */
export function suggestedIntroductions(people: readonly { view: PersonView; facts: PersonFacts }[]): IntroductionSuggestion[] {
	const offering = new Map<string, { view: PersonView; facts: PersonFacts }[]>();
	for (const p of people) {
		if (p.view.status === "paused") continue;
		for (const offer of new Set(p.facts.offers.map(topicKey))) if (offer !== "") offering.set(offer, [...(offering.get(offer) ?? []), p]);
	}
	const out: (IntroductionSuggestion & { weight: number })[] = [];
	const seen = new Set<string>();
	for (const p of people) {
		if (p.view.status === "paused") continue;
		for (const need of p.facts.needs) {
			for (const q of offering.get(topicKey(need)) ?? []) {
				const key = `${p.view.path}\u0000${q.view.path}`;
				if (q.view.path === p.view.path || seen.has(key)) continue;
				if (introduced(p.facts, q.view) || introduced(q.facts, p.view)) continue;
				seen.add(key);
				out.push({ a: p.view.path, b: q.view.path, topic: need.trim(), weight: (p.view.health ?? 0) + (q.view.health ?? 0) });
			}
		}
	}
	return out.sort((x, y) => y.weight - x.weight || x.topic.localeCompare(y.topic)).map(({ a, b, topic }) => ({ a, b, topic }));
}
