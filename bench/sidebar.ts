// Sidebar first paint, DOM size and one update, measured in Chromium through the browser test page.
import { launch, openPage } from "../tests/browser/browser";
import { generateVault, personName } from "./generate";


export interface Paint { people: number; firstPaintMs: number; domNodes: number; domNodesSmall: number; updateMs: number; updateFrameMs: number }

function vault(n: number): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < n; i++) out[`People/${personName(i)}.md`] = `---\ncadence: 30\nlast-contact: 2026-0${1 + (i % 9)}-15\n---\n`;
	return out;
}

export async function sidebarPaint(n: number): Promise<Paint> {
	const browser = await launch();
	try {
		const measure = async (count: number, name: string) => {
			const page = await openPage(browser, { vault: vault(count), name });
			// Re-mount the sidebar with the data ready and time the mount (Svelte renders synchronously; the browser
			// paints that DOM on its next frame).
			const firstPaintMs = await page.evaluate(async () => {
				const leaf = window.__ascent.app.workspace.getLeavesOfType("ascent-sidebar")[0];
				await leaf?.detach();
				const t = performance.now();
				await window.__ascent.services.ctx.openSidebar();
				void document.body.offsetHeight;
				return performance.now() - t;
			});
			// Count once the list has laid out its rows (the virtual list measures its box on the next frames).
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
			const domNodes = await page.$$eval("#sidebar *", (els) => els.length);
			// One change, timed twice: the main thread's work (the note read, the index, the refresh, the list laid out:
			// what must fit in a frame for typing not to stutter), and until the next frame is drawn (adds the wait for it).
			// (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
			const samples = await page.evaluate(async () => {
				const { app } = window.__ascent;
				const files = app.vault.getMarkdownFiles();
				const out: { work: number[]; frame: number[] } = { work: [], frame: [] };
				for (let i = 0; i < 14; i++) {
					const file = files[i];
					const t = performance.now();
					if (file) await app.vault.modify(file, `---\ncadence: 7\nlast-contact: 2026-11-${10 + i}\n---\n`);
					await new Promise((r) => (i % 2 === 1 ? requestAnimationFrame(() => r(null)) : setTimeout(r, 0)));
					void document.body.offsetHeight;
					(i % 2 === 1 ? out.frame : out.work).push(performance.now() - t);
				}
				return out;
			});
			const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
			const [updateMs, updateFrameMs] = [middle(samples.work), middle(samples.frame)];
			await page.close();
			return { firstPaintMs, domNodes, updateMs, updateFrameMs };
		};
		const small = await measure(100, "bench-100");
		const big = await measure(n, `bench-${n}`);
		return { people: n, firstPaintMs: big.firstPaintMs, domNodes: big.domNodes, domNodesSmall: small.domNodes, updateMs: big.updateMs, updateFrameMs: big.updateFrameMs };
	} finally {
		await browser.close();
	}
}

/**
 * The open sidebar while a user types in a daily note, on a vault of `people` and `datedNotes` (the generator's,
 * links, tasks and events included): each edit of the note's text is one change, timed as in `sidebarPaint` from the
 * note written to the list laid out (the note read, the index, the whole sidebar refreshed: its Reconnect list,
 * problems, goals and circles, which a vault of people alone never exercises). Median of the edits, in ms.
 */
export async function sidebarTyping(people: number, datedNotes: number): Promise<number> {
	const vault = Object.fromEntries(generateVault({ name: "typing", people, datedNotes, linksPerNote: 10 }));
	const browser = await launch();
	try {
		const page = await openPage(browser, { vault, name: "bench-typing" });
		await page.evaluate(async () => {
			await window.__ascent.services.ctx.openSidebar();
		});
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
		const work = await page.evaluate(async (names) => {
			const { app } = window.__ascent;
			// The latest daily note before today, as a user writes in it: a line more with each edit.
			const file = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Journal/") && f.path < "Journal/2026/11/2026-11-30")
				.sort((a, b) => (a.path < b.path ? -1 : 1)).pop();
			if (!file) throw new Error("the bench vault has no daily note before today");
			let text = await app.vault.read(file);
			const out: number[] = [];
			for (let i = 0; i < 16; i++) {
				text += `- Coffee with [[${names[i % names.length] ?? ""}]] about the roadmap.\n`;
				const t = performance.now();
				await app.vault.modify(file, text);
				await new Promise((r) => setTimeout(r, 0));
				void document.body.offsetHeight;
				out.push(performance.now() - t);
			}
			return out;
		}, [personName(1), personName(2), personName(3), personName(4)]);
		await page.close();
		return [...work].sort((a, b) => a - b)[Math.floor(work.length / 2)] ?? NaN;
	} finally {
		await browser.close();
	}
}

/**
 * The plugin's build as a user waits for it, in Chromium: from layout ready to the index ready and everyone's view
 * computed, in slices with the app free between them (the plugin's own clock: the status it shows in settings).
 */
export async function readyInBrowser(people: number, datedNotes: number, runs: number): Promise<{ buildMs: number; longestSliceMs: number }[]> {
	const vault = Object.fromEntries(generateVault({ name: "browser", people, datedNotes, linksPerNote: 10 }));
	const browser = await launch();
	try {
		const out: { buildMs: number; longestSliceMs: number }[] = [];
		for (let i = 0; i < runs; i++) {
			const page = await openPage(browser, { vault, name: `bench-ready-${i}` });
			out.push(await page.evaluate(() => {
				const status = window.__ascent.services.index.status();
				return { buildMs: status.buildMs ?? NaN, longestSliceMs: status.longestSliceMs ?? NaN };
			}));
			await page.close();
		}
		return out;
	} finally {
		await browser.close();
	}
}
