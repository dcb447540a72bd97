// The browser page runs the headless reader (for the fake metadataCache). gray-matter keeps a Buffer copy of each
// note; the page gives it the one method it calls. The plugin itself never loads gray-matter (it reads Obsidian's cache).
const scope = window as unknown as { Buffer?: unknown };
scope.Buffer ??= { from: (text: string) => new TextEncoder().encode(text), isBuffer: () => false };
export {};
