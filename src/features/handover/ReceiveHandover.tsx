// Settings: take over a child handed over from a colleague. The file and the words told by phone; a wrong
// passphrase or a damaged file changes nothing and says so. The colleague's message is shown before import.
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MAX_BACKUP_BYTES } from '../../domain/backup/format';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';
import { TextField } from '../../ui/TextField';
import { backupErrorCode } from '../export/backupErrors';
import type { OpenedHandover } from './handoverActions';
import './handover.css';

type Problem = 'wrong' | 'damaged' | 'notHandover' | 'tooLarge' | 'write';

export function ReceiveHandover() {
  const { t } = useTranslation('practice');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState<string | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<OpenedHandover | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ childId: string; alias: string } | undefined>();

  function reset() {
    setText(undefined);
    setOpened(undefined);
    setPassphrase('');
    if (input.current) input.current.value = '';
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblem(undefined);
    setDone(undefined);
    setOpened(undefined);
    if (!file) return;
    if (file.size > DEFAULT_MAX_BACKUP_BYTES) {
      reset();
      setProblem('tooLarge');
      return;
    }
    try {
      setText(await file.text());
    } catch {
      reset();
      setProblem('damaged');
    }
  }

  async function open(event: FormEvent) {
    event.preventDefault();
    if (!text || passphrase.trim() === '') return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { openHandoverFile } = await import('./handoverActions');
      setOpened(await openHandoverFile(text, passphrase));
    } catch (error) {
      const code = backupErrorCode(error);
      setProblem(code === 'wrong-passphrase' ? 'wrong' : error instanceof Error && error.name === 'NotAHandoverError' ? 'notHandover' : 'damaged');
    } finally {
      setBusy(false);
    }
  }

  async function take() {
    if (!opened) return;
    setBusy(true);
    try {
      const { importHandover } = await import('./handoverActions');
      await importHandover(opened);
      setDone({ childId: opened.child.id, alias: opened.child.alias });
      reset();
    } catch {
      setProblem('write');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`} id="receive-handover" data-testid="receive-handover">
      <h2 id={`${id}-heading`}>{t('receive.heading')}</h2>
      <p>{t('receive.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('receive.file')}</label>
        <input ref={input} id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} data-testid="receive-file" />
      </div>
      {text && !opened ? (
        <form onSubmit={(e) => void open(e)} noValidate>
          <TextField
            label={t('receive.passphrase')}
            hint={t('receive.passphraseHint')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            data-testid="receive-passphrase"
          />
          <button type="submit" disabled={busy || passphrase.trim() === ''} data-testid="receive-open">
            {t('receive.open')}
          </button>
        </form>
      ) : null}
      {opened ? (
        <div className="backup-preview" data-testid="receive-preview">
          <h3>
            {t('receive.contains', { count: opened.backup.conversations.length })}
            {': '}
            <Bidi>{opened.child.alias}</Bidi>
          </h3>
          {opened.sent?.sender ? (
            <p>
              {t('receive.from')}
              {': '}
              <Bidi>{opened.sent.sender}</Bidi>
            </p>
          ) : null}
          {opened.sent?.message ? (
            <figure>
              <figcaption>{t('receive.message')}</figcaption>
              <blockquote className="handover-message" data-testid="receive-message">
                <Bidi>{opened.sent.message}</Bidi>
              </blockquote>
            </figure>
          ) : (
            <p className="muted">{t('receive.noMessage')}</p>
          )}
          <div className="toolbar">
            <button type="button" onClick={() => void take()} disabled={busy} data-testid="receive-import">
              {t('receive.import')}
            </button>
            <button type="button" className="button-secondary" onClick={reset}>
              {t('receive.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="alert" className="form-error" data-testid="receive-error">
        {problem ? t(`receive.problem.${problem}`) : null}
      </p>
      <div role="status" data-testid="receive-status">
        {done ? (
          <p className="form-ok">
            {t('receive.done')}{' '}
            <a href={hrefFor({ name: 'child', childId: done.childId })}>
              <Bidi>{done.alias}</Bidi>
            </a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
