import { LANGUAGES, LANGUAGE_META, isLanguage, type Language } from '../i18n/languages';

interface LanguageSelectProps {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  testId?: string;
}

/** One of the app's six languages, each named in itself, in a labelled select on one line. */
export function LanguageSelect({ label, value, onChange, testId }: LanguageSelectProps) {
  return (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)} data-testid={testId}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_META[lng].nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
