import type { Child } from '../domain/model';
import { nowIso } from '../domain/model';
import { db } from './db';

export async function listChildren(): Promise<Child[]> {
  const children = await db().children.toArray();
  return children.sort((a, b) => a.alias.localeCompare(b.alias));
}

export function getChild(id: string): Promise<Child | undefined> {
  return db().children.get(id);
}

export async function saveChild(child: Child): Promise<Child> {
  const saved = { ...child, updatedAt: nowIso() };
  await db().children.put(saved);
  return saved;
}

/** Deletes the child and every conversation about the child, in one transaction. */
export async function deleteChild(id: string): Promise<void> {
  const database = db();
  await database.transaction('rw', database.children, database.conversations, async () => {
    await database.conversations.where('childId').equals(id).delete();
    await database.children.delete(id);
  });
}
