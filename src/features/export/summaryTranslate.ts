// A translate function for one column of the summary. Some languages may still lack a namespace
// (translations arrive one by one); then that text comes from the fallback language instead of showing
// a raw key, and the page says so.
import type { i18n as I18n } from 'i18next';
import type { Translate } from '../../domain/summary';

/** Namespaces a summary column reads. */
export const SUMMARY_NAMESPACES = ['summary', 'wheel', 'common'] as const;

export interface ColumnTranslate {
  t: Translate;
  /** True when at least one namespace is missing in `lng` and the fallback fills in. */
  usesFallback: boolean;
}

export function columnTranslate(i18n: I18n, lng: string, fallback: string): ColumnTranslate {
  const own = i18n.getFixedT(lng);
  const other = i18n.getFixedT(fallback);
  const usesFallback = lng !== fallback && SUMMARY_NAMESPACES.some((ns) => !i18n.hasResourceBundle(lng, ns));
  const t: Translate = (key, vars) => {
    const fixed = lng === fallback || i18n.exists(key, { lng }) ? own : other;
    // The summary (src/domain/summary) names its texts by plain string keys, as the domain knows no
    // locale types; its unit tests and check:locales hold those keys to the files.
    return String((fixed as (key: string, options: object) => unknown)(key, vars ?? {}));
  };
  return { t, usesFallback };
}
