import type { KdfParams, Sealed } from '../domain/crypto';
import { isValidIterations } from '../domain/crypto';
import { getDatabase } from './database';

/** Key of the lock record in the settings table. No record: the lock is off. */
export const LOCK_KEY = 'lock';

/**
 * What the app lock keeps in IndexedDB: how to derive the passphrase key, and the data key wrapped with
 * it. Never the key itself, never the passphrase.
 */
export interface LockRecord {
  version: 1;
  kdf: KdfParams;
  wrappedKey: Sealed;
  /** When the passphrase was set or last changed (ISO timestamp). */
  changedAt: string;
  /** The unload journal's key (storage/journalKey.ts), sealed with the data key; added on first unlock if missing. */
  journalKey?: Sealed;
}

function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.iv === 'string' && typeof v.data === 'string';
}

export function isLockRecord(value: unknown): value is LockRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const kdf = v.kdf as Record<string, unknown> | null | undefined;
  return (
    v.version === 1 &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    isValidIterations(kdf.iterations) &&
    typeof kdf.salt === 'string' &&
    isSealed(v.wrappedKey) &&
    typeof v.changedAt === 'string' &&
    (v.journalKey === undefined || isSealed(v.journalKey))
  );
}

export type LockState = { kind: 'off' } | { kind: 'on'; record: LockRecord } | { kind: 'damaged' };

/** The lock state a stored lock record (or none) means. A record that cannot be read is 'damaged', never "off". */
export function lockStateOf(value: unknown): LockState {
  if (value === undefined) return { kind: 'off' };
  return isLockRecord(value) ? { kind: 'on', record: value } : { kind: 'damaged' };
}

/** Whether the lock is on. */
export async function readLockState(): Promise<LockState> {
  return lockStateOf((await (await getDatabase()).settings.get(LOCK_KEY))?.value);
}
