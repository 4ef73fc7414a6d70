// Retention on the stored data. The rule (domain/retention.ts) needs only ids and dates, which stay in
// clear even with the lock on, so finding what is due never decrypts anything.
import { dueForDeletion, isRetentionMonths, NEVER, type RetentionDue, type RetentionMonths } from '../domain/retention';
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
