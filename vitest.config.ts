import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

export default defineConfig({
	plugins: [svelte()],
	resolve: {
		alias: { obsidian: fileURLToPath(new URL("./tests/fake-obsidian/index.ts", import.meta.url)) },
		// Svelte components run in the browser build of svelte (mount/unmount), also under happy-dom.
		conditions: ["browser"],
	},
	test: {
		include: ["tests/**/*.test.ts"],
		setupFiles: ["tests/setup.ts"],
		environment: "node",
		testTimeout: 30_000,
	},
});
