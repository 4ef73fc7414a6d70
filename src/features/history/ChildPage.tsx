import { useTranslation } from 'react-i18next';
import { todayInZone } from '../../domain/followUp';
import { getChild, listConversations, useLive } from '../../storage';
import { hrefFor } from '../../navigation';
import { Bidi } from '../../ui/Bidi';
import { ChildBackup } from '../export/ChildBackup';
import { ChildDetails } from './ChildDetails';
import { NetworkSection } from './NetworkSection';
import { OpenActionsSection } from './OpenActionsSection';
import { StartConversationForm } from './StartConversationForm';
import { Timeline } from './Timeline';
import { TrendSection } from './TrendSection';
import { ChildSafetySection } from '../practice/ChildSafetySection';
import { HandoverHistory } from '../handover/HandoverHistory';
import { HandoverSection } from '../handover/HandoverSection';

/** Everything about one child: what was agreed, the conversations, how the wheel changed, and the network. */
export function ChildPage({ childId }: { childId: string }) {
  const { t } = useTranslation(['history', 'common', 'practice']);
  const data = useLive(async () => ({ child: await getChild(childId), conversations: await listConversations(childId) }), [childId]);
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  const { child, conversations } = data;
  if (!child) return <p role="alert">{t('common:child.missing')}</p>;
  const today = todayInZone(new Date());
  const [latest, previous] = conversations;

  return (
    <div className="child-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'home' })}>{t('common:nav.home')}</a>
      </p>
      <h1>
        <Bidi>{child.alias}</Bidi>
      </h1>
      <p className="toolbar">
        {latest && previous ? (
          <a className="button-secondary" href={hrefFor({ name: 'compare', childId, from: previous.id, to: latest.id })}>
            {t('history:compare.link')}
          </a>
        ) : null}
        {latest ? (
          <a className="button-secondary" href={hrefFor({ name: 'plan', childId })} data-testid="plan-link">
            {t('practice:plan.link')}
          </a>
        ) : null}
      </p>
      <ChildSafetySection conversations={conversations} />
      {conversations.length > 0 ? <OpenActionsSection conversations={conversations} today={today} /> : null}
      <Timeline conversations={conversations} />
      <StartConversationForm child={child} />
      <TrendSection conversations={conversations} />
      <NetworkSection child={child} />
      <HandoverHistory child={child} />
      <ChildDetails child={child} />
      <ChildBackup childId={child.id} />
      <HandoverSection child={child} />
    </div>
  );
}
