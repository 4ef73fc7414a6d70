// On the child's page (the professional's side only): every worry for the child's safety raised in the
// child's conversations, and what came of it.
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { childConcerns } from '../../domain/practice/safety';
import { hrefFor } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import './practice.css';

export function ChildSafetySection({ conversations }: { conversations: Conversation[] }) {
  const { t, i18n } = useTranslation(['practice', 'summary', 'wheel']);
  const concerns = childConcerns(conversations);
  if (concerns.length === 0) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section className="practice-reminder" aria-labelledby="child-safety-heading" data-testid="child-safety">
      <h2 id="child-safety-heading">{t('summary:safety.heading')}</h2>
      <ul>
        {concerns.map(({ concern, conversationId, conversationDate }) => {
          const outcome = concern.outcome;
          return (
            <li key={concern.id} data-concern-id={concern.id}>
              <p>
                <a href={hrefFor({ name: 'conversation', conversationId, areaId: concern.areaId })}>
                  {t('child.raised', {
                    date: date(concern.raisedDate),
                    where: concern.areaId ? t(`wheel:areas.${concern.areaId}.label`) : t('summary:safety.wholeConversation'),
                    conversation: date(conversationDate),
                  })}
                </a>
              </p>
              {!outcome ? <p className="hint-warning">{t('summary:safety.open')}</p> : null}
              {outcome?.reported ? (
                <p>
                  {t('summary:safety.reported', { date: date(outcome.date), channel: t(`summary:safety.channel.${outcome.channel}`) })}
                  {', '}
                  {t('summary:safety.to')}
                  {': '}
                  <Bidi>{outcome.to}</Bidi>
                </p>
              ) : null}
              {outcome && !outcome.reported ? (
                <p>
                  {t('summary:safety.notReported', { date: date(outcome.date) })}
                  {': '}
                  <Bidi>{outcome.reason}</Bidi>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
