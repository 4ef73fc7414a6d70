import { useTranslation } from 'react-i18next';
import { useConversationUi } from './conversationUiStore';
import { hrefFor } from '../../navigation';
import { flushAllEdits } from '../../storage';

/**
 * Says quietly that typing is saved, and loudly when it is not. The text stays on screen either way (the
 * autosaver keeps it pending); a full disk gets the way to a backup (export lives in settings) and a retry.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useConversationUi((s) => s.saveState);
  const saveError = useConversationUi((s) => s.saveError);
  if (saveState === 'error') {
    const quota = saveError === 'quota';
    return (
      <div className="save-error" role="alert" data-testid="save-error" data-error={quota ? 'quota' : 'other'}>
        <p>{t(quota ? 'save.quotaError' : 'save.error')}</p>
        <p>
          {quota ? (
            <>
              {/* A new window: leaving this page would take the unsaved text off the screen. */}
              <a href={hrefFor({ name: 'settings' })} target="_blank" rel="noopener" data-testid="save-error-backup">
                {t('save.backupAdvice')} {t('storage.newWindow')}
              </a>{' '}
            </>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => void flushAllEdits()} data-testid="save-retry">
            {t('storage.retrySave')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <p className="save-status" aria-live="polite" data-testid="save-status" data-state={saveState}>
      {saveState === 'saving' ? t('save.saving') : saveState === 'saved' ? t('save.saved') : t('save.auto')}
    </p>
  );
}
