import { useTranslation } from 'react-i18next';
import { daysBetween, isIsoDate } from '../../domain/followUp';
import { formatDate } from '../../i18n/format';
import { CalendarIcon, WarningIcon } from './Icons';

/** "Due 3 March", "Due today" or, standing out in words and with an icon, "Overdue since 3 March (5 days)". */
export function DueText({ due, today, kind = 'action' }: { due: string | undefined; today: string; kind?: 'action' | 'meeting' }) {
  const { t, i18n } = useTranslation('history');
  if (!due || !isIsoDate(due)) return kind === 'action' ? <span className="due muted">{t('due.none')}</span> : null;
  const date = formatDate(due, i18n.language, 'medium');
  const days = daysBetween(today, due);
  if (days < 0) {
    return (
      <span className="due is-overdue" data-overdue="true">
        <WarningIcon />
        <strong>{t(`due.${kind}Overdue`, { date, count: -days })}</strong>
      </span>
    );
  }
  return (
    <span className="due">
      <CalendarIcon />
      {days === 0 ? t(`due.${kind}Today`) : t(`due.${kind}Upcoming`, { date })}
    </span>
  );
}
