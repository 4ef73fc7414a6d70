import { LANGUAGE_META, isLanguage } from './languages';

export function intlLocale(lng: string): string {
  return isLanguage(lng) ? LANGUAGE_META[lng].intlLocale : lng;
}

/** Formats a yyyy-mm-dd date for the language, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string, lng: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  try {
    return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: style, timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

export function formatNumber(value: number, lng: string): string {
  return new Intl.NumberFormat(intlLocale(lng)).format(value);
}
