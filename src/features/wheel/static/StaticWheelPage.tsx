// The body of a static public wheel page (`<base>wheel/<lang>/`), rendered to HTML at build time from the
// app's own components, texts and pictograms (renderWheelPage.tsx). It must read and work with no script
// at all: the wheel is a picture, every area's texts are in the page, and links do the rest. The small
// script of wheelPage.ts then turns the picture into the interactive wheel of the DOM contract.
import { useTranslation } from 'react-i18next';
import { AREA_IDS, type AreaId } from '../../../domain/wheel';
import { LANGUAGES, LANGUAGE_META, type Language } from '../../../i18n/languages';
import { hrefFor } from '../../../navigation';
import { publicWheelPath } from '../../../navigation/publicPages';
import { AreaTexts } from '../../../ui/AreaTexts';
import type { AreaProps } from '../../../ui/wheel/WheelDrawing';
import { WheelPicture } from '../../../ui/wheel/WheelPicture';

/** From `<base>wheel/<lang>/` back to the app's base: every link and asset is relative, so any base works. */
export const TO_APP_BASE = '../../';

/** The id of an area's texts on the page: the wheel's areas and the links point at it. */
export const areaAnchor = (id: AreaId) => `area-${id}`;

export interface StaticWheelPageProps {
  lang: Language;
  /** The region's wheel pack the texts come from, when it has texts for this language. */
  packName?: string;
}

export function StaticWheelPage({ lang, packName }: StaticWheelPageProps) {
  const { t } = useTranslation(['common', 'wheel', 'poster']);
  return (
    <>
      <header className="app-header">
        <a className="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <a className="brand" href={TO_APP_BASE}>
          <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" className="brand-mark">
            <circle cx="14" cy="14" r="12" />
            <path d="M14 2 V26 M2 14 H26 M5.5 5.5 L22.5 22.5 M22.5 5.5 L5.5 22.5" />
          </svg>
          <span>{t('app.name')}</span>
        </a>
        <nav aria-label={t('poster:wheelPage.languages')} className="wheel-page-languages">
          <ul>
            {LANGUAGES.map((other) => (
              <li key={other}>
                <a
                  href={`../../${publicWheelPath(other)}`}
                  lang={other}
                  dir={LANGUAGE_META[other].dir}
                  hrefLang={other}
                  aria-current={other === lang ? 'page' : undefined}
                >
                  {LANGUAGE_META[other].nativeName}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t('publicWheel.title')}</h1>
        <p className="lead">{t('publicWheel.intro')}</p>
        {/* Only true once the page's script has made the wheel's areas buttons: it shows the hint then. */}
        <p className="wheel-page-hint" data-wheel-hint hidden>
          {t('poster:wheelPage.hint')}
        </p>
        <div className="public-wheel-layout">
          <WheelPicture language={lang} prefix="public" areaProps={(id, label) => ({ 'data-label': label, 'data-target': areaAnchor(id) }) as AreaProps} />
          <div>
            <nav aria-label={t('poster:wheelPage.areas')} className="wheel-page-areas">
              <ol>
                {AREA_IDS.map((id) => (
                  <li key={id}>
                    <a href={`#${areaAnchor(id)}`}>{t(`wheel:areas.${id}.label`)}</a>
                  </li>
                ))}
              </ol>
            </nav>
            <ol className="public-areas">
              {AREA_IDS.map((id) => (
                <li key={id} id={areaAnchor(id)}>
                  <AreaTexts areaId={id} headingLevel={2} />
                  {/* Shown by the page's script when the host's recorded voice or the device's own voice can read it. */}
                  <button type="button" className="button-secondary wheel-page-read" data-read-area={areaAnchor(id)} data-testid="read-aloud" hidden>
                    {t('family.readAloud')}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        </div>
        <p>
          <a className="button-secondary" href={`${TO_APP_BASE}${hrefFor({ name: 'wheel', lang })}`} data-testid="open-app">
            {t('poster:wheelPage.openApp')}
          </a>
        </p>
      </main>
      <footer className="app-footer">
        <p>{t('poster:wheelPage.private')}</p>
        {packName ? <p>{t('poster:wheelPage.pack', { name: packName })}</p> : null}
        <p>{t('poster:pictureCredit')}</p>
      </footer>
    </>
  );
}
