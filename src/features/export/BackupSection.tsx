// The backup part of the settings page: save a backup, restore one.
import { useTranslation } from 'react-i18next';
import { BackupExportForm } from './BackupExportForm';
import { BackupRestoreForm } from './BackupRestoreForm';

export function BackupSection() {
  const { t } = useTranslation('export');
  return (
    <section className="settings-section backup-section" aria-labelledby="backup-heading" id="backup" data-testid="backup-section">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>{t('backup.intro')}</p>
      <div className="backup-part">
        <h3>{t('backup.exportHeading')}</h3>
        <BackupExportForm />
      </div>
      <div className="backup-part">
        <h3>{t('backup.restoreHeading')}</h3>
        <BackupRestoreForm />
      </div>
    </section>
  );
}
