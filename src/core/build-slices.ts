// The index build as the plugin runs it: in slices, with the main thread free between them, so that Obsidian keeps
// drawing and taking keystrokes while a large vault is indexed (the whole build takes about a second there).
import type { NoteRecord } from "./metadata";
import { type IndexOptions, PeopleIndex } from "./people-index";

/**
 * How long one slice may run before it pauses. A garbage collection can add up to about 13 ms to whichever step it
 * lands in (measured on the bench's large vault), so slices aim at 8 ms to stay under 20 ms with one; with 12 ms the
 * longest slice reached 21–22 ms in some runs (PERFORMANCE.md).
 */
export const BUILD_SLICE_MS = 8;

export interface SlicedBuild {
	/** Null when `pause` said to stop (a newer build started). */
	index: PeopleIndex | null;
	longestSliceMs: number;
	slices: number;
}

/**
 * Builds the index, calling `pause` whenever a slice has run `sliceMs`; `pause` resolves to false to abandon the
 * build.
 */
export async function buildInSlices(
	records: readonly NoteRecord[],
	options: IndexOptions,
	pause: () => Promise<boolean>,
	sliceMs = BUILD_SLICE_MS,
): Promise<SlicedBuild> {
	const run = await runInSlices(PeopleIndex.buildSteps(records, options), pause, sliceMs);
	return { index: run.done ? (run.value as PeopleIndex) : null, longestSliceMs: run.longestSliceMs, slices: run.slices };
}

export interface SlicedRun<T> {
	done: boolean;
	value: T | undefined;
	longestSliceMs: number;
	slices: number;
}

/**
 * Runs any stepwise work (a generator that yields between small steps) in slices of about `sliceMs`, calling `pause`
 * between slices. The clock is read every 32 steps, which keeps reading it off the profile.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, pause: () => Promise<boolean>, sliceMs = BUILD_SLICE_MS): Promise<SlicedRun<T>> {
	let longest = 0;
	let slices = 1;
	let start = performance.now();
	for (let n = 1; ; n++) {
		const step = steps.next();
		if (step.done) return { done: true, value: step.value, longestSliceMs: Math.max(longest, performance.now() - start), slices };
		if (n % 32 !== 0) continue;
		const elapsed = performance.now() - start;
		if (elapsed < sliceMs) continue;
		longest = Math.max(longest, elapsed);
		if (!(await pause())) return { done: false, value: undefined, longestSliceMs: longest, slices };
		slices++;
		start = performance.now();
	}
}
