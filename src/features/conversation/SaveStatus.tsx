import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/uiStore';
import { hrefFor } from '../../app/router';

/** Says quietly that typing is saved, and loudly when it is not (the text stays on screen). */
export function SaveStatus() {
  const { t } = useTranslation();
  const saveState = useUiStore((s) => s.saveState);
  const saveError = useUiStore((s) => s.saveError);
  if (saveState === 'error') {
    return (
      <div className="save-error" role="alert" data-testid="save-error">
        <p>{t(saveError === 'quota' ? 'save.quotaError' : 'save.error')}</p>
        {saveError === 'quota' ? <a href={hrefFor({ name: 'settings' })}>{t('save.backupAdvice')}</a> : null}
      </div>
    );
  }
  return (
    <p className="save-status" aria-live="polite" data-testid="save-status" data-state={saveState}>
      {saveState === 'saving' ? t('save.saving') : saveState === 'saved' ? t('save.saved') : t('save.auto')}
    </p>
  );
}
