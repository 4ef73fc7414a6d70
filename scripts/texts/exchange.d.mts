// Types for exchange.mjs (used by tests).
export declare function header(lng: string): string[];
export declare function exportCsv(localesDir: string, lng: string): string;
export declare function importCsv(
  localesDir: string,
  csvText: string,
  options?: { write?: boolean },
): { lng: string; changed: number; reviewed: number; refused: Array<{ line: number; key: string; reason: string }>; warnings: string[] };
