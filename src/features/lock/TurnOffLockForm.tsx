import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCryptoError } from '../../domain/crypto';
import { PassphraseField } from './PassphraseField';
import { LockProgress, type LockProgressState } from './LockProgress';
import { turnOff } from './lockStore';

type Progress = LockProgressState;

/** Turning the lock off asks for the passphrase, so a device left open cannot be unlocked for good. */
export function TurnOffLockForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('lock');
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<Progress | undefined>();
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (progress) return;
    setError(undefined);
    setProgress('key');
    try {
      await turnOff(passphrase, (done, total) => setProgress({ done, total }));
      onDone?.();
    } catch (e) {
      setProgress(undefined);
      setError(isCryptoError(e) && e.code === 'wrong-passphrase' ? t('passphrase.wrong') : t('turnOff.failed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="lock-form" aria-labelledby={`${id}-heading`} data-testid="turn-off-lock">
      <h3 id={`${id}-heading`}>{t('turnOff.heading')}</h3>
      <p>{t('turnOff.explain')}</p>
      <PassphraseField label={t('turnOff.passphrase')} value={passphrase} onChange={setPassphrase} autoComplete="current-password" testId="off-passphrase" />
      <button type="submit" className="button-danger" disabled={progress !== undefined}>
        {t('turnOff.submit')}
      </button>
      <LockProgress prefix="turnOff" progress={progress} error={error} />
    </form>
  );
}
