// Changes to an action that lives in another conversation than the one on screen. Only the conversation
// being edited is held as a local draft; every other one is read and written through the repositories.
import type { Action, Conversation } from '../../domain/model';
import { getConversation, saveConversation } from '../../storage';

/** Marks one action done (or open again) in the conversation that holds it. False when it is gone. */
export async function setActionDone(conversationId: string, actionId: string, done = true): Promise<boolean> {
  const conversation = await getConversation(conversationId);
  if (!conversation) return false;
  let found = false;
  const actions = conversation.actions.map((action) => {
    if (action.id !== actionId) return action;
    found = true;
    return { ...action, done };
  });
  if (!found) return false;
  await saveConversation({ ...conversation, actions });
  return true;
}

/**
 * Copies an earlier action into `conversation`, keeping its id: the newest copy is the one that counts
 * (domain/followUp openActions), so the earlier one is then followed up here. A second carry is a no-op.
 */
export function carryForward(conversation: Conversation, action: Action): Conversation {
  if (conversation.actions.some((a) => a.id === action.id)) return conversation;
  return { ...conversation, actions: [...conversation.actions, { ...action, done: false }] };
}
