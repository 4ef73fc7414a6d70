// A page's own texts (PAGE_NAMESPACES), loaded when the page opens and again for each language it is
// shown in. Until they are there the page shows its loading line, never raw keys.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLanguage, loadPageNamespace } from './index';
import type { PageNamespace } from './pageNamespaces';
import { isLanguage, type Language } from './languages';

/**
 * True once `ns` (and the app's own texts) are loaded for the UI language and for each of `languages`
 * (e.g. the poster's two languages). Unknown language codes are left out.
 */
export function usePageTexts(ns: PageNamespace, languages: readonly (string | undefined)[] = []): boolean {
  const { i18n } = useTranslation();
  const wanted = [...new Set([i18n.language, ...languages].filter(isLanguage))] as Language[];
  const key = `${ns}:${wanted.join(',')}`;
  const [loaded, setLoaded] = useState<string | undefined>(() => (wanted.every((lng) => i18n.hasResourceBundle(lng, ns)) ? key : undefined));
  const [failure, setFailure] = useState<{ error: unknown }>();

  useEffect(() => {
    let cancelled = false;
    void Promise.all(wanted.map(async (lng) => Promise.all([loadLanguage(lng), loadPageNamespace(lng, ns)]))).then(
      () => {
        if (!cancelled) setLoaded(key);
      },
      (error: unknown) => {
        if (!cancelled) setFailure({ error });
      },
    );
    return () => {
      cancelled = true;
    };
    // `key` says everything `wanted` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // A chunk that cannot load goes to the page's error boundary, which offers the reload.
  if (failure) throw failure.error;
  return loaded === key && wanted.every((lng) => i18n.hasResourceBundle(lng, ns));
}
