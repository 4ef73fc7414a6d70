import meta from '../../locales/meta.json';

export const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'sv';

/** Where the user's choice of language is kept (read before any code loads too: src/navigation/firstPaint.ts). */
export const LANGUAGE_STORAGE_KEY = 'hjulet.language';

export interface LanguageMeta {
  /** The language's name in itself, shown in the switcher. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for Intl (kmr has no wide Intl support; ar asks for 0–9 digits); speech uses it without extensions. */
  intlLocale: string;
  /** True when the whole language is reviewed (or is the source); false while it is being reviewed text by text. */
  reviewed: boolean;
  /** With `reviewed: false`: how many texts a native speaker has reviewed (locales/review.json, npm run texts:import). */
  reviewedTexts?: number;
}

export const LANGUAGE_META = meta as Record<Language, LanguageMeta>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(lng: Language): 'ltr' | 'rtl' {
  return LANGUAGE_META[lng].dir;
}

/** Picks the first of the browser's languages that we have, else Swedish. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ku') return 'kmr';
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
