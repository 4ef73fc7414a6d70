import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCryptoError } from '../../domain/crypto';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';
import { PassphraseField } from './PassphraseField';
import { changePassphrase } from './lockStore';

type Message = { kind: 'ok' | 'error'; text: string };

/** Current passphrase, the new one twice. Only the wrapped key changes, in one write. */
export function ChangePassphraseForm() {
  const { t } = useTranslation('lock');
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = passphraseProblem(next, repeat);
    if (problem) {
      setMessage({ kind: 'error', text: t(`passphrase.${problem}`, { min: MIN_PASSPHRASE_LENGTH }) });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ kind: 'ok', text: t('change.done') });
    } catch (error) {
      const wrong = isCryptoError(error) && error.code === 'wrong-passphrase';
      setMessage({ kind: 'error', text: wrong ? t('passphrase.wrong') : t('change.failed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="lock-form" aria-labelledby={`${id}-heading`} data-testid="change-passphrase">
      <h3 id={`${id}-heading`}>{t('change.heading')}</h3>
      <PassphraseField label={t('change.current')} value={current} onChange={setCurrent} autoComplete="current-password" testId="current-passphrase" />
      <PassphraseField
        label={t('change.next')}
        hint={t('turnOn.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        value={next}
        onChange={setNext}
        autoComplete="new-password"
        testId="new-passphrase"
      />
      <PassphraseField label={t('change.repeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" testId="repeat-passphrase" />
      <button type="submit" className="button-secondary" disabled={busy}>
        {t('change.submit')}
      </button>
      <div role="status" aria-live="polite">
        {busy ? <p>{t('change.busy')}</p> : null}
        {message?.kind === 'ok' ? <p className="form-ok">{message.text}</p> : null}
      </div>
      {message?.kind === 'error' ? (
        <p role="alert" className="form-error">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
