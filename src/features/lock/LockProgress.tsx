import { useTranslation } from 'react-i18next';

/** 'key' while the passphrase key is derived, then how many records are re-encrypted so far. */
export type LockProgressState = { done: number; total: number } | 'key';

/** Progress and error of turning the lock on or off, announced to screen readers. */
export function LockProgress({
  prefix,
  progress,
  error,
}: {
  prefix: 'turnOn' | 'turnOff';
  progress: LockProgressState | undefined;
  error: string | undefined;
}) {
  const { t } = useTranslation('lock');
  return (
    <>
      <div role="status" aria-live="polite">
        {progress === 'key' ? <p>{t(`${prefix}.busyKey`)}</p> : null}
        {progress && progress !== 'key' ? <p>{t(`${prefix}.busy`, { done: progress.done, total: progress.total })}</p> : null}
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
