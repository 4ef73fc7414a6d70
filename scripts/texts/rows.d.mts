// Types for rows.mjs (used by tests).
export interface TextRow {
  key: string;
  ns: string;
  path: string;
  source: string;
  english: string;
  text: string;
  pluralCategory?: string;
  missing?: true;
}
export declare function sourceNamespaces(localesDir: string): string[];
export declare function textRows(localesDir: string, lng: string): TextRow[];
