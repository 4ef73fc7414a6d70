import { useTranslation } from 'react-i18next';
import { AboutTexts } from '../texts/AboutTexts';

/** The accessibility statement Swedish public services publish: support, known gaps, how to report. */
export function AccessibilityStatement() {
  const { t } = useTranslation();
  const supported = t('a11y.supported', { returnObjects: true }) as unknown;
  const gaps = t('a11y.gaps', { returnObjects: true }) as unknown;
  const browsers = t('a11y.browsers', { returnObjects: true }) as unknown;
  return (
    <div className="statement">
      <h1>{t('a11y.title')}</h1>
      <p>{t('a11y.intro')}</p>
      <h2>{t('a11y.supportedHeading')}</h2>
      <ul>{Array.isArray(supported) ? supported.map((item) => <li key={String(item)}>{String(item)}</li>) : null}</ul>
      <h2>{t('a11y.gapsHeading')}</h2>
      <ul>{Array.isArray(gaps) ? gaps.map((item) => <li key={String(item)}>{String(item)}</li>) : null}</ul>
      {/* Where the browser makes a difference a user can act on (tested in WebKit, Chromium and Firefox). */}
      <h2 id="browsers">{t('a11y.browsersHeading')}</h2>
      <ul>{Array.isArray(browsers) ? browsers.map((item) => <li key={String(item)}>{String(item)}</li>) : null}</ul>
      <h2 id="report">{t('a11y.reportHeading')}</h2>
      <p>{t('a11y.report')}</p>
      <AboutTexts />
    </div>
  );
}
