// Saves a backup of all data or of one child, optionally encrypted with a passphrase, as a download
// (or through the share sheet where the browser can share files).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listChildren, useLive } from '../../storage';
import { TextField } from '../../ui/TextField';
import { Bidi } from '../../ui/Bidi';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './backupRules';
import { canShareFiles, downloadFile, shareOrDownload } from './share';

type Message = { kind: 'ok' | 'error' | 'progress'; text: string };

export function BackupExportForm({ childId }: { childId?: string }) {
  const { t } = useTranslation('export');
  const id = useId();
  const children = useLive(() => (childId === undefined ? listChildren() : Promise.resolve([])), [childId]);
  const [scope, setScope] = useState<'all' | 'one'>('all');
  const [picked, setPicked] = useState<string | undefined>();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const oneChildId = childId ?? (scope === 'one' ? (picked ?? children?.[0]?.id) : undefined);

  async function save(share: boolean) {
    if (encrypt) {
      const problem = passphraseProblem(passphrase, repeat);
      if (problem) {
        setMessage({ kind: 'error', text: t(`backup.${problem}`, { min: MIN_PASSPHRASE_LENGTH }) });
        return;
      }
    }
    setBusy(true);
    setMessage({ kind: 'progress', text: t(encrypt ? 'backup.encrypting' : 'backup.working') });
    try {
      const { createBackupFile } = await import('./backupActions');
      const file = await createBackupFile({ childId: oneChildId, passphrase: encrypt ? passphrase : undefined });
      if (file.children === 0) {
        setMessage({ kind: 'error', text: t('backup.nothing') });
        return;
      }
      const counts = {
        children: t('backup.count.children', { count: file.children }),
        conversations: t('backup.count.conversations', { count: file.conversations }),
      };
      const blob = new File([file.text], file.fileName, { type: 'application/json' });
      let outcome: Awaited<ReturnType<typeof shareOrDownload>> = 'downloaded';
      if (share) outcome = await shareOrDownload(blob, file.fileName);
      else downloadFile(blob, file.fileName);
      if (outcome !== 'cancelled') setMessage({ kind: 'ok', text: t(outcome === 'shared' ? 'backup.shared' : 'backup.done', counts) });
      else setMessage(undefined);
      // The passphrase is not kept around once it has done its job.
      setPassphrase('');
      setRepeat('');
    } catch {
      setMessage({ kind: 'error', text: t('backup.failed') });
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <form className="backup-export" onSubmit={onSubmit} noValidate data-testid="backup-export">
      {childId === undefined ? (
        <fieldset>
          <legend>{t('backup.scope')}</legend>
          <label className="checkbox">
            <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('backup.all')}
          </label>
          <label className="checkbox">
            <input type="radio" name={`${id}-scope`} checked={scope === 'one'} onChange={() => setScope('one')} disabled={!children?.length} />
            {t('backup.oneChild')}
          </label>
          {scope === 'one' && children?.length ? (
            <label className="inline-field">
              {t('backup.child')}
              <select value={oneChildId} onChange={(e) => setPicked(e.target.value)}>
                {children.map((child) => (
                  <option key={child.id} value={child.id}>
                    {child.alias}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </fieldset>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
        {t('backup.encrypt')}
      </label>
      {encrypt ? (
        <div>
          <p className="field-hint" id={`${id}-hint`}>
            {t('backup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          </p>
          <TextField
            label={t('backup.passphrase')}
            type="password"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
            aria-describedby={`${id}-hint`}
          />
          <TextField label={t('backup.passphraseRepeat')} type="password" value={repeat} onChange={setRepeat} autoComplete="new-password" />
        </div>
      ) : null}
      <div className="toolbar backup-buttons">
        <button type="submit" disabled={busy}>
          {t('backup.download')}
        </button>
        {canShareFiles() ? (
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void save(true)}>
            {t('backup.share')}
          </button>
        ) : null}
      </div>
      <p role="status" className={message?.kind === 'error' ? 'form-error' : message?.kind === 'ok' ? 'form-ok' : 'muted'} data-testid="backup-export-status">
        {message ? <Bidi>{message.text}</Bidi> : null}
      </p>
    </form>
  );
}
