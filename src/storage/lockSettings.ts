// Small privacy settings kept in clear in the settings table: none of them says anything about a child.
import { getDatabase } from './database';
import type { HjuletDatabase } from './db';

export const IDLE_MINUTES_KEY = 'lockIdleMinutes';
export const UNLOCK_FAILURES_KEY = 'lockFailures';
export const FIRST_RUN_KEY = 'firstRunDone';

export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;

export function clampIdleMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, Math.round(value)));
}

export async function saveIdleMinutes(minutes: number): Promise<number> {
  const value = clampIdleMinutes(minutes);
  await (await getDatabase()).settings.put({ key: IDLE_MINUTES_KEY, value });
  return value;
}

/** Wrong passphrases in a row, kept in the database so that reloading the page does not reset the delay. */
export interface UnlockFailures {
  count: number;
  /** Date.now() of the last failure. */
  at: number;
}

export async function readUnlockFailures(database?: HjuletDatabase): Promise<UnlockFailures> {
  const value = (await (database ?? (await getDatabase())).settings.get(UNLOCK_FAILURES_KEY))?.value as Partial<UnlockFailures> | undefined;
  const count = typeof value?.count === 'number' && value.count > 0 ? Math.floor(value.count) : 0;
  const at = typeof value?.at === 'number' ? value.at : 0;
  return { count, at };
}

export async function recordUnlockFailure(now: number = Date.now()): Promise<UnlockFailures> {
  const database = await getDatabase();
  return database.transaction('rw', database.settings, async () => {
    const next = { count: (await readUnlockFailures(database)).count + 1, at: now };
    await database.settings.put({ key: UNLOCK_FAILURES_KEY, value: next });
    return next;
  });
}

export async function clearUnlockFailures(): Promise<void> {
  await (await getDatabase()).settings.delete(UNLOCK_FAILURES_KEY);
}

export async function markFirstRunDone(): Promise<void> {
  await (await getDatabase()).settings.put({ key: FIRST_RUN_KEY, value: true });
}
