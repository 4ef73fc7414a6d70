// Restores a backup file: pick it, give the passphrase if it is encrypted, see what it holds and what
// each mode would do, choose merge or replace, then write everything in one transaction. Nothing is
// written before the whole file has been validated, and a failed step leaves the device as it was.
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ParsedBackup } from '../../domain/backup';
import { DEFAULT_MAX_BACKUP_BYTES } from '../../domain/backup/format';
import { intlLocale } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { TextField } from '../../ui/TextField';
import { backupErrorCode, backupErrorKey } from './backupErrors';
import type { PlanCounts } from './backupActions';

type Step =
  | { step: 'idle' }
  | { step: 'busy'; text: string }
  | { step: 'passphrase'; text: string }
  | { step: 'ready'; backup: ParsedBackup; encrypted: boolean; preview: Record<ImportMode, PlanCounts> };

const loadActions = () => import('./backupActions');
const MAX_ALIASES = 20;

export function BackupRestoreForm() {
  const { t, i18n } = useTranslation(['export', 'backup']);
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();

  // Keyboard and screen-reader users land on the preview once the file has been read.
  useEffect(() => {
    if (state.step === 'ready') previewHeading.current?.focus();
  }, [state.step]);

  function reset() {
    setState({ step: 'idle' });
    setPassphrase('');
    setMode('merge');
    setConfirmReplace(false);
    if (fileInput.current) fileInput.current.value = '';
  }

  async function open(text: string, withPassphrase?: string) {
    const { openBackupFile, previewRestore } = await loadActions();
    try {
      const backup = await openBackupFile(text, withPassphrase);
      const preview = await previewRestore(backup);
      setPassphrase('');
      setState({ step: 'ready', backup, encrypted: withPassphrase !== undefined, preview });
    } catch (e) {
      const code = backupErrorCode(e);
      if (code === 'passphrase-needed' || (code === 'wrong-passphrase' && withPassphrase !== undefined)) {
        setState({ step: 'passphrase', text });
        if (code === 'wrong-passphrase') setError(t(backupErrorKey(e)));
        return;
      }
      reset();
      setError(code ? t(backupErrorKey(e)) : t('backup.readFailed'));
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setError(undefined);
    setDone(undefined);
    if (!file) return;
    // Refused before reading: a wrong pick (a video, say) must not freeze the device.
    if (file.size > DEFAULT_MAX_BACKUP_BYTES) {
      reset();
      setError(t('backup:errors.too-large'));
      return;
    }
    setState({ step: 'busy', text: t('backup.reading') });
    let text: string;
    try {
      text = await file.text();
    } catch {
      reset();
      setError(t('backup.readFailed'));
      return;
    }
    await open(text);
  }

  async function onPassphrase(event: FormEvent) {
    event.preventDefault();
    if (state.step !== 'passphrase' || passphrase === '') return;
    setError(undefined);
    const text = state.text;
    setState({ step: 'busy', text: t('backup.reading') });
    await open(text, passphrase);
  }

  async function apply(event: FormEvent) {
    event.preventDefault();
    if (state.step !== 'ready' || (mode === 'replace' && !confirmReplace)) return;
    const { backup } = state;
    setError(undefined);
    setState({ step: 'busy', text: t('backup.applying') });
    try {
      const { applyRestore } = await loadActions();
      const counts = await applyRestore(backup, mode);
      reset();
      setDone(
        t('backup.restored', {
          children: t('backup.count.children', { count: counts.children.added + counts.children.updated }),
          conversations: t('backup.count.conversations', { count: counts.conversations.added + counts.conversations.updated }),
        }),
      );
    } catch {
      reset();
      setError(t('backup.writeFailed'));
    }
  }

  const count = (kind: 'children' | 'conversations', n: number) => t(`backup.count.${kind}`, { count: n });

  return (
    <div className="backup-restore" data-testid="backup-restore">
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('backup.file')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          disabled={state.step === 'busy'}
          data-testid="backup-file"
        />
      </div>

      {state.step === 'busy' ? <p className="muted">{state.text}</p> : null}

      {state.step === 'passphrase' ? (
        <form onSubmit={(e) => void onPassphrase(e)} noValidate>
          <p>{t('backup:errors.passphrase-needed')}</p>
          <TextField label={t('backup.passphraseFor')} type="password" value={passphrase} onChange={setPassphrase} autoComplete="current-password" />
          <div className="toolbar">
            <button type="submit" disabled={passphrase === ''}>
              {t('backup.open')}
            </button>
            <button type="button" className="button-secondary" onClick={reset}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      {state.step === 'ready' ? (
        <form onSubmit={(e) => void apply(e)} noValidate className="backup-preview" data-testid="backup-preview">
          <h4 ref={previewHeading} tabIndex={-1}>
            {t('backup.contains', {
              children: count('children', state.backup.children.length),
              conversations: count('conversations', state.backup.conversations.length),
              date: new Date(state.backup.exportedAt).toLocaleString(intlLocale(i18n.language), { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </h4>
          {state.encrypted ? <p className="muted">{t('backup.encryptedFile')}</p> : null}
          {state.backup.children.length > 0 ? (
            <p>
              {t('backup.aliases')}
              {': '}
              <Bidi>
                {state.backup.children
                  .slice(0, MAX_ALIASES)
                  .map((c) => c.alias)
                  .join(', ')}
              </Bidi>
              {state.backup.children.length > MAX_ALIASES ? ' …' : null}
            </p>
          ) : null}
          <fieldset>
            <legend>{t('backup.mode')}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name={`${id}-mode`}
                value="merge"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
                aria-describedby={`${id}-merge-hint`}
              />
              {t('backup.merge')}
            </label>
            <p className="field-hint" id={`${id}-merge-hint`}>
              {t('backup.mergeHint')}
            </p>
            <label className="checkbox">
              <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              {t('backup.replace')}
            </label>
          </fieldset>
          {mode === 'replace' ? (
            <div>
              <p className="backup-warning" data-testid="replace-warning">
                {t('backup.replaceWarning', {
                  children: count('children', state.preview.replace.children.deleted),
                  conversations: count('conversations', state.preview.replace.conversations.deleted),
                })}
              </p>
              <label className="checkbox">
                <input type="checkbox" checked={confirmReplace} onChange={(e) => setConfirmReplace(e.target.checked)} />
                {t('backup.replaceConfirm')}
              </label>
            </div>
          ) : null}
          <table className="plan-table">
            <caption>{t('backup.planCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backup.kind')}</th>
                <th scope="col">{t('backup.added')}</th>
                <th scope="col">{t('backup.updated')}</th>
                <th scope="col">{t('backup.unchanged')}</th>
                <th scope="col">{t('backup.deleted')}</th>
              </tr>
            </thead>
            <tbody>
              {(['children', 'conversations'] as const).map((kind) => {
                const c = state.preview[mode][kind];
                return (
                  <tr key={kind}>
                    <th scope="row">{t(`backup.${kind}`)}</th>
                    <td>{c.added}</td>
                    <td>{c.updated}</td>
                    <td>{c.unchanged}</td>
                    <td>{c.deleted}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="toolbar">
            <button type="submit" className={mode === 'replace' ? 'button-danger' : undefined} disabled={mode === 'replace' && !confirmReplace}>
              {t('backup.apply')}
            </button>
            <button type="button" className="button-secondary" onClick={reset}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      ) : null}

      <p role="alert" className="form-error" data-testid="backup-restore-error">
        {error}
      </p>
      <p role="status" className="form-ok" data-testid="backup-restore-status">
        {done}
      </p>
    </div>
  );
}
