import type { Conversation } from '../domain/model';
import { nowIso } from '../domain/model';
import { db } from './db';

/** A child's conversations, newest first. */
export async function listConversations(childId: string): Promise<Conversation[]> {
  const rows = await db().conversations.where('childId').equals(childId).toArray();
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export function listAllConversations(): Promise<Conversation[]> {
  return db().conversations.toArray();
}

export function getConversation(id: string): Promise<Conversation | undefined> {
  return db().conversations.get(id);
}

export async function saveConversation(conversation: Conversation): Promise<Conversation> {
  const saved = { ...conversation, updatedAt: nowIso() };
  await db().conversations.put(saved);
  return saved;
}

export async function deleteConversation(id: string): Promise<void> {
  await db().conversations.delete(id);
}

export async function deleteEverything(): Promise<void> {
  const database = db();
  await database.transaction('rw', database.children, database.conversations, database.settings, async () => {
    await Promise.all([database.children.clear(), database.conversations.clear(), database.settings.clear()]);
  });
}
