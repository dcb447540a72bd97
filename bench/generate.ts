// A deterministic synthetic vault: people with realistic frontmatter mixes, nested daily notes linking them in
// plain text, tasks, quotes and code, event notes and follow-up tasks. In memory (records) or on disk (for the CLI).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { addDays } from "../src/core/dates";

export interface VaultSize {
	name: string;
	people: number;
	datedNotes: number;
	linksPerNote: number;
}

export const SMALL: VaultSize = { name: "small", people: 1_000, datedNotes: 3_000, linksPerNote: 10 };
export const LARGE: VaultSize = { name: "large", people: 10_000, datedNotes: 20_000, linksPerNote: 10 };

/** mulberry32: small, fast, and the same numbers on every machine. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST = ["Sam", "Alex", "Maria", "Priya", "Jordan", "Chloe", "Daniel", "Emma", "Felix", "Grace", "Hiro", "Isabel", "Jamal", "Kara", "Leo", "Mei", "Nadia", "Omar", "Paula", "Quinn"];
const LAST = ["Rivera", "Chen", "Gonzalez", "Patel", "Lee", "Martin", "Okafor", "Schmidt", "Wagner", "Liu", "Tanaka", "Costa", "Wright", "Novak", "Rossi", "Suzuki", "Haddad", "Farouk", "Jensen", "Baker"];
const LAST_KEYS = ["last-contact", "last_contact", "lastContact", "last_chat", "prm-last-contacted"];
const CADENCES = ["30", "2w", "monthly", "quarterly", "every 3 weeks", "P1M", "90"];
const TIERS = ["inner-circle", "close", "casual", "keep-warm", "dormant"];

export function personName(i: number): string {
	return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
}

/** path → text for the whole vault. */
export function generateVault(size: VaultSize, seed = 42): Map<string, string> {
	const rnd = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
	const files = new Map<string, string>();
	const start = "2021-01-01";
	for (let i = 0; i < size.people; i++) {
		const fm: string[] = [];
		const r = rnd();
		if (r < 0.4) fm.push(`tier: ${pick(TIERS)}`);
		else if (r < 0.8) fm.push(`cadence: ${pick(CADENCES)}`);
		if (rnd() < 0.5) fm.push(`${pick(LAST_KEYS)}: ${addDays(start, Math.floor(rnd() * 2150))}`);
		if (rnd() < 0.3) fm.push(`birthday: ${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`);
		if (rnd() < 0.2) fm.push("goals:", "  - ask about their team", "  - share the article");
		if (rnd() < 0.1) fm.push(`aliases: [P${i}]`);
		const logs = rnd() < 0.3 ? `\n## Interactions\n\n- ${addDays(start, Math.floor(rnd() * 2150))} coffee #meet\n- [ ] follow up about the intro\n` : "";
		files.set(`People/${personName(i)}.md`, `---\n${fm.join("\n")}\n---\n# ${personName(i)}\n\nMet through work.\n${logs}`);
	}
	for (let d = 0; d < size.datedNotes; d++) {
		// Six years of daily notes; beyond that, meeting notes carry a date property.
		const day = addDays(start, d % 2190);
		const daily = d < 2190;
		const path = daily ? `Journal/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.md` : `Meetings/${day.slice(0, 4)}/Meeting ${d}.md`;
		const lines = daily ? ["## Log", ""] : ["---", `date: ${day}`, "---", "## Notes", ""];
		for (let k = 0; k < size.linksPerNote; k++) {
			const who = personName(Math.floor(rnd() * size.people));
			const r = rnd();
			if (r < 0.6) lines.push(`- Coffee with [[${who}]] about the roadmap.`);
			else if (r < 0.75) lines.push(`- [ ] Follow up with [[${who}]]`);
			else if (r < 0.85) lines.push(`- [x] Called [[${who}]]`);
			else if (r < 0.95) lines.push(`> [[${who}]] said something quotable`);
			else lines.push("```", `[[${who}]] in code`, "```");
		}
		files.set(path, `${lines.join("\n")}\n`);
	}
	for (let e = 0; e < Math.max(10, size.datedNotes / 100); e++) {
		const day = addDays(start, Math.floor(rnd() * 2190));
		const attendees = [0, 1, 2].map(() => `  - "[[${personName(Math.floor(rnd() * size.people))}]]"`);
		files.set(`Events/Event ${e}.md`, `---\ntype: event\ndate: ${day}\nattendees:\n${attendees.join("\n")}\n---\nA meetup.\n`);
	}
	return files;
}

export function writeVault(dir: string, files: Map<string, string>, dailyFormat = "YYYY/MM/YYYY-MM-DD"): void {
	rmSync(dir, { recursive: true, force: true });
	for (const [path, text] of files) {
		const full = join(dir, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	mkdirSync(join(dir, ".obsidian"), { recursive: true });
	writeFileSync(join(dir, ".obsidian/daily-notes.json"), JSON.stringify({ folder: "Journal", format: dailyFormat }));
}
