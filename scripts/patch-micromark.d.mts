// Types of patch-micromark.mjs, for the tests that import it.
export declare const PATCH_MARKER: string;
export declare const FROM_MARKDOWN_MARKER: string;
export declare function findCopies(nodeModules: string, name?: string): string[];
export declare function patchSource(source: string, name: string): string;
export declare function patchFromMarkdownSource(source: string, name: string): string;
export declare function patchMicromark(root: string): { changed: string[]; unchanged: string[] };
