// Sidebar first paint, DOM size and one update, measured in Chromium through the browser test page.
import { launch, openPage } from "../tests/browser/browser";
import { personName } from "./generate";


export interface Paint { people: number; firstPaintMs: number; domNodes: number; domNodesSmall: number; updateMs: number }

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
			const updateMs = await page.evaluate(async () => {
				const { app } = window.__ascent;
				const file = app.vault.getMarkdownFiles()[0];
				const t = performance.now();
				if (file) await app.vault.modify(file, "---\ncadence: 7\nlast-contact: 2026-11-29\n---\n");
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				return performance.now() - t;
			});
			await page.close();
			return { firstPaintMs, domNodes, updateMs };
		};
		const small = await measure(100, "bench-100");
		const big = await measure(n, `bench-${n}`);
		return { people: n, firstPaintMs: big.firstPaintMs, domNodes: big.domNodes, domNodesSmall: small.domNodes, updateMs: big.updateMs };
	} finally {
		await browser.close();
	}
}
