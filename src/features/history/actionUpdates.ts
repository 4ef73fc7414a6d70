// Changes to an action that lives in another conversation than the one on screen. Only the conversation
// being edited is held as a local draft; every other one is read and written through the repositories.
import type { Action, Conversation } from '../../domain/model';
import { updateConversation } from '../../storage';

/**
 * Marks one action done (or open again) in the conversation that holds it. False when it is gone. The
 * change merges with the conversation's draft if it is open in another tab (only this field changes).
 */
export async function setActionDone(conversationId: string, actionId: string, done = true): Promise<boolean> {
  const saved = await updateConversation(conversationId, (conversation) => {
    if (!conversation.actions.some((action) => action.id === actionId)) return undefined;
    return { ...conversation, actions: conversation.actions.map((action) => (action.id === actionId ? { ...action, done } : action)) };
  });
  return saved !== undefined;
}

/**
 * Copies an earlier action into `conversation`, keeping its id: the newest copy is the one that counts
 * (domain/followUp openActions), so the earlier one is then followed up here. A second carry is a no-op.
 */
export function carryForward(conversation: Conversation, action: Action): Conversation {
  if (conversation.actions.some((a) => a.id === action.id)) return conversation;
  return { ...conversation, actions: [...conversation.actions, { ...action, done: false }] };
}
