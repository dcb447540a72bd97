// What a triage step decides for one untracked person.
export type TriageChoice = { kind: "tier"; tier: string } | { kind: "pause" } | { kind: "skip" };
