import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmPassphrase } from '../lock/lockStore';
import { PassphraseField } from '../lock/PassphraseField';

type Problem = { kind: 'empty' | 'wrong' | 'damaged' } | { kind: 'wait'; seconds: number };

/** With the lock on, the adult leaves the child's turn with the passphrase (after the hold). */
export function ExitPassphrase({ onConfirmed, onCancel }: { onConfirmed: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation(['childTurn', 'lock']);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();

  useEffect(() => {
    input.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setProblem({ kind: 'empty' });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    const result = await confirmPassphrase(passphrase);
    setBusy(false);
    if (result.ok) {
      onConfirmed();
      return;
    }
    setPassphrase('');
    input.current?.focus();
    if (result.reason === 'wait') setProblem({ kind: 'wait', seconds: Math.ceil(result.waitMs / 1000) });
    else setProblem({ kind: result.reason });
  }

  const message =
    problem?.kind === 'wait'
      ? t('lock:unlock.wait', { count: problem.seconds })
      : problem?.kind === 'wrong'
        ? t('lock:unlock.wrong')
        : problem?.kind === 'empty'
          ? t('lock:unlock.empty')
          : problem?.kind === 'damaged'
            ? t('lock:unlock.damaged')
            : busy
              ? t('passphraseChecking')
              : '';
  return (
    <div className="child-turn-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-heading`} lang={i18n.language} dir={i18n.dir(i18n.language)}>
      <form className="child-turn-passphrase" onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>{t('passphraseHeading')}</h2>
        <PassphraseField
          inputRef={input}
          label={t('lock:unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          describedBy={`${id}-status`}
          invalid={problem?.kind === 'wrong' || problem?.kind === 'empty'}
          testId="child-turn-passphrase"
        />
        <p id={`${id}-status`} role="status" className={problem ? 'form-error' : 'muted'} data-testid="child-turn-passphrase-status">
          {message}
        </p>
        <div className="toolbar">
          <button type="submit" disabled={busy} data-testid="child-turn-passphrase-submit">
            {t('passphraseSubmit')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel} data-testid="child-turn-passphrase-cancel">
            {t('passphraseCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
