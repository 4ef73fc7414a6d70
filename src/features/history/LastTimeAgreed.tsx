import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareConversations } from '../../domain/changes';
import { openActions, todayInZone, type OpenAction } from '../../domain/followUp';
import type { Action, Conversation } from '../../domain/model';
import { listConversations, useLive, describeWriteError } from '../../storage';
import { setActionDone } from './actionUpdates';
import { LiveMessage, type Message } from './LiveMessage';
import { OpenActionItem } from './OpenActionItem';

/**
 * Open actions agreed before `conversation`, as of it: the draft on screen stands in for its stored copy,
 * so an action carried on into it (same id, newest copy wins) leaves this list at once. Later
 * conversations are left out; they are not "last time" for this one.
 */
export function earlierOpenActions(all: readonly Conversation[], conversation: Conversation): OpenAction[] {
  const upTo = all.filter((c) => c.id !== conversation.id && compareConversations(c, conversation) < 0);
  return openActions([...upTo, conversation]).filter((o) => o.conversationId !== conversation.id);
}

interface LastTimeAgreedProps {
  /** The conversation being edited (the local draft). */
  conversation: Conversation;
  /** Adds the action to the draft; see carryForward in actionUpdates. */
  onCarryForward: (action: Action) => void;
}

/** "Last time we agreed …": the child's open actions from earlier conversations, to mark done or carry on. */
// Memoised: selecting another area re-renders the conversation, and this part does not depend on it.
export const LastTimeAgreed = memo(function LastTimeAgreed({ conversation, onCarryForward }: LastTimeAgreedProps) {
  const { t } = useTranslation(['history', 'common']);
  const [message, setMessage] = useState<Message | undefined>();
  const all = useLive(() => listConversations(conversation.childId), [conversation.childId]);
  if (!all) return null;
  const open = earlierOpenActions(all, conversation);
  // Stay on screen after the last one is handled, so the outcome can still be read.
  if (open.length === 0 && !message) return null;
  const today = todayInZone(new Date());
  const label = (action: Action) => action.what.trim() || t('actions.untitled');

  async function markDone(o: OpenAction) {
    try {
      const ok = await setActionDone(o.conversationId, o.action.id);
      setMessage(ok ? { kind: 'ok', text: t('actions.markedDone', { what: label(o.action) }) } : { kind: 'error', text: t('actions.gone') });
    } catch (error) {
      setMessage({ kind: 'error', text: t(`common:${describeWriteError(error)}`) });
    }
  }

  function carry(o: OpenAction) {
    onCarryForward(o.action);
    setMessage({ kind: 'ok', text: t('lastTime.carried', { what: label(o.action) }) });
  }

  return (
    <section className="last-time" aria-labelledby="last-time-heading" data-testid="last-time">
      <h2 id="last-time-heading">{t('lastTime.heading')}</h2>
      {open.length > 0 ? <p className="muted">{t('lastTime.intro')}</p> : <p className="muted">{t('lastTime.allHandled')}</p>}
      <ul className="open-action-list">
        {open.map((o) => (
          <OpenActionItem key={o.action.id} open={o} today={today}>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void markDone(o)}
              aria-label={t('actions.markDoneFor', { what: label(o.action) })}
            >
              {t('actions.markDone')}
            </button>
            <button type="button" className="button-secondary" onClick={() => carry(o)} aria-label={t('lastTime.carryFor', { what: label(o.action) })}>
              {t('lastTime.carry')}
            </button>
          </OpenActionItem>
        ))}
      </ul>
      <LiveMessage message={message} />
    </section>
  );
});
