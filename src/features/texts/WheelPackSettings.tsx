import { useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PackInUse } from './PackInUse';
import { problemText } from './problemText';
import { importWheelPackFile, removeImportedPack, useWheelPackStore, type ImportNotice } from './wheelPackStore';

/** Settings: which wheel texts are in use, import a region's wheel pack, remove it again. */
export function WheelPackSettings() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const host = useWheelPackStore((s) => s.host);
  const device = useWheelPackStore((s) => s.device);
  const notice = useWheelPackStore((s) => s.notice);
  const busy = useWheelPackStore((s) => s.busy);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    await importWheelPackFile(file);
    // The same file may be chosen again after fixing it.
    if (input.current) input.current.value = '';
  }

  const message = (n: ImportNotice): string => {
    switch (n.kind) {
      case 'imported':
        return t('wheelPack.imported');
      case 'refused':
        return t('wheelPack.refused', { reason: problemText(t, n.problem) });
      case 'readFailed':
        return t('wheelPack.readFailed');
      case 'saveFailed':
        return t('wheelPack.saveFailed');
      case 'removed':
        return t('wheelPack.removed');
      case 'removeFailed':
        return t('wheelPack.removeFailed');
    }
  };
  const failed = notice !== undefined && notice.kind !== 'imported' && notice.kind !== 'removed';

  return (
    <section aria-labelledby="wheel-pack-heading" className="settings-section" data-testid="wheel-pack-settings">
      <h2 id="wheel-pack-heading">{t('wheelPack.heading')}</h2>
      <p>{t('wheelPack.intro')}</p>
      <PackInUse />
      {host.state === 'invalid' ? (
        <p className="form-error" data-testid="wheel-pack-host-invalid">
          {t('wheelPack.hostInvalid', { reason: problemText(t, host.problem) })}
        </p>
      ) : null}
      {device.state === 'invalid' ? (
        <p className="form-error" data-testid="wheel-pack-device-invalid">
          {t('wheelPack.deviceInvalid', { reason: problemText(t, device.problem) })}
        </p>
      ) : null}
      {device.state === 'ok' && host.state === 'ok' ? <p className="muted">{t('wheelPack.hostSetAside')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('wheelPack.file')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          disabled={busy}
          data-testid="wheel-pack-file"
        />
      </div>
      {device.state !== 'none' ? (
        <button type="button" className="button-secondary" onClick={() => void removeImportedPack()} disabled={busy} data-testid="wheel-pack-remove">
          {t('wheelPack.remove')}
        </button>
      ) : null}
      {busy ? <p className="muted">{t('wheelPack.reading')}</p> : null}
      <p role="alert" className="form-error" data-testid="wheel-pack-error">
        {failed ? message(notice) : null}
      </p>
      <p role="status" className="form-ok" data-testid="wheel-pack-status">
        {notice && !failed ? message(notice) : null}
      </p>
    </section>
  );
}
