// How much of a language a native speaker has reviewed, as the footer note and "About the texts" say it.
// The reviewed count comes from locales/meta.json (kept right by npm run texts:import and the locale
// check); the total is counted from the language's own texts, one per string as the review CSV has rows.
import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGE_META, SOURCE_LANGUAGE, isLanguage } from './languages';
import { PAGE_NAMESPACES } from './pageNamespaces';
import { builtInWheelTexts } from './wheelTexts';

/** Texts of each page namespace per language, counted by the build (they load only with their page). */
declare const __HJULET_PAGE_TEXTS__: Record<string, Record<string, number>>;

export function countTexts(value: unknown): number {
  if (typeof value === 'string') return 1;
  if (Array.isArray(value)) return value.reduce<number>((n, item) => n + countTexts(item), 0);
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce<number>((n, item) => n + countTexts(item), 0);
  return 0;
}

export type ReviewState = { kind: 'source' } | { kind: 'reviewed' } | { kind: 'partly'; percent: number };

export function reviewState(lng: string, instance: I18n = i18next): ReviewState {
  if (lng === SOURCE_LANGUAGE) return { kind: 'source' };
  if (!isLanguage(lng) || LANGUAGE_META[lng].reviewed) return { kind: 'reviewed' };
  const bundles = (instance.store?.data?.[lng] ?? {}) as Record<string, unknown>;
  // The wheel as shipped: a region's pack may have more or fewer prompts, and it is not what was reviewed.
  const loaded = Object.entries(bundles).reduce((n, [ns, texts]) => n + countTexts(ns === 'wheel' ? (builtInWheelTexts(lng, instance) ?? texts) : texts), 0);
  // A page's texts count before that page is opened too, as the review CSV has rows for them.
  const pages = PAGE_NAMESPACES.filter((ns) => !(ns in bundles)).reduce((n, ns) => n + (__HJULET_PAGE_TEXTS__[lng]?.[ns] ?? 0), 0);
  const total = loaded + pages;
  const reviewed = LANGUAGE_META[lng].reviewedTexts ?? 0;
  if (total > 0 && reviewed >= total) return { kind: 'reviewed' };
  // Rounded down: "100 percent" only when every text is reviewed.
  return { kind: 'partly', percent: total > 0 ? Math.floor((reviewed * 100) / total) : 0 };
}
