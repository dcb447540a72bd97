// Types of bin/cli-bundle.mjs, for the tests that import it.
export declare const ROOT: string;
export declare function isFresh(root: string, inputs: unknown): boolean;
export declare function cliBundle(root?: string, dir?: string): Promise<string | null>;
