import type { Child } from '../domain/model';
import { nowIso } from '../domain/model';
import { codec } from './codec';
import { getDatabase } from './database';
import { removeUnsaved } from './unloadJournal';
import { codecFollowed, LockChangedError, putIfRevision } from './writeGuard';

export async function listChildren(): Promise<Child[]> {
  const rows = await (await getDatabase()).children.toArray();
  // Promise.resolve keeps Dexie's live-query tracking across Web Crypto awaits (dexie.org useLiveQuery rules).
  const children = await Promise.resolve(Promise.all(rows.map((row) => codec().decodeChild(row))));
  return children.sort((a, b) => a.alias.localeCompare(b.alias));
}

export async function getChild(id: string): Promise<Child | undefined> {
  const row = await (await getDatabase()).children.get(id);
  return row ? Promise.resolve(codec().decodeChild(row)) : undefined;
}

const MAX_ATTEMPTS = 20;

/**
 * Writes `change` of the stored child (or a new child when `change` gets undefined), ordered by the
 * record's revision: if another tab wrote meanwhile, the change is applied again to what it wrote.
 */
async function writeChild(id: string, change: (stored: Child | undefined) => Child | undefined): Promise<Child | undefined> {
  for (let attempt = 1; ; attempt++) {
    const row = await (await getDatabase()).children.get(id);
    const current = codec();
    const stored = row ? await current.decodeChild(row) : undefined;
    const next = change(stored);
    if (!next) return undefined;
    const saved: Child = { ...next, rev: (row?.rev ?? 0) + 1, updatedAt: nowIso() };
    try {
      if (await putIfRevision(await getDatabase(), 'children', await current.encodeChild(saved), row ? (row.rev ?? 0) : undefined, current.mode)) return saved;
    } catch (error) {
      if (!(error instanceof LockChangedError) || attempt >= MAX_ATTEMPTS) throw error;
      await codecFollowed(current);
    }
    if (attempt >= MAX_ATTEMPTS) throw new Error('could not write the child');
  }
}

/** Saves a new child. */
export async function saveChild(child: Child): Promise<Child> {
  return (await writeChild(child.id, () => child)) as Child;
}

/** Changes a stored child: `change` gets the latest stored copy. Undefined when the child is gone. */
export async function updateChild(id: string, change: (child: Child) => Child): Promise<Child | undefined> {
  return writeChild(id, (stored) => (stored ? change(stored) : undefined));
}

/** Deletes the child and every conversation about the child, in one transaction. */
export async function deleteChild(id: string): Promise<void> {
  const database = await getDatabase();
  await database.transaction('rw', database.children, database.conversations, async () => {
    await database.conversations.where('childId').equals(id).delete();
    await database.children.delete(id);
  });
  removeUnsaved({ childIds: [id] });
}
