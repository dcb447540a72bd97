// The least any build of the index must do with the vault's records, to compare a build with (PERFORMANCE.md, session
// 18): touch every note's properties, sections, list items and links (each link's text and where it stands), find
// each link's person by name, and file the note under them. No dates read, no views: a floor, not an index. On a
// loaded machine both move together, so the build's ratio to it moves less than either.
import type { NoteRecord } from "../src/core/metadata";

export function touchFloor(records: readonly NoteRecord[]): number {
	const people = new Map<string, NoteRecord[]>();
	for (const r of records) if (r.path.startsWith("People/")) people.set(r.path.slice("People/".length, -".md".length), []);
	let touched = 0;
	for (const r of records) {
		const m = r.metadata;
		for (const key in m.frontmatter ?? {}) touched += key.length;
		for (const s of m.sections ?? []) touched += s.position.start.offset;
		for (const i of m.listItems ?? []) touched += i.position.start.line + (i.task === " " ? 1 : 0);
		for (const l of m.links ?? []) {
			touched += l.position.start.offset;
			const list = people.get(l.link);
			if (list) list.push(r);
			else touched++;
		}
	}
	return touched + people.size;
}
