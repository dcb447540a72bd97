// Stepwise work: generators that yield between small steps, so that the plugin can run them in slices
// (core/build-slices.ts) and everyone else can simply run them through.

/** Runs stepwise work to the end and returns its result. */
export function runAll<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
