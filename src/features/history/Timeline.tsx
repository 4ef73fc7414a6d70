import { useTranslation } from 'react-i18next';
import { openActions } from '../../domain/followUp';
import type { Conversation } from '../../domain/model';
import { ratedPerspectives } from '../../domain/ratings';
import { AREA_IDS } from '../../domain/wheel';
import { hrefFor } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';

/** The child's conversations, newest first (as listConversations gives them), each with what it holds. */
export function Timeline({ conversations }: { conversations: Conversation[] }) {
  const { t, i18n } = useTranslation(['history', 'common', 'summary', 'wheel', 'practice']);
  // An action counts as open where its newest copy is, so a carried-on action is not counted twice.
  const openIds = new Set(openActions(conversations).map((o) => `${o.conversationId}/${o.action.id}`));

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('common:child.conversationsHeading')}</h2>
      {conversations.length === 0 ? <p className="muted">{t('common:child.noConversations')}</p> : null}
      <ol className="timeline" data-testid="timeline" reversed>
        {conversations.map((conversation, index) => {
          const previous = conversations[index + 1];
          const open = conversation.actions.filter((a) => openIds.has(`${conversation.id}/${a.id}`)).length;
          const rated = AREA_IDS.filter((id) => ratedPerspectives(conversation.entries[id]).length > 0);
          const date = formatDate(conversation.date, i18n.language);
          return (
            <li key={conversation.id} className="timeline-card" data-conversation-id={conversation.id}>
              <h3 className="timeline-date">
                <a href={hrefFor({ name: 'conversation', conversationId: conversation.id })}>{date}</a>
                {conversation.status === 'completed' ? (
                  <span className="badge">{t('common:conversation.completed')}</span>
                ) : (
                  <span className="badge badge-draft">{t('common:conversation.draft')}</span>
                )}
                {conversation.transfer ? (
                  <span className="badge" data-testid="badge-transferred">
                    {t('practice:transfer.badge')}
                  </span>
                ) : null}
              </h3>
              <p>
                {t(`summary:setting.${conversation.setting}`)}
                {' · '}
                {conversation.participants.map((p) => t(`summary:role.${p.role}`)).join(', ')}
                {conversation.participants.some((p) => p.name) ? (
                  <>
                    {' ('}
                    <Bidi>{conversation.participants.flatMap((p) => (p.name ? [p.name] : [])).join(', ')}</Bidi>
                    {')'}
                  </>
                ) : null}
              </p>
              <p className="muted">
                {t('common:child.ratedAreas', { count: rated.length })}
                {rated.length > 0 ? `: ${rated.map((id) => t(`wheel:areas.${id}.label`)).join(', ')}` : null}
              </p>
              <p className={open > 0 ? 'timeline-open' : 'muted'}>{t('common:child.openActions', { count: open })}</p>
              {previous ? (
                <p>
                  <a href={hrefFor({ name: 'compare', childId: conversation.childId, from: previous.id, to: conversation.id })}>
                    {t('history:timeline.compareWithPrevious', { date: formatDate(previous.date, i18n.language, 'medium') })}
                  </a>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
