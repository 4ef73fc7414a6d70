// Types for jsonText.mjs (used by tests).
export declare function joinPath(base: string, segment: string | number): string;
export declare function stringSpans(text: string): Map<string, { start: number; end: number; value: string }>;
export declare function replaceStrings(text: string, changes: Map<string, string>): { text: string; missing: string[]; changed: number };
