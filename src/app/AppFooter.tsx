import { useTranslation } from 'react-i18next';
import { hrefFor } from '../navigation';
import { packLanguages } from '../domain/wheelPack';
import { reviewState } from '../i18n/reviewShare';
import { Bidi } from '../ui/Bidi';
import { ABOUT_TEXTS_QUERY } from '../features/texts/aboutLink';
import { packInUse, useWheelPackStore } from '../features/texts/wheelPackStore';

export function AppFooter() {
  const { t, i18n } = useTranslation();
  const review = reviewState(i18n.language, i18n);
  // The pack's name where it has texts for this language; elsewhere the wheel shows the built-in texts.
  const packName = useWheelPackStore((s) => {
    const pack = packInUse(s)?.pack;
    return pack && packLanguages(pack, [i18n.language]).length > 0 ? pack.name : undefined;
  });
  const statement = hrefFor({ name: 'accessibility' });
  return (
    <footer className="app-footer">
      {review.kind === 'partly' ? (
        <p className="review-note" data-testid="unreviewed-note">
          {t('translation.unreviewed', { percent: review.percent })} <a href={`${statement}?report=translation`}>{t('translation.report')}</a>
        </p>
      ) : null}
      <p>
        {t('footer.private')} · <a href={statement}>{t('footer.accessibility')}</a> ·{' '}
        <a href={`${statement}?${ABOUT_TEXTS_QUERY}`} data-testid="about-texts-link">
          {t('texts.footerLink')} <Bidi>{packName ?? t('texts.builtInName')}</Bidi>
        </a>
      </p>
    </footer>
  );
}
