// Types for keys.mjs (used by tests).
export declare const SOURCE_LANGUAGE: 'sv';
export declare const LANGUAGES: string[];
export declare const PLURAL_CATEGORIES: string[];
export declare function pluralCategories(lng: string): string[];
export declare function placeholders(value: string): Set<string>;
export declare function requiredPlaceholders(value: string, pluralCategory?: string): Set<string>;
