import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, storageInfo, type StorageInfo } from './persistence';
import { formatNumber } from '../../i18n/format';

function megabytes(bytes: number | undefined, lng: string): string {
  return bytes === undefined ? '?' : formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lng);
}

export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | undefined>();

  useEffect(() => {
    void storageInfo().then(setInfo);
  }, []);

  return (
    <section aria-labelledby="storage-heading" className="settings-section">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      <p>{t('storage.where')}</p>
      {info ? (
        <>
          <p data-testid="storage-persisted" data-persisted={String(info.persisted)}>
            {info.persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </p>
          <p>{t('storage.usage', { used: megabytes(info.usage, i18n.language), quota: megabytes(info.quota, i18n.language) })}</p>
          {info.persisted ? null : (
            <>
              <p className="hint-warning">{t('storage.advice')}</p>
              <button type="button" className="button-secondary" onClick={async () => { await requestPersistentStorage(); setInfo(await storageInfo()); }}>
                {t('storage.ask')}
              </button>
            </>
          )}
        </>
      ) : (
        <p className="muted">{t('status.loading')}</p>
      )}
    </section>
  );
}
