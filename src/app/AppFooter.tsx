import { useTranslation } from 'react-i18next';
import { hrefFor } from '../navigation';
import { LANGUAGE_META, isLanguage } from '../i18n/languages';

export function AppFooter() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const unreviewed = isLanguage(lng) && !LANGUAGE_META[lng].reviewed;
  return (
    <footer className="app-footer">
      {unreviewed ? (
        <p className="review-note" data-testid="unreviewed-note">
          {t('translation.unreviewed')}{' '}
          <a href={hrefFor({ name: 'accessibility' }) + '?report=translation'}>{t('translation.report')}</a>
        </p>
      ) : null}
      <p>
        {t('footer.private')} · <a href={hrefFor({ name: 'accessibility' })}>{t('footer.accessibility')}</a>
      </p>
    </footer>
  );
}
