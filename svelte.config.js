// Svelte compiler options shared by the build (esbuild-svelte), vitest and svelte-check.
export default {
	compilerOptions: { runes: true },
};
