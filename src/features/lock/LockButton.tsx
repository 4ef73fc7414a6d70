import { useTranslation } from 'react-i18next';
import { lockNow, useLockStore } from './lockStore';
import './lock.css';

/** In the header while the lock is on and open: one press forgets the key. */
export function LockButton() {
  const { t } = useTranslation('lock');
  const unlocked = useLockStore((s) => s.status === 'unlocked');
  if (!unlocked) return null;
  return (
    <button type="button" className="lock-button" onClick={() => void lockNow()} aria-label={t('button.label')} data-testid="lock-now">
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" className="lock-button-icon">
        <rect x="5" y="11" width="14" height="10" rx="2" />
        <path d="M8 11 V8 a4 4 0 0 1 8 0 V11" />
      </svg>
      {t('button.lock')}
    </button>
  );
}
