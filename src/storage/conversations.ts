import type { Child, Conversation } from '../domain/model';
import { nowIso } from '../domain/model';
import { codec } from './codec';
import { db } from './db';
import { clearUnsaved } from './unloadJournal';

function newestFirst(a: Conversation, b: Conversation): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** A child's conversations, newest first. */
export async function listConversations(childId: string): Promise<Conversation[]> {
  const rows = await db().conversations.where('childId').equals(childId).toArray();
  // Promise.resolve keeps Dexie's live-query tracking across Web Crypto awaits (dexie.org useLiveQuery rules).
  const conversations = await Promise.resolve(Promise.all(rows.map((row) => codec().decodeConversation(row))));
  return conversations.sort(newestFirst);
}

export async function listAllConversations(): Promise<Conversation[]> {
  const rows = await db().conversations.toArray();
  return Promise.resolve(Promise.all(rows.map((row) => codec().decodeConversation(row))));
}

export async function getConversation(id: string): Promise<Conversation | undefined> {
  const row = await db().conversations.get(id);
  return row ? Promise.resolve(codec().decodeConversation(row)) : undefined;
}

/**
 * Saves an edit. Never replaces a newer stored version with an older one: autosave may overlap writes
 * when the page is going away, and encryption can finish them out of order.
 */
export async function saveConversation(conversation: Conversation): Promise<Conversation> {
  const saved = { ...conversation, updatedAt: nowIso() };
  const row = await codec().encodeConversation(saved);
  const table = db().conversations;
  await db().transaction('rw', table, async () => {
    const stored = await table.get(saved.id);
    if (stored && stored.updatedAt > saved.updatedAt) return;
    await table.put(row);
  });
  return saved;
}

export async function deleteConversation(id: string): Promise<void> {
  await db().conversations.delete(id);
}

/** Writes many records as they are (updatedAt kept), encoded first, then in one transaction. */
export async function putRecords(children: Child[], conversations: Conversation[], options: { replaceAll?: boolean; deleteChildIds?: string[]; deleteConversationIds?: string[] } = {}): Promise<void> {
  const c = codec();
  const childRows = await Promise.all(children.map((child) => c.encodeChild(child)));
  const conversationRows = await Promise.all(conversations.map((conversation) => c.encodeConversation(conversation)));
  const database = db();
  await database.transaction('rw', database.children, database.conversations, async () => {
    if (options.replaceAll) {
      await database.conversations.clear();
      await database.children.clear();
    }
    if (options.deleteConversationIds?.length) await database.conversations.bulkDelete(options.deleteConversationIds);
    if (options.deleteChildIds?.length) await database.children.bulkDelete(options.deleteChildIds);
    await database.children.bulkPut(childRows);
    await database.conversations.bulkPut(conversationRows);
  });
}

export async function deleteEverything(): Promise<void> {
  clearUnsaved();
  const database = db();
  await database.transaction('rw', database.children, database.conversations, database.settings, async () => {
    await Promise.all([database.children.clear(), database.conversations.clear(), database.settings.clear()]);
  });
}
