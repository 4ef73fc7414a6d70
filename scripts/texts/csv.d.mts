// Types for csv.mjs (used by tests).
export declare const BOM: string;
export declare function toCsv(records: string[][]): string;
export declare function parseCsv(input: string): Array<{ line: number; fields: string[] }>;
