import type { Child } from '../domain/model';
import { nowIso } from '../domain/model';
import { codec } from './codec';
import { db } from './db';

export async function listChildren(): Promise<Child[]> {
  const rows = await db().children.toArray();
  // Promise.resolve keeps Dexie's live-query tracking across Web Crypto awaits (dexie.org useLiveQuery rules).
  const children = await Promise.resolve(Promise.all(rows.map((row) => codec().decodeChild(row))));
  return children.sort((a, b) => a.alias.localeCompare(b.alias));
}

export async function getChild(id: string): Promise<Child | undefined> {
  const row = await db().children.get(id);
  return row ? Promise.resolve(codec().decodeChild(row)) : undefined;
}

export async function saveChild(child: Child): Promise<Child> {
  const saved = { ...child, updatedAt: nowIso() };
  const row = await codec().encodeChild(saved);
  await db().children.put(row);
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
