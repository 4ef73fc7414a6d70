import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n';
import { LANGUAGES, LANGUAGE_META, isLanguage } from '../../i18n/languages';

/** Each language by its own name, so a family can find theirs without reading Swedish. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('nav.language')}</label>
      <select id={id} value={i18n.language} onChange={(e) => isLanguage(e.target.value) && void changeLanguage(e.target.value)} data-testid="language-switcher">
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_META[lng].nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
