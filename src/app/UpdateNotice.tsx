import { useTranslation } from 'react-i18next';
import { useUpdateStore } from './serviceWorker';
import { hrefFor } from '../navigation';

/** "A new version is ready": offered, never imposed. Takes no focus, so typing goes on undisturbed. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const phase = useUpdateStore((s) => s.phase);
  const dismissed = useUpdateStore((s) => s.dismissed);
  const accept = useUpdateStore((s) => s.accept);
  const dismiss = useUpdateStore((s) => s.dismiss);
  if (phase === 'none' || dismissed) return null;
  const applying = phase === 'applying';
  return (
    <div className="update-notice" role="status" data-testid="update-notice" data-phase={phase}>
      <p>{t(applying ? 'update.applying' : phase === 'blocked' ? 'update.blocked' : 'update.ready')}</p>
      {phase === 'blocked' ? <a href={hrefFor({ name: 'settings' })}>{t('save.backupAdvice')}</a> : null}
      <button type="button" disabled={applying} onClick={() => void accept()} data-testid="update-now">
        {t(phase === 'blocked' ? 'update.retry' : 'update.now')}
      </button>
      <button type="button" className="button-secondary" disabled={applying} onClick={dismiss} data-testid="update-later">
        {t('update.later')}
      </button>
    </div>
  );
}
