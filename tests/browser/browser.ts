// Builds the test page (esbuild, the real Svelte components, `obsidian` → the fake) and opens it in the Chromium
// shipped by @sparticuz/chromium, driven by playwright-core. No system browser, no download at run time.
import chromium from "@sparticuz/chromium";
import esbuild from "esbuild";
import sveltePlugin from "esbuild-svelte";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, type Page, chromium as playwright } from "playwright-core";

const HERE_DIR = dirname(fileURLToPath(import.meta.url));

export const ROOT = join(HERE_DIR, "../..");
export const ARTIFACTS = join(ROOT, "tests/artifacts");

let built: Promise<string> | null = null;

/** Bundles the page once per test run; returns the folder holding page.js and the CSS. */
export function buildPage(): Promise<string> {
	built ??= (async () => {
		const out = join(ARTIFACTS, "page");
		mkdirSync(out, { recursive: true });
		await esbuild.build({
			entryPoints: [join(HERE_DIR, "page.ts")],
			bundle: true,
			format: "iife",
			platform: "browser",
			target: "es2022",
			outfile: join(out, "page.js"),
			alias: { obsidian: join(ROOT, "tests/fake-obsidian/index.ts") },
			mainFields: ["svelte", "browser", "module", "main"],
			conditions: ["svelte", "browser"],
			plugins: [sveltePlugin({ compilerOptions: { css: "external" }, filterWarnings: (w) => !w.filename?.includes("node_modules") })],
			logLevel: "silent",
		});
		writeFileSync(join(out, "styles.css"), readFileSync(join(ROOT, "styles/ascent.css"), "utf8"));
		writeFileSync(join(out, "theme.css"), readFileSync(join(HERE_DIR, "theme.css"), "utf8"));
		return out;
	})();
	return built;
}

export async function launch(): Promise<Browser> {
	const executablePath = await chromium.executablePath();
	return playwright.launch({
		executablePath,
		headless: true,
		// Lambda-oriented flags that would end the browser with its first closed page are left out.
		args: [...chromium.args.filter((a) => !/^--(single-process|no-zygote)/.test(a)), "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
	});
}

export interface PageOptions {
	vault: Record<string, string>;
	data?: unknown;
	today?: string;
	theme?: "light" | "dark";
	name: string;
	/** The window; the sidebar pane is `sidebar` wide (a phone: the whole window, no note pane). */
	viewport?: { width: number; height: number };
	sidebar?: number;
	phone?: boolean;
	/** The ```ascent``` block's source in today's note (rendered, as reading view shows it). */
	block?: string;
}

/** Lucide's "mountain", the view's icon, as Obsidian draws it in the view header. */
const MOUNTAIN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m8 3 4 8 5-5 5 15H2L8 3z"/></svg>';

/** Writes an HTML page holding the vault and opens it; resolves once the plugin has indexed and mounted. */
export async function openPage(browser: Browser, options: PageOptions): Promise<Page> {
	const dir = await buildPage();
	const viewport = options.viewport ?? { width: 940, height: 700 };
	const phone = options.phone ?? false;
	const sidebar = phone ? viewport.width : (options.sidebar ?? 300);
	const noteWidth = phone ? 0 : viewport.width - sidebar - 1;
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ascent</title>
<link rel="stylesheet" href="theme.css"><link rel="stylesheet" href="styles.css">
<style>body { --frame-height: ${viewport.height}px; --sidebar-width: ${sidebar}px; --note-width: ${noteWidth}px; }</style></head>
<body class="theme-${options.theme ?? "light"}${phone ? " is-mobile is-phone" : ""}"><main class="workspace">
${phone ? "" : `<div class="workspace-leaf mod-note"><div class="view-header"><span class="view-header-title">2026-11-30</span></div>
<div class="view-content"><div class="markdown-preview-view"><h1>2026-11-30</h1><p>Coffee with Sam at 9. Then the quarterly plan.</p>
<h2>Reach out</h2><div id="note"></div></div></div></div>`}
<div class="workspace-leaf mod-side"><div class="view-header"><span class="view-header-icon" aria-hidden="true">${MOUNTAIN}</span>
<span class="view-header-title">Ascent</span></div><div class="view-content" id="sidebar"></div></div>
</main>
<script>window.__VAULT__ = ${JSON.stringify(options.vault).replace(/</g, "\\u003c")};
window.__DATA__ = ${JSON.stringify(options.data ?? {})}; window.__TODAY__ = "${options.today ?? "2026-11-30"}";
window.__BLOCK__ = ${JSON.stringify(options.block ?? "show: attention\nlimit: 5")}; window.__PHONE__ = ${phone};</script>
<script src="page.js"></script></body></html>`;
	const file = join(dir, `${options.name}.html`);
	writeFileSync(file, html);
	const page = await browser.newPage({ viewport, hasTouch: phone, isMobile: phone, deviceScaleFactor: 1 });
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(e.message));
	page.on("dialog", (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	(page as Page & { errors: string[] }).errors = errors;
	await page.goto(pathToFileURL(file).href);
	await page.waitForFunction(() => window.__ascent?.ready === true, undefined, { timeout: 30_000 });
	await page.waitForSelector(".ascent-sidebar");
	return page;
}

const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");

/** axe-core's serious and critical violations on the page (or under `selector`), as "rule: target" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
	if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
	return page.evaluate(async (context) => {
		const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
		const result = await axe.run(context ?? document, { resultTypes: ["violations"] });
		return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)})`));
	}, selector ?? null);
}
