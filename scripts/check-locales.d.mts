// Types for scripts/check-locales.mjs (used by tests/unit/locales.test.ts).
export declare const SOURCE_LANGUAGE: 'sv';
export declare const LANGUAGES: string[];
export declare const PLURAL_CATEGORIES: string[];
export declare const SAME_IN_EVERY_LANGUAGE: Set<string>;
export declare const ALLOWED_IDENTICAL: Record<string, string[]>;
export declare function pluralCategories(lng: string): string[];
export declare function placeholders(value: string): Set<string>;
export declare function compareNamespace(args: {
  ns: string;
  lng: string;
  source: unknown;
  target: unknown;
  english?: unknown;
  nativeNames?: string[];
}): string[];
export declare function checkSource(source: unknown): string[];
export declare function checkMeta(meta: unknown, languages?: string[]): string[];
export declare function namespacesOf(localesDir: string, lng: string): string[];
export declare function checkFile(localesDir: string, lng: string, ns: string): string[];
export declare function checkLocales(localesDir: string, languages?: string[]): string[];
export declare const DIGITS: Record<string, string>;
export declare function checkDigits(lng: string, intlLocale: unknown): string[];
export declare function digitProblems(lng: string, value: unknown, path?: string): string[];
export declare function checkReview(localesDir: string, languages?: string[]): string[];
export declare function checkDocuments(localesDir: string): string[];
