import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';
import { PassphraseField } from './PassphraseField';
import { LockProgress, type LockProgressState } from './LockProgress';
import { turnOn } from './lockStore';

type Progress = LockProgressState;

/** New passphrase twice, an "I understand" box, then every record is encrypted with progress shown. */
export function TurnOnLockForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (progress) return;
    const problem = passphraseProblem(passphrase, repeat);
    if (problem) {
      setError(t(`passphrase.${problem}`, { min: MIN_PASSPHRASE_LENGTH }));
      return;
    }
    if (!understood) {
      setError(t('turnOn.mustUnderstand'));
      return;
    }
    setError(undefined);
    setProgress('key');
    try {
      await turnOn(passphrase, (done, total) => setProgress({ done, total }));
      setProgress(undefined);
      onDone?.();
    } catch {
      setProgress(undefined);
      setError(t('turnOn.failed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="lock-form" aria-labelledby={`${id}-heading`} data-testid="turn-on-lock">
      <h3 id={`${id}-heading`}>{t('turnOn.heading')}</h3>
      <PassphraseField
        label={t('turnOn.passphrase')}
        hint={t('turnOn.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        testId="new-passphrase"
      />
      <PassphraseField label={t('turnOn.repeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" testId="repeat-passphrase" />
      <label className="checkbox lock-understand">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        {t('turnOn.understand')}
      </label>
      <div>
        <button type="submit" disabled={progress !== undefined}>
          {t('turnOn.submit')}
        </button>
      </div>
      <LockProgress prefix="turnOn" progress={progress} error={error} />
    </form>
  );
}
