import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateStore } from './serviceWorker';

/** "A new version is ready": offered, never imposed. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const { updateReady, applyUpdate, dismiss } = useUpdateStore();
  const [busy, setBusy] = useState(false);
  if (!updateReady) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <p>{t('update.ready')}</p>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await applyUpdate();
        }}
        data-testid="update-now"
      >
        {t('update.now')}
      </button>
      <button type="button" className="button-secondary" onClick={dismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}
