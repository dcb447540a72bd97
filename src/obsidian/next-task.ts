// Pausing sliced work (the index build, the setup check) so that Obsidian can draw and take input between slices.

/**
 * Lets the app run whatever is waiting (input, drawing) before the work goes on: `scheduler.yield()` where the app's
 * Chromium has it (129 and later), else a message to itself. Not a timer: a timer set from a timer waits at least
 * 4 ms once they nest five deep (the HTML standard), which added 4 ms of idling to every slice: in Chromium, a build of
 * 3,000 people and 8,000 dated notes was ready after 407–452 ms with timers, 257–305 ms without (PERFORMANCE.md).
 */
export function nextTask(): Promise<void> {
	const scheduler = (window as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === "function") return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
