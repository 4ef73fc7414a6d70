import { useTranslation } from 'react-i18next';
import type { OpenAction } from '../../domain/followUp';
import { isOverdue } from '../../domain/followUp';
import { hrefFor } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { DueText } from './DueText';

interface OpenActionItemProps {
  open: OpenAction;
  today: string;
  /** The buttons that go with the action where it is shown (mark done, carry on). */
  children?: React.ReactNode;
}

/** One agreed action that is not done yet: what, who, by when, and which conversation it came from. */
export function OpenActionItem({ open, today, children }: OpenActionItemProps) {
  const { t, i18n } = useTranslation(['history', 'wheel']);
  const { action } = open;
  const overdue = action.due !== undefined && isOverdue(action.due, today);
  const from = hrefFor(
    action.areaId
      ? { name: 'conversation', conversationId: open.conversationId, areaId: action.areaId }
      : { name: 'conversation', conversationId: open.conversationId },
  );
  return (
    <li className={overdue ? 'open-action is-overdue' : 'open-action'} data-action-id={action.id}>
      <p className="open-action-what">
        <Bidi>{action.what.trim() || t('history:actions.untitled')}</Bidi>
      </p>
      <p className="open-action-meta">
        {action.who.trim() ? (
          <span>
            {t('history:actions.who')} <Bidi>{action.who}</Bidi>
          </span>
        ) : null}
        {action.areaId ? <span>{t('history:actions.area', { area: t(`wheel:areas.${action.areaId}.label`) })}</span> : null}
        <DueText due={action.due} today={today} />
      </p>
      <p className="open-action-source">
        <a href={from}>{t('history:actions.from', { date: formatDate(open.conversationDate, i18n.language, 'medium') })}</a>
      </p>
      {children ? <div className="open-action-buttons">{children}</div> : null}
    </li>
  );
}
