import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
	resolve: {
		alias: { obsidian: fileURLToPath(new URL("./tests/fake-obsidian/index.ts", import.meta.url)) },
	},
	test: {
		include: ["tests/**/*.test.ts"],
		environment: "node",
	},
});
