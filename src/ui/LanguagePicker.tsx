import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_META } from '../i18n/languages';

/** Checkboxes for the family's languages (the six the wheel exists in, plus "other"). */
export function LanguagePicker({ legend, value, onChange }: { legend: string; value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const options = [...LANGUAGES, 'other'] as const;
  return (
    <fieldset className="language-picker">
      <legend>{legend}</legend>
      {options.map((lng) => (
        <label key={lng} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(lng)}
            onChange={(e) => onChange(e.target.checked ? [...value, lng] : value.filter((v) => v !== lng))}
          />
          {lng === 'other' ? t('child.otherLanguage') : <span lang={lng}>{LANGUAGE_META[lng].nativeName}</span>}
        </label>
      ))}
    </fieldset>
  );
}
