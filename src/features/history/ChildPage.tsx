
import { useTranslation } from 'react-i18next';
import { getChild, listConversations, useLive } from '../../storage';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { countRatedAreas } from '../../domain/ratings';
import { Bidi } from '../../ui/Bidi';
import { ChildDetails } from './ChildDetails';
import { StartConversationForm } from './StartConversationForm';

export function ChildPage({ childId }: { childId: string }) {
  const { t, i18n } = useTranslation();
  const data = useLive(async () => ({ child: await getChild(childId), conversations: await listConversations(childId) }), [childId]);
  if (!data) return <p className="muted">{t('status.loading')}</p>;
  const { child, conversations } = data;
  if (!child) return <p role="alert">{t('child.missing')}</p>;

  return (
    <div className="child-page">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'home' })}>{t('nav.home')}</a>
      </p>
      <h1>
        <Bidi>{child.alias}</Bidi>
      </h1>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('child.conversationsHeading')}</h2>
        {conversations.length === 0 ? <p className="muted">{t('child.noConversations')}</p> : null}
        <ol className="timeline" data-testid="timeline">
          {conversations.map((conversation) => {
            const open = conversation.actions.filter((a) => !a.done).length;
            return (
              <li key={conversation.id}>
                <a href={hrefFor({ name: 'conversation', conversationId: conversation.id })} className="timeline-card">
                  <span className="timeline-date">{formatDate(conversation.date, i18n.language)}</span>
                  <span>
                    {t(`summary:setting.${conversation.setting}`)}
                    {' · '}
                    {conversation.participants.map((p) => t(`summary:role.${p.role}`)).join(', ')}
                  </span>
                  <span className="muted">
                    {t('child.ratedAreas', { count: countRatedAreas(conversation) })}
                    {' · '}
                    {t('child.openActions', { count: open })}
                  </span>
                  {conversation.status === 'completed' ? <span className="badge">{t('conversation.completed')}</span> : <span className="badge badge-draft">{t('conversation.draft')}</span>}
                </a>
              </li>
            );
          })}
        </ol>
      </section>
      <StartConversationForm child={child} />
      <ChildDetails child={child} />
    </div>
  );
}
