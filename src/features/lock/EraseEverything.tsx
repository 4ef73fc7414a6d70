import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { eraseAll } from './lockStore';

/** Settings: erase every child, conversation and setting on this device, after asking. */
export function EraseEverything() {
  const { t } = useTranslation('lock');
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="erase-heading" className="settings-section" data-testid="erase-everything">
      <h2 id="erase-heading">{t('erase.heading')}</h2>
      <p>{t('erase.explain')}</p>
      <ConfirmButton
        label={t('erase.button')}
        question={t('erase.confirm')}
        confirmLabel={t('erase.yes')}
        onConfirm={async () => {
          await eraseAll();
          setDone(true);
        }}
      />
      <p role="status" className="form-ok">
        {done ? t('erase.done') : null}
      </p>
    </section>
  );
}
