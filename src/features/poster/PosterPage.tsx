// `#/poster?lang=so&lang2=sv`: a poster (A4 or A3) with the wheel and a QR code that opens the static
// public wheel page in the family's language on this installation, and a one-page handout for parent
// evenings. Both are print views: the browser turns them into paper or a PDF.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_META, isLanguage, type Language } from '../../i18n/languages';
import { usePageTexts } from '../../i18n/pageTexts';
import { navigate } from '../../navigation';
import { publicWheelUrl } from '../../navigation/publicPages';
import { parseAppAddress, thisAppAddress } from './appAddress';
import { HandoutSheet } from './HandoutSheet';
import { PAPER_SIZES, PosterSheet, type PaperSize } from './PosterSheet';
import './poster.css';

type Sheet = 'poster' | 'handout';

export function PosterPage({ lang: langParam, lang2: lang2Param }: { lang?: string; lang2?: string }) {
  const { t, i18n } = useTranslation(['poster', 'common', 'export']);
  const id = useId();
  const lang: Language = isLanguage(langParam) ? langParam : (i18n.language as Language);
  const lang2 = isLanguage(lang2Param) && lang2Param !== lang ? lang2Param : undefined;
  // The handout puts Swedish beside the family's language unless another second language is chosen.
  const handoutSecond = lang2 ?? (lang === 'sv' ? undefined : 'sv');
  const ready = usePageTexts('poster', [lang, lang2, handoutSecond]);
  const [sheet, setSheet] = useState<Sheet>('poster');
  const [size, setSize] = useState<PaperSize>('A4');
  const [address, setAddress] = useState(thisAppAddress);
  const [typed, setTyped] = useState(address);
  const typedIsValid = parseAppAddress(typed) !== undefined;

  if (!ready) return <p className="muted">{t('common:status.loading')}</p>;

  const choose = (next: { lang?: Language; lang2?: Language }) => navigate({ name: 'poster', lang: next.lang ?? lang, lang2: next.lang2 }, { replace: true });
  const onAddress = (text: string) => {
    setTyped(text);
    const parsed = parseAppAddress(text);
    if (parsed) setAddress(parsed);
  };
  const reset = () => {
    const own = thisAppAddress();
    setAddress(own);
    setTyped(own);
  };

  return (
    <div className="poster-page">
      <div className="no-print">
        <h1>{t('page.title')}</h1>
        <p className="lead">{t('page.intro')}</p>
        <form className="poster-controls" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('page.what')}</legend>
            {(['poster', 'handout'] as const).map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name={`${id}-sheet`} value={value} checked={sheet === value} onChange={() => setSheet(value)} />
                {t(`page.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="poster-control-row">
            <div className="field">
              <label htmlFor={`${id}-lang`}>{t('page.language')}</label>
              <select id={`${id}-lang`} value={lang} onChange={(event) => choose({ lang: event.target.value as Language, lang2 })}>
                {LANGUAGES.map((lng) => (
                  <option key={lng} value={lng} lang={lng}>
                    {LANGUAGE_META[lng].nativeName}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-lang2`}>{t('page.language2')}</label>
              <select
                id={`${id}-lang2`}
                value={lang2 ?? ''}
                onChange={(event) => choose({ lang2: isLanguage(event.target.value) ? event.target.value : undefined })}
              >
                <option value="">{t('page.noSecond')}</option>
                {LANGUAGES.filter((lng) => lng !== lang).map((lng) => (
                  <option key={lng} value={lng} lang={lng}>
                    {LANGUAGE_META[lng].nativeName}
                  </option>
                ))}
              </select>
            </div>
            {sheet === 'poster' ? (
              <fieldset>
                <legend>{t('page.size')}</legend>
                {PAPER_SIZES.map((value) => (
                  <label key={value} className="checkbox">
                    <input type="radio" name={`${id}-size`} value={value} checked={size === value} onChange={() => setSize(value)} />
                    {value}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
          {sheet === 'poster' ? (
            <div className="field">
              <label htmlFor={`${id}-address`}>{t('page.address')}</label>
              <p className="field-hint" id={`${id}-address-hint`}>
                {t('page.addressHint')}
              </p>
              <input
                id={`${id}-address`}
                type="url"
                dir="ltr"
                value={typed}
                onChange={(event) => onAddress(event.target.value)}
                aria-describedby={`${id}-address-hint${typedIsValid ? '' : ` ${id}-address-error`}`}
                aria-invalid={!typedIsValid}
                data-testid="poster-address"
              />
              {typedIsValid ? null : (
                <p className="form-error" id={`${id}-address-error`} role="alert">
                  {t('page.addressInvalid')}
                </p>
              )}
              {address !== thisAppAddress() ? (
                <p>
                  <button type="button" className="button-secondary" onClick={reset}>
                    {t('page.addressReset')}
                  </button>
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="toolbar">
            <button type="button" onClick={() => window.print()} data-testid="print">
              {t('export:summary.print')}
            </button>
          </div>
          <p className="field-hint">{t('export:summary.printHint')}</p>
        </form>
        <h2>{t('page.preview')}</h2>
      </div>
      {sheet === 'poster' ? (
        <PosterSheet lang={lang} lang2={lang2} size={size} wheelUrl={publicWheelUrl(lang, address)} />
      ) : (
        <HandoutSheet lang={lang} lang2={handoutSecond} />
      )}
    </div>
  );
}
