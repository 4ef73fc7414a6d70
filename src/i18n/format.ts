import { LANGUAGE_META, isLanguage } from './languages';

/**
 * The tag every Intl formatter of the app gets. For Arabic it carries `-u-nu-latn`: one digit system in
 * the whole Arabic UI (dates, counts, "3 من 5"), the 0–9 that the texts use and that children learn at
 * school here, whatever the browser's default for "ar" is (Chromium would give Arabic-Indic dates).
 */
export function intlLocale(lng: string): string {
  return isLanguage(lng) ? LANGUAGE_META[lng].intlLocale : lng;
}

/** The language tag without Unicode extensions, for matching speech voices ("ar-u-nu-latn" -> "ar"). */
export function speechLocale(lng: string): string {
  return intlLocale(lng).split('-u-')[0] ?? lng;
}

// Making an Intl formatter costs far more than using one, and long lists format many dates: one per
// language and style is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(lng: string, style: 'long' | 'medium' | 'short'): Intl.DateTimeFormat {
  const key = `${lng}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a yyyy-mm-dd date for the language, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string, lng: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  try {
    return dateFormat(lng, style).format(date);
  } catch {
    return isoDate;
  }
}

export function formatNumber(value: number, lng: string): string {
  let format = numberFormats.get(lng);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lng));
    numberFormats.set(lng, format);
  }
  return format.format(value);
}

/**
 * The name of `language` in `lng` ("arabiska" in Swedish), from Intl where it knows the pair, else the
 * language's own name; isolated (FSI … PDI) so that an Arabic name in a Swedish sentence keeps its place.
 */
export function languageName(language: string, lng: string): string {
  let name: string | undefined;
  try {
    const found = new Intl.DisplayNames([speechLocale(lng)], { type: 'language', fallback: 'none' }).of(speechLocale(language));
    // Without data for the pair, Intl hands back the code itself.
    if (found && found.toLowerCase() !== speechLocale(language).toLowerCase()) name = found;
  } catch {
    name = undefined;
  }
  return `\u2068${name ?? (isLanguage(language) ? LANGUAGE_META[language].nativeName : language)}\u2069`;
}
