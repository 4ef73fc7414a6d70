// A small, folded-away backup of one child on the child's page.
import { useTranslation } from 'react-i18next';
import { BackupExportForm } from './BackupExportForm';

export function ChildBackup({ childId }: { childId: string }) {
  const { t } = useTranslation('export');
  return (
    <details className="child-backup backup-section" data-testid="child-backup">
      <summary>{t('backup.childHeading')}</summary>
      <BackupExportForm childId={childId} />
    </details>
  );
}
