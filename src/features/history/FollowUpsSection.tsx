import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpLists, type FollowUpItem } from '../../domain/followUp';
import type { Child, Conversation } from '../../domain/model';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';
import { DueText } from './DueText';

/** How many of each list show before "Show all": hundreds of children must not bury the home screen. */
const SHOWN = 8;
const UPCOMING_DAYS = 30;

function FollowUpList({ items, today, kind }: { items: FollowUpItem[]; today: string; kind: 'overdue' | 'upcoming' }) {
  const { t } = useTranslation('history');
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className={`follow-up-list follow-up-${kind}`} data-testid={`follow-ups-${kind}`}>
        {shown.map((item) => (
          <li key={`${item.kind}/${item.conversationId}/${item.action?.id ?? ''}`} className={item.overdue ? 'follow-up-item is-overdue' : 'follow-up-item'}>
            <a href={hrefFor({ name: 'child', childId: item.childId })} className="follow-up-alias">
              <Bidi>{item.alias}</Bidi>
            </a>
            <span className="follow-up-what">
              {item.kind === 'meeting' ? (
                t('followUps.meeting')
              ) : (
                <>
                  {t('followUps.action')} <Bidi>{item.action?.what.trim() || t('actions.untitled')}</Bidi>
                </>
              )}
            </span>
            <DueText due={item.date} today={today} kind={item.kind} />
          </li>
        ))}
      </ul>
      {items.length > SHOWN ? (
        <button type="button" className="button-quiet" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('followUps.showFewer') : t(`followUps.showAll.${kind}`, { count: items.length })}
        </button>
      ) : null}
    </>
  );
}

/** Home screen: meetings and actions whose date has passed, then those due within a month. */
export function FollowUpsSection({ childList, conversations, today }: { childList: Child[]; conversations: Conversation[]; today: string }) {
  const { t } = useTranslation('history');
  // Computed once per change of the records, not on every render of the home screen.
  const { overdue, upcoming } = useMemo(() => followUpLists(childList, conversations, today, UPCOMING_DAYS), [childList, conversations, today]);
  if (overdue.length === 0 && upcoming.length === 0) return null;
  return (
    <section className="follow-ups" aria-labelledby="follow-ups-heading" data-testid="follow-ups">
      <h2 id="follow-ups-heading">{t('followUps.heading')}</h2>
      {overdue.length > 0 ? (
        <>
          <h3>{t('followUps.overdueHeading', { count: overdue.length })}</h3>
          <FollowUpList items={overdue} today={today} kind="overdue" />
        </>
      ) : null}
      <h3>{t('followUps.upcomingHeading', { days: UPCOMING_DAYS })}</h3>
      {upcoming.length === 0 ? <p className="muted">{t('followUps.noneUpcoming')}</p> : <FollowUpList items={upcoming} today={today} kind="upcoming" />}
    </section>
  );
}
