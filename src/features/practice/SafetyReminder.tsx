// On the home screen while a worry for a child's safety has no recorded outcome: a calm reminder that
// leads back to it. Aliases only, never what the worry said.
import { useTranslation } from 'react-i18next';
import type { Child, Conversation } from '../../domain/model';
import { openConcerns } from '../../domain/practice/safety';
import { hrefFor } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import './practice.css';

export function SafetyReminder({ childList, conversations }: { childList: Child[]; conversations: Conversation[] }) {
  const { t, i18n } = useTranslation('practice');
  const aliases = new Map(childList.map((c) => [c.id, c.alias]));
  const open = openConcerns(conversations).filter((o) => aliases.has(o.childId));
  if (open.length === 0) return null;
  return (
    <aside className="practice-reminder" aria-labelledby="safety-reminder-heading" data-testid="safety-reminder">
      <h2 id="safety-reminder-heading">{t('reminder.heading')}</h2>
      <p>{t('reminder.text', { count: open.length })}</p>
      <ul>
        {open.map(({ concern, childId, conversationId }) => (
          <li key={concern.id}>
            <a href={hrefFor({ name: 'conversation', conversationId, areaId: concern.areaId })}>
              <Bidi>{aliases.get(childId) ?? ''}</Bidi>
              {' · '}
              {formatDate(concern.raisedDate, i18n.language, 'medium')}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
