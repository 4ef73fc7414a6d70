import type { Conversation } from './model';

/**
 * A conversation written before the fields of version 2 existed, in their shape: who took part said
 * only whether the child was there (a participant with the role `child`), so that is what the
 * participation record starts from. Used by the database upgrade (rows in clear), by reading rows that
 * were sealed then (the upgrade cannot decrypt), and by restoring a version-1 backup.
 */
export function upgradeConversation(conversation: Conversation): Conversation {
  if (conversation.participation !== undefined) return conversation;
  if (!conversation.participants.some((p) => p.role === 'child')) return conversation;
  return { ...conversation, participation: { childPresent: true, ways: [] } };
}
