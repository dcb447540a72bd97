// The Obsidian metadata corpus (../shared/obsidian-metadata): where it is, and how a suite that needs it behaves
// without it: skipped visibly on a developer's clone, failed under CI (which must always run it).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "vitest";

/**
 * `../shared` beside the repository, or beside the repository two levels up: a mutation run works in a copy of the
 * repository at .stryker-tmp/sandbox-…/, whose `../shared` is not the real one.
 */
function findCorpus(): string {
	const fixed = join(__dirname, "../../../shared/obsidian-metadata/cases");
	let dir = join(__dirname, "../..");
	for (let up = 0; up < 3 && dirname(dir) !== dir; up++, dir = dirname(dir)) {
		const candidate = join(dirname(dir), "shared", "obsidian-metadata", "cases");
		if (existsSync(candidate)) return candidate;
	}
	return fixed;
}

export const CORPUS = findCorpus();
export const corpusAvailable = existsSync(CORPUS);

/** Call first in a describe that needs the corpus; true when the suite should return (the corpus is missing). */
export function withoutCorpus(): boolean {
	if (corpusAvailable) return false;
	if (process.env.CI) {
		it("needs ../shared/obsidian-metadata", () => {
			throw new Error(`The Obsidian metadata corpus is missing at ${CORPUS}; CI must run it.`);
		});
	} else {
		it.skip(`skipped: the Obsidian metadata corpus is not at ${CORPUS}`, () => undefined);
	}
	return true;
}
