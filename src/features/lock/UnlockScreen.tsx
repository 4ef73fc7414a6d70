import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tryUnlock, useLockStore } from './lockStore';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { PassphraseField } from './PassphraseField';
import './lock.css';

/** `at`: when the problem arose; `until`: when the next try is allowed. */
type Problem = { kind: 'empty' } | { kind: 'wrong' | 'wait'; at: number; until: number } | { kind: 'damaged' };

/** Seconds left from `at` until `until`, ticking once a second while there are any. */
function useSecondsUntil(at: number | undefined, until: number | undefined): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (until === undefined) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  if (at === undefined || until === undefined) return 0;
  return Math.max(0, Math.ceil((until - Math.max(now, at)) / 1000));
}

/**
 * All a locked app shows: no alias, no count, nothing about any child. Wrong passphrases get a plain
 * message and a growing wait; a forgotten passphrase is explained honestly, with erasing as the only way on.
 */
export function UnlockScreen() {
  const { t } = useTranslation('lock');
  const damagedRecord = useLockStore((s) => s.status === 'damaged');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(damagedRecord ? { kind: 'damaged' } : undefined);
  const timed = problem && (problem.kind === 'wrong' || problem.kind === 'wait') ? problem : undefined;
  const seconds = useSecondsUntil(timed?.at, timed?.until);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || seconds > 0) return;
    if (passphrase === '') {
      setProblem({ kind: 'empty' });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const result = await tryUnlock(passphrase);
    setBusy(false);
    if (result.ok) return; // the gate shows the app now
    if (result.reason === 'damaged') setProblem({ kind: 'damaged' });
    else {
      const at = Date.now();
      setProblem({ kind: result.reason, at, until: at + result.waitMs });
      if (result.reason === 'wrong') setPassphrase('');
      inputRef.current?.focus();
    }
  }

  const waiting = seconds > 0;
  return (
    <section className="lock-screen" aria-labelledby={`${id}-heading`} data-testid="lock-screen">
      <svg className="lock-icon" width="48" height="48" viewBox="0 0 48 48" aria-hidden="true">
        <rect x="10" y="21" width="28" height="21" rx="3" />
        <path d="M16 21 V15 a8 8 0 0 1 16 0 V21" />
      </svg>
      <h1 id={`${id}-heading`}>{t('unlock.title')}</h1>
      {problem?.kind === 'damaged' ? (
        <p role="alert" className="form-error">
          {t('unlock.damaged')}
        </p>
      ) : (
        <>
          <p>{t('unlock.intro')}</p>
          <form onSubmit={submit} noValidate className="unlock-form">
            <PassphraseField
              inputRef={inputRef}
              label={t('unlock.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              describedBy={`${id}-status`}
              invalid={problem?.kind === 'wrong' || problem?.kind === 'empty'}
              testId="unlock-passphrase"
            />
            <button type="submit" disabled={busy || waiting} data-testid="unlock-submit">
              {t('unlock.submit')}
            </button>
          </form>
          <div id={`${id}-status`} className="unlock-status" role="status" aria-live="polite">
            {busy ? <p>{t('unlock.busy')}</p> : null}
            {problem?.kind === 'empty' ? <p className="form-error">{t('unlock.empty')}</p> : null}
            {problem?.kind === 'wrong' ? (
              <p className="form-error" data-testid="unlock-wrong">
                {t('unlock.wrong')}
              </p>
            ) : null}
            {waiting ? (
              <p className="form-error" data-testid="unlock-wait">
                {t('unlock.wait', { count: seconds })}
              </p>
            ) : null}
          </div>
        </>
      )}
      <ForgottenPassphrase open={problem?.kind === 'damaged'} />
    </section>
  );
}
