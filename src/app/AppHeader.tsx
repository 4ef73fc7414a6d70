import { useTranslation } from 'react-i18next';
import { hrefFor } from '../navigation';
import { LanguageSwitcher } from '../features/settings/LanguageSwitcher';
import { LockButton } from '../features/lock/LockButton';

export function AppHeader() {
  const { t } = useTranslation(['common', 'history']);
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <a className="brand" href={hrefFor({ name: 'home' })}>
        <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" className="brand-mark">
          <circle cx="14" cy="14" r="12" />
          <path d="M14 2 V26 M2 14 H26 M5.5 5.5 L22.5 22.5 M22.5 5.5 L5.5 22.5" />
        </svg>
        <span>{t('app.name')}</span>
      </a>
      <nav aria-label={t('nav.label')} className="app-nav">
        <a href={hrefFor({ name: 'home' })}>{t('nav.home')}</a>
        <a href={hrefFor({ name: 'search' })}>{t('history:search.nav')}</a>
        <a href={hrefFor({ name: 'wheel' })}>{t('nav.wheel')}</a>
        <a href={hrefFor({ name: 'settings' })}>{t('nav.settings')}</a>
      </nav>
      <LanguageSwitcher />
      <LockButton />
    </header>
  );
}
