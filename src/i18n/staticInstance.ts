import { createInstance, type i18n as I18n } from 'i18next';

/**
 * An i18next instance with one language's texts, ready at once (no loading): for markup rendered at build
 * time, the static wheel pages and the first paint. Like the app's, it never falls back to another language.
 */
export function staticInstance(lang: string, texts: Record<string, Record<string, unknown>>): I18n {
  const i18n = createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: texts },
    ns: Object.keys(texts),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
