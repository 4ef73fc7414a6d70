import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLockStore } from './lockStore';
import { TurnOnLockForm } from './TurnOnLockForm';
import { TurnOffLockForm } from './TurnOffLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { IdleTimeSetting } from './IdleTimeSetting';
import './lock.css';

/** Settings: turn the lock on or off, change the passphrase, choose when it locks itself. */
export function LockSettings() {
  const { t } = useTranslation('lock');
  const status = useLockStore((s) => s.status);
  const [changed, setChanged] = useState<'on' | 'off' | undefined>();
  const on = status === 'unlocked';
  return (
    <section aria-labelledby="lock-settings-heading" className="settings-section" data-testid="lock-settings" data-lock={on ? 'on' : 'off'}>
      <h2 id="lock-settings-heading">{t('settings.heading')}</h2>
      <p>{t('settings.why')}</p>
      <p className={on ? 'form-ok' : 'hint-warning'} data-testid="lock-state">
        {on ? t('settings.on') : t('settings.off')}
      </p>
      <div role="status">
        {on && changed === 'on' ? <p className="form-ok">{t('turnOn.done')}</p> : null}
        {!on && changed === 'off' ? <p className="form-ok">{t('turnOff.done')}</p> : null}
      </div>
      {on ? (
        <>
          <IdleTimeSetting />
          <ChangePassphraseForm />
          <TurnOffLockForm onDone={() => setChanged('off')} />
        </>
      ) : (
        <TurnOnLockForm onDone={() => setChanged('on')} />
      )}
    </section>
  );
}
