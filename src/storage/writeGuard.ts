import type { Dexie, Transaction } from 'dexie';
import { codec, type RecordCodec } from './codec';
import { LOCK_KEY } from './lockRecord';

/** Thrown when a write was encoded for a lock state that another tab has just changed. */
export class LockChangedError extends Error {
  constructor() {
    super('the lock was turned on or off meanwhile');
    this.name = 'LockChangedError';
  }
}

/**
 * Inside a write's transaction: the lock record must still agree with how the row was encoded. Without
 * this, a tab that has not yet heard that another tab turned the lock on could write a note in clear
 * after the switch, or seal a row with a key that another tab just threw away by turning the lock off.
 */
export async function assertWritable(tx: Transaction, mode: RecordCodec['mode']): Promise<void> {
  if (mode === 'switching') return;
  const lockOn = (await tx.table('settings').get(LOCK_KEY)) !== undefined;
  if (mode === 'locked' || lockOn !== (mode === 'sealed')) throw new LockChangedError();
}

/**
 * Puts `row` in one transaction if the stored revision of that record is still `expected` (undefined:
 * no record yet) and the lock agrees with how it was encoded. False when someone wrote meanwhile.
 */
export async function putIfRevision<T extends { id: string; rev?: number }>(
  database: Dexie,
  tableName: 'children' | 'conversations',
  row: T,
  expected: number | undefined,
  mode: RecordCodec['mode'],
): Promise<boolean> {
  const table = database.table<T, string>(tableName);
  return database.transaction('rw', table, database.table('settings'), async (tx) => {
    const now = await table.get(row.id);
    if ((now ? (now.rev ?? 0) : undefined) !== expected) return false;
    await assertWritable(tx, mode);
    await table.put(row);
    return true;
  });
}

const FOLLOW_WAIT_MS = 100;

/** After LockChangedError: waits a moment for this tab's codec to follow the other tab's switch. */
export async function codecFollowed(before: RecordCodec): Promise<void> {
  if (codec() === before) await new Promise((resolve) => setTimeout(resolve, FOLLOW_WAIT_MS));
}
