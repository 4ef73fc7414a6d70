import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, storageInfo, toMegabytes, type StorageInfo } from './persistence';
import { formatNumber } from '../../i18n/format';

/** Whether the browser promises to keep our data, how much is used, and what to do when it does not. */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | undefined>();
  // The browser's answer to "Ask for persistent storage" in this visit: false means it said no.
  const [answer, setAnswer] = useState<boolean | undefined>();

  useEffect(() => {
    let cancelled = false;
    void storageInfo().then((next) => {
      if (!cancelled) setInfo(next);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const ask = async () => {
    setAnswer(await requestPersistentStorage());
    setInfo(await storageInfo());
  };

  const mb = (bytes: number) => formatNumber(toMegabytes(bytes), i18n.language);
  const persisted = info?.persisted;

  return (
    <section aria-labelledby="storage-heading" className="settings-section" data-testid="storage-status">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.where')}</p>
      {info ? (
        <>
          <p data-testid="storage-persisted" data-persisted={persisted === undefined ? 'unknown' : String(persisted)}>
            {persisted === true ? t('storage.persisted') : persisted === false ? t('storage.notPersisted') : t('storage.unknown')}
          </p>
          <p data-testid="storage-usage">
            {info.usage !== undefined && info.quota !== undefined
              ? t('storage.usage', { used: mb(info.usage), quota: mb(info.quota) })
              : t('storage.usageUnknown')}
          </p>
          {persisted === true ? null : (
            <>
              <p className="hint-warning">{t('storage.advice')}</p>
              {persisted === false ? (
                <button type="button" className="button-secondary" onClick={() => void ask()} data-testid="storage-ask">
                  {t('storage.ask')}
                </button>
              ) : null}
              {answer === false ? (
                <p role="status" data-testid="storage-denied">
                  {t('storage.denied')}
                </p>
              ) : null}
            </>
          )}
        </>
      ) : (
        <p className="muted">{t('status.loading')}</p>
      )}
    </section>
  );
}
