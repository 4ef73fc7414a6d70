// Retention on the stored data. The rule (domain/retention.ts) needs only ids and dates, which stay in
// clear even with the lock on, so finding what is due never decrypts anything.
import {
  DEFAULT_NOTES_GRACE_DAYS,
  dueForDeletion,
  eraseNotes,
  isNotesGraceDays,
  isRetentionMonths,
  NEVER,
  notesDueForErasure,
  notesErasedSoon,
  type NotesErasure,
  type NotesGraceDays,
  type RetentionDue,
  type RetentionMonths,
} from '../domain/retention';
import { listAllConversations, updateConversation } from './conversations';
import { getDatabase } from './database';
import { removeUnsaved } from './unloadJournal';

export const RETENTION_KEY = 'retentionMonths';

export async function readRetentionMonths(): Promise<RetentionMonths> {
  const value = (await (await getDatabase()).settings.get(RETENTION_KEY))?.value;
  return isRetentionMonths(value) ? value : NEVER;
}

export async function saveRetentionMonths(months: RetentionMonths): Promise<void> {
  await (await getDatabase()).settings.put({ key: RETENTION_KEY, value: months });
}

/** What the current setting says is due, from the clear index fields of the rows. */
export async function findRetentionDue(months: RetentionMonths, today: string): Promise<RetentionDue[]> {
  if (months === NEVER) return [];
  const database = await getDatabase();
  const [children, conversations] = await Promise.all([database.children.toArray(), database.conversations.toArray()]);
  return dueForDeletion(
    children.map(({ id, createdAt }) => ({ id, createdAt })),
    conversations.map(({ id, childId, date }) => ({ id, childId, date })),
    months,
    today,
  );
}

/**
 * Deletes what the user was shown and agreed to, in one transaction. A child that got a new or later
 * conversation since the list was made is left alone (it may no longer be due). Returns the ids really deleted.
 */
export async function deleteRetentionDue(due: readonly RetentionDue[]): Promise<{ childIds: string[]; conversationIds: string[] }> {
  const database = await getDatabase();
  const deleted = { childIds: [] as string[], conversationIds: [] as string[] };
  await database.transaction('rw', database.children, database.conversations, async () => {
    for (const item of due) {
      const rows = await database.conversations.where('childId').equals(item.childId).toArray();
      const now = rows.map((row) => row.id);
      const shown = new Set(item.conversationIds);
      if (now.length !== shown.size || !now.every((id) => shown.has(id))) continue;
      // A date moved forward since the list was made: the child may no longer be due.
      if (rows.some((row) => row.date > item.lastDate)) continue;
      await database.conversations.bulkDelete(now);
      await database.children.delete(item.childId);
      deleted.childIds.push(item.childId);
      deleted.conversationIds.push(...now);
    }
  });
  removeUnsaved({ childIds: deleted.childIds, conversationIds: deleted.conversationIds });
  return deleted;
}

// Notes that leave: the grace period after a transfer, and erasing what is due. The transfer record is
// sealed with the lock on, so this reads decoded conversations; it runs only while the app is unlocked.
export const NOTES_GRACE_KEY = 'notesGraceDays';

export async function readNotesGraceDays(): Promise<NotesGraceDays> {
  const value = (await (await getDatabase()).settings.get(NOTES_GRACE_KEY))?.value;
  return isNotesGraceDays(value) ? value : DEFAULT_NOTES_GRACE_DAYS;
}

export async function saveNotesGraceDays(days: NotesGraceDays): Promise<void> {
  await (await getDatabase()).settings.put({ key: NOTES_GRACE_KEY, value: days });
}

/** Transferred conversations whose notes go within the warning week, and those due now. */
export async function findNotesErasures(graceDays: NotesGraceDays, today: string): Promise<{ due: NotesErasure[]; soon: NotesErasure[] }> {
  const conversations = await listAllConversations();
  return { due: notesDueForErasure(conversations, graceDays, today), soon: notesErasedSoon(conversations, graceDays, today) };
}

/**
 * Erases the notes of every transferred conversation whose grace period is over. Each goes through
 * updateConversation, so the erasure gets edit times and merges with any other writer; the rule is
 * checked again on the stored copy. Returns the ids erased.
 */
export async function eraseDueNotes(graceDays: NotesGraceDays, today: string): Promise<string[]> {
  const { due } = await findNotesErasures(graceDays, today);
  const erased: string[] = [];
  for (const item of due) {
    const saved = await updateConversation(item.conversationId, (c) =>
      notesDueForErasure([c], graceDays, today).length > 0 ? eraseNotes(c, today) : undefined,
    );
    if (saved) erased.push(saved.id);
  }
  return erased;
}
