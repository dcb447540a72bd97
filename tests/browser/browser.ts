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
}

/** Writes an HTML page holding the vault and opens it; resolves once the plugin has indexed and mounted. */
export async function openPage(browser: Browser, options: PageOptions): Promise<Page> {
	const dir = await buildPage();
	const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="theme.css"><link rel="stylesheet" href="styles.css"></head>
<body class="theme-${options.theme ?? "light"}"><div class="layout"><div id="sidebar"></div>
<div id="note-pane"><h1>2026-11-30</h1><p>Today's daily note, with the block:</p><pre>\`\`\`ascent
show: attention
limit: 5
\`\`\`</pre><div id="note"></div></div></div>
<script>window.__VAULT__ = ${JSON.stringify(options.vault).replace(/</g, "\\u003c")};
window.__DATA__ = ${JSON.stringify(options.data ?? {})}; window.__TODAY__ = "${options.today ?? "2026-11-30"}";</script>
<script src="page.js"></script></body></html>`;
	const file = join(dir, `${options.name}.html`);
	writeFileSync(file, html);
	const page = await browser.newPage({ viewport: { width: 940, height: 700 } });
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
