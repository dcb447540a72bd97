// The build in slices, on a clock the test moves: one unit of time per step of work, the clock read every 32 steps,
// a pause whenever a slice has run its time, and the result handed over when the work is done.
import { afterEach, describe, expect, it, vi } from "vitest";
import { runInSlices } from "../../src/core/build-slices";

let now = 0;

/** `count` steps of work, each taking one unit of the clock (the last one `lastTakes`), then "built". */
function* work(count: number, lastTakes = 1): Generator<void, string, void> {
	for (let i = 1; i <= count; i++) {
		now += i === count ? lastTakes : 1;
		yield;
	}
	return "built";
}

afterEach(() => {
	vi.restoreAllMocks();
	now = 0;
});

describe("work in slices", () => {
	const run = async (steps: Generator<void, string, void>, sliceMs: number, answers: boolean[] = []) => {
		vi.spyOn(performance, "now").mockImplementation(() => now);
		const pausedAt: number[] = [];
		const result = await runInSlices(steps, () => {
			pausedAt.push(now);
			return Promise.resolve(answers.shift() ?? true);
		}, sliceMs);
		return { ...result, pausedAt };
	};

	it.each([
		// The clock is read at steps 32, 64, 96: each time a slice has run 32, at least the 32 allowed.
		["slices of 32 for 32 allowed", 100, 1, 32, { done: true, value: "built", slices: 4, longestSliceMs: 32, pausedAt: [32, 64, 96] }],
		// 33 allowed: at step 32 the slice has run 32, not yet enough; at 64 it has run 64.
		["slices of 33 allowed", 100, 1, 33, { done: true, value: "built", slices: 2, longestSliceMs: 64, pausedAt: [64] }],
		// The last slice counts too: its final step took 100.
		["a long last slice", 100, 101, 32, { done: true, value: "built", slices: 4, longestSliceMs: 104, pausedAt: [32, 64, 96] }],
		["work shorter than a reading of the clock", 20, 1, 1, { done: true, value: "built", slices: 1, longestSliceMs: 20, pausedAt: [] }],
	])("%s", async (_, count, lastTakes, sliceMs, expected) => {
		expect(await run(work(count, lastTakes), sliceMs)).toEqual(expected);
	});

	it("stops, with no value, when a pause says a newer build started", async () => {
		expect(await run(work(100), 32, [true, false])).toEqual({ done: false, value: undefined, slices: 2, longestSliceMs: 32, pausedAt: [32, 64] });
	});
});
