import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, openActions } from '../../domain/followUp';
import type { Conversation } from '../../domain/model';
import { describeWriteError } from '../../storage';
import { setActionDone } from './actionUpdates';
import { OpenActionItem } from './OpenActionItem';
import { LiveMessage, type Message } from './LiveMessage';

/** The child page's list of everything agreed and not yet done, across all conversations. */
export function OpenActionsSection({ conversations, today }: { conversations: Conversation[]; today: string }) {
  const { t } = useTranslation(['history', 'common']);
  const [message, setMessage] = useState<Message | undefined>();
  const open = openActions(conversations);
  const overdue = open.filter((o) => o.action.due !== undefined && isOverdue(o.action.due, today)).length;

  async function markDone(conversationId: string, actionId: string, what: string) {
    try {
      const ok = await setActionDone(conversationId, actionId);
      setMessage(ok ? { kind: 'ok', text: t('actions.markedDone', { what }) } : { kind: 'error', text: t('actions.gone') });
    } catch (error) {
      setMessage({ kind: 'error', text: t(`common:${describeWriteError(error)}`) });
    }
  }

  return (
    <section className="open-actions" aria-labelledby="open-actions-heading" data-testid="open-actions">
      <h2 id="open-actions-heading">{t('actions.heading', { count: open.length })}</h2>
      {open.length === 0 ? <p className="muted">{t('actions.noneOpen')}</p> : null}
      {overdue > 0 ? <p className="overdue-count">{t('actions.overdueCount', { count: overdue })}</p> : null}
      <ul className="open-action-list">
        {open.map((o) => (
          <OpenActionItem key={o.action.id} open={o} today={today}>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void markDone(o.conversationId, o.action.id, o.action.what.trim() || t('actions.untitled'))}
              aria-label={t('actions.markDoneFor', { what: o.action.what.trim() || t('actions.untitled') })}
            >
              {t('actions.markDone')}
            </button>
          </OpenActionItem>
        ))}
      </ul>
      <LiveMessage message={message} />
    </section>
  );
}
