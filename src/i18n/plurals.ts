import type { i18n as I18n } from 'i18next';
import { LANGUAGES } from './languages';

/** Plural rules to borrow when a browser's Intl does not know a language (Kurmanji, like English, has one/other). */
const FALLBACK_RULES: Record<string, string> = { kmr: 'en', ku: 'en', so: 'en' };

export function pluralRulesSupported(lng: string): boolean {
  try {
    return Intl.PluralRules.supportedLocalesOf([lng]).length > 0;
  } catch {
    return false;
  }
}

/**
 * i18next picks plural forms with Intl.PluralRules. Where the browser has no rules for one of our
 * languages, it would fall back to the browser's own language (possibly Arabic's six forms): give it
 * explicit rules instead. i18next caches rules per language; we fill that cache up front.
 */
export function ensurePluralRules(instance: I18n): string[] {
  const patched: string[] = [];
  const resolver = instance.services?.pluralResolver as unknown as { pluralRulesCache?: Record<string, Intl.PluralRules> } | undefined;
  if (!resolver?.pluralRulesCache) return patched;
  for (const lng of LANGUAGES) {
    if (pluralRulesSupported(lng)) continue;
    const fallback = FALLBACK_RULES[lng] ?? 'en';
    for (const type of ['cardinal', 'ordinal'] as const) {
      resolver.pluralRulesCache[JSON.stringify({ cleanedCode: lng, type })] = new Intl.PluralRules(fallback, { type });
    }
    patched.push(lng);
  }
  return patched;
}
