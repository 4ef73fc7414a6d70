import { useTranslation } from 'react-i18next';
import { AREA_IDS } from '../../domain/wheel';
import { languageName } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Pictogram } from '../../ui/pictograms/Pictogram';
import { WheelPicture } from '../../ui/wheel/WheelPicture';
import { PosterQr } from './PosterQr';

export type PaperSize = 'A4' | 'A3';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'A3'];

interface PosterSheetProps {
  lang: Language;
  lang2?: Language;
  size: PaperSize;
  /** The public wheel page in `lang`: what the QR code encodes. */
  wheelUrl: string;
}

/** The title, the explanation and the scan line in one language, with its own lang and dir. */
function PosterWords({ lang, secondary }: { lang: Language; secondary?: boolean }) {
  const { i18n } = useTranslation();
  const tc = i18n.getFixedT(lang, 'common');
  const tp = i18n.getFixedT(lang, 'poster');
  return (
    <div className={secondary ? 'poster-words is-secondary' : 'poster-words'} lang={lang} dir={i18n.dir(lang)}>
      <p className="poster-title">{tc('publicWheel.title')}</p>
      <p className="poster-explanation">{tp('explanation')}</p>
    </div>
  );
}

/** One printable page: the wheel with its pictograms and labels, a one-line explanation and the QR code. */
export function PosterSheet({ lang, lang2, size, wheelUrl }: PosterSheetProps) {
  const { t, i18n } = useTranslation('poster');
  const languages = lang2 ? [lang, lang2] : [lang];
  return (
    <article
      className="print-sheet poster-sheet"
      data-size={size}
      data-two-languages={lang2 ? '' : undefined}
      data-testid="poster-sheet"
      aria-label={t('page.poster')}
    >
      <PosterWords lang={lang} />
      {lang2 ? <PosterWords lang={lang2} secondary /> : null}
      <WheelPicture language={lang} prefix="poster" className="wheel-svg poster-wheel" />
      {lang2 ? (
        <ol className="poster-legend">
          {AREA_IDS.map((id) => (
            <li key={id}>
              <Pictogram area={id} className="poster-legend-pictogram" />
              {languages.map((lng) => (
                <span key={lng} lang={lng} dir={i18n.dir(lng)}>
                  {i18n.getFixedT(lng, 'wheel')(`areas.${id}.label`)}
                </span>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="poster-scan">
        <PosterQr url={wheelUrl} label={i18n.getFixedT(lang, 'poster')('sheet.qrName', { address: wheelUrl })} />
        <div>
          {languages.map((lng) => (
            <p key={lng} lang={lng} dir={i18n.dir(lng)} className="poster-scan-line">
              {i18n.getFixedT(lng, 'poster')('sheet.scan', { language: languageName(lang, lng) })}
            </p>
          ))}
          <p className="poster-address" dir="ltr">
            {wheelUrl}
          </p>
        </div>
      </div>
      <p className="poster-credit" lang={lang} dir={i18n.dir(lang)}>
        {i18n.getFixedT(lang, 'poster')('pictureCredit')}
      </p>
    </article>
  );
}
