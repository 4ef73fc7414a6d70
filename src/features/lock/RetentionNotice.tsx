import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../navigation';
import { useRetentionDue, useRetentionMonths } from './useRetentionDue';
import './lock.css';

/** On the home screen: data kept longer than the retention setting, with a way to review it. Never deletes. */
export function RetentionNotice() {
  const { t } = useTranslation('lock');
  const due = useRetentionDue(useRetentionMonths());
  if (!due || due.length === 0) return null;
  return (
    <aside className="retention-notice" aria-label={t('retention.heading')} data-testid="retention-notice">
      <p>{t('retention.notice', { count: due.length })}</p>
      <a href={`${hrefFor({ name: 'settings' })}`} className="button-secondary">
        {t('retention.review')}
      </a>
    </aside>
  );
}
