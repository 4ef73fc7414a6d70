// `#/privacy`: how the app processes personal data, for the data protection officer, IT and a DPIA. The
// description itself is in Swedish and English (locales/documents/privacy-<lng>.json); every UI language
// says so and offers both. Its figures come from the code (storage/privacyFacts), and it prints as it is.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDocument } from '../../i18n';
import { LANGUAGE_META, type Language } from '../../i18n/languages';
import { usePageTexts } from '../../i18n/pageTexts';
import { PrivacyDocument, PRIVACY_NAMESPACE } from './PrivacyDocument';
import './privacy.css';

/** The languages the description is written in. */
export const DOCUMENT_LANGUAGES = ['sv', 'en'] as const satisfies readonly Language[];
type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

const isDocumentLanguage = (lng: string): lng is DocumentLanguage => (DOCUMENT_LANGUAGES as readonly string[]).includes(lng);

export function PrivacyPage() {
  const { t, i18n } = useTranslation(['privacy', 'common', 'export']);
  const id = useId();
  const ready = usePageTexts('privacy');
  const [language, setLanguage] = useState<DocumentLanguage>(isDocumentLanguage(i18n.language) ? i18n.language : 'en');
  const [loaded, setLoaded] = useState<DocumentLanguage>();
  const [failure, setFailure] = useState<{ error: unknown }>();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        if (!i18n.hasResourceBundle(language, PRIVACY_NAMESPACE)) {
          const texts = await loadDocument('privacy', language);
          if (!texts) throw new Error(`no privacy description in ${language}`);
          i18n.addResourceBundle(language, PRIVACY_NAMESPACE, texts, true, true);
        }
        if (!cancelled) setLoaded(language);
      } catch (error) {
        if (!cancelled) setFailure({ error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [language, i18n]);

  // A chunk that cannot load goes to the page's error boundary, which offers the reload.
  if (failure) throw failure.error;
  if (!ready) return <p className="muted">{t('common:status.loading')}</p>;
  return (
    <div className="privacy-page">
      <div className="no-print">
        <h1>{t('title')}</h1>
        <p className="lead">{t('available')}</p>
        <fieldset>
          <legend>{t('language')}</legend>
          {DOCUMENT_LANGUAGES.map((lng) => (
            <label key={lng} className="checkbox">
              <input type="radio" name={`${id}-language`} value={lng} checked={language === lng} onChange={() => setLanguage(lng)} />
              <span lang={lng}>{LANGUAGE_META[lng].nativeName}</span>
            </label>
          ))}
        </fieldset>
        <div className="toolbar">
          <button type="button" onClick={() => window.print()} data-testid="print">
            {t('export:summary.print')}
          </button>
        </div>
        <p className="field-hint">{t('facts')}</p>
      </div>
      {loaded === language ? <PrivacyDocument language={language} /> : <p className="muted">{t('common:status.loading')}</p>}
    </div>
  );
}
