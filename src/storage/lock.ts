// The app lock's storage side: turning it on and off, unlocking, locking, changing the passphrase.
// Crash safety (the browser may die at any await):
// - turning on or off re-encodes every record outside any transaction, then writes all rows AND the lock
//   record in ONE transaction, after checking that nothing changed meanwhile (else it starts over). Before
//   the commit the database is wholly in the old state, after it wholly in the new one;
// - during a switch, saves are written in clear until the lock record is committed, and the codec reads
//   both forms, so every state a crash can leave opens; sealStrayRows() seals rows left in clear;
// - changing the passphrase re-wraps the one data key: a single small write.
import type { Child, Conversation } from '../domain/model';
import { nowIso } from '../domain/model';
import {
  CryptoError,
  DEFAULT_ITERATIONS,
  deriveKeyFromPassphrase,
  generateDataKey,
  newKdfParams,
  unwrapDataKey,
  wrapDataKey,
  type Sealed,
} from '../domain/crypto';
import { decryptBytes, encryptBytes, openSealed } from '../domain/crypto/aesGcm';
import { mergeEdited, hasNewerEdits } from '../domain/edits';
import { codec, setCodec, type RecordCodec, type StoredChild, type StoredConversation } from './codec';
import { getDatabase } from './database';
import type { HjuletDatabase } from './db';
import { clearCodec, createEncryptedCodec, isSealedRow, lockedCodec } from './encryptedCodec';
import { LOCK_KEY, lockStateOf, readLockState, type LockRecord, type LockState } from './lockRecord';
import { clampIdleMinutes, FIRST_RUN_KEY, IDLE_MINUTES_KEY } from './lockSettings';
import { peekSettings } from './peek';
import { deleteEverything } from './conversations';
import { setJournalKey } from './journalKey';
import { allUnsaved, removeStrayUnsaved, removeUnsaved } from './unloadJournal';

export type LockStatus = 'off' | 'locked' | 'damaged';

export interface LockOptions {
  /** PBKDF2 iterations for a new passphrase; only tests pass fewer than the default. */
  iterations?: number;
  /** Called as records are re-encoded: done of total. */
  onProgress?: (done: number, total: number) => void;
}

/** Records changed while we were re-encoding them: start over with what is there now. */
class ChangedMeanwhileError extends Error {
  constructor() {
    super('records changed meanwhile');
    this.name = 'ChangedMeanwhileError';
  }
}

const MAX_ATTEMPTS = 5;

/** What a start needs before the first screen, read without loading Dexie (storage/peek.ts). */
export interface StartSettings {
  lock: LockStatus;
  idleMinutes: number;
  firstRunDone: boolean;
}

/**
 * At start: the right codec before anything is read (with the lock on, nothing opens until unlock()), and
 * the lock's two small settings, all in one read that needs no Dexie.
 */
export async function openAtStart(): Promise<StartSettings> {
  const values = await peekSettings([LOCK_KEY, IDLE_MINUTES_KEY, FIRST_RUN_KEY]);
  return {
    lock: applyLockState(lockStateOf(values.get(LOCK_KEY))),
    idleMinutes: clampIdleMinutes(values.get(IDLE_MINUTES_KEY)),
    firstRunDone: values.get(FIRST_RUN_KEY) === true,
  };
}

/** openAtStart's lock part alone, through Dexie (tests, and a database opened anew). */
export async function openLockOnStart(): Promise<LockStatus> {
  return applyLockState(await readLockState());
}

function applyLockState(state: LockState): LockStatus {
  // A journal entry in the wrong form for the lock (a crash in the moment between a switch and its
  // clean-up; its content went into the records in the switch itself) is removed.
  removeStrayUnsaved(state.kind !== 'off');
  if (state.kind === 'off') {
    setCodec(clearCodec);
    return 'off';
  }
  setCodec(lockedCodec);
  return state.kind === 'on' ? 'locked' : 'damaged';
}

async function dataKeyFor(passphrase: string, record: LockRecord): Promise<CryptoKey> {
  const passphraseKey = await deriveKeyFromPassphrase(passphrase, record.kdf);
  return unwrapDataKey(record.wrappedKey, passphraseKey);
}

async function lockRecordOrThrow(): Promise<LockRecord> {
  const state = await readLockState();
  if (state.kind !== 'on') throw new CryptoError('damaged');
  return state.record;
}

/**
 * Unlocks with the passphrase: the data key goes into the codec, in memory only.
 * Throws CryptoError('wrong-passphrase') and leaves the app locked when the passphrase is wrong.
 */
export async function unlock(passphrase: string): Promise<CryptoKey> {
  const record = await lockRecordOrThrow();
  const key = await dataKeyFor(passphrase, record);
  await holdJournalKey(key, record);
  setCodec(createEncryptedCodec(key));
  return key;
}

const JOURNAL_KEY_BYTES = 32;

/** A new journal key, sealed with the data key for the lock record. */
async function newJournalKey(dataKey: CryptoKey): Promise<{ raw: Uint8Array; sealed: Sealed }> {
  const raw = crypto.getRandomValues(new Uint8Array(JOURNAL_KEY_BYTES));
  return { raw, sealed: await encryptBytes(dataKey, raw) };
}

/**
 * Puts the journal key in memory. A lock turned on before the journal could be sealed has no journal key
 * yet: one is made and added to the lock record (a single small write, only if the record is unchanged).
 */
async function holdJournalKey(dataKey: CryptoKey, record: LockRecord): Promise<void> {
  try {
    if (record.journalKey) {
      await setJournalKey(await decryptBytes(dataKey, record.journalKey));
      return;
    }
    const { raw, sealed } = await newJournalKey(dataKey);
    const database = await getDatabase();
    const added = await database.transaction('rw', database.settings, async () => {
      const row = await database.settings.get(LOCK_KEY);
      if (!row || JSON.stringify(row.value) !== JSON.stringify(record)) return false;
      await database.settings.put({ key: LOCK_KEY, value: { ...record, journalKey: sealed } });
      return true;
    });
    if (added) await setJournalKey(raw);
  } catch {
    // Without a journal key only the journal is missing (a reload in the last moment of typing); never the unlock.
  }
}

/** Forgets the key: from now on every read and write is refused until unlock(). */
export function lock(): void {
  setCodec(lockedCodec);
  void setJournalKey(undefined);
}

/** Checks a passphrase without changing anything (before turning the lock off, for instance). */
export async function checkPassphrase(passphrase: string): Promise<void> {
  await dataKeyFor(passphrase, await lockRecordOrThrow());
}

function rowMap(rows: readonly { id: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.id, JSON.stringify(row)]));
}

function unchanged(now: Map<string, string>, row: { id: string } | undefined): boolean {
  return row !== undefined && now.get(row.id) === JSON.stringify(row);
}

function sameRows(before: readonly { id: string }[], now: readonly { id: string }[]): boolean {
  if (before.length !== now.length) return false;
  const a = rowMap(before);
  return now.every((row) => a.get(row.id) === JSON.stringify(row));
}

/**
 * Re-encodes every record from `reader`'s form into `writer`'s and, in the same transaction, runs
 * `finish` (which writes or deletes the lock record). All or nothing.
 */
async function rewriteAll(
  reader: RecordCodec,
  writer: RecordCodec,
  finish: (database: HjuletDatabase) => Promise<unknown>,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const database = await getDatabase();
  for (let attempt = 1; ; attempt++) {
    const [childRows, conversationRows] = await database.transaction('r', database.children, database.conversations, () =>
      Promise.all([database.children.toArray(), database.conversations.toArray()]),
    );
    const total = childRows.length + conversationRows.length;
    let done = 0;
    const step = () => onProgress?.(++done, total);
    onProgress?.(0, total);
    // Web Crypto happens here, outside any transaction (an await on it would end the transaction).
    const newChildRows: StoredChild[] = await Promise.all(
      childRows.map(async (row) => {
        const child: Child = await reader.decodeChild(row);
        const out = await writer.encodeChild(child);
        step();
        return out;
      }),
    );
    // Journalled drafts go into their records in this same switch, then the journal is emptied.
    const journal = new Map(allUnsaved().map((draft) => [draft.id, draft]));
    const newConversationRows: StoredConversation[] = await Promise.all(
      conversationRows.map(async (row) => {
        const stored: Conversation = await reader.decodeConversation(row);
        const draft = journal.get(stored.id);
        const conversation = draft && hasNewerEdits(stored, draft) ? { ...mergeEdited(stored, draft), rev: (stored.rev ?? 0) + 1 } : stored;
        const out = await writer.encodeConversation(conversation);
        step();
        return out;
      }),
    );
    try {
      await database.transaction('rw', database.children, database.conversations, database.settings, async () => {
        const [childrenNow, conversationsNow] = await Promise.all([database.children.toArray(), database.conversations.toArray()]);
        if (!sameRows(childRows, childrenNow) || !sameRows(conversationRows, conversationsNow)) throw new ChangedMeanwhileError();
        await database.children.bulkPut(newChildRows);
        await database.conversations.bulkPut(newConversationRows);
        await finish(database);
      });
      removeUnsaved({ conversationIds: [...journal.keys()] });
      return;
    } catch (error) {
      if (!(error instanceof ChangedMeanwhileError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Turns the lock on: a new random data key, wrapped with a key from the passphrase; every record sealed.
 * Returns with the app unlocked.
 */
export async function turnOnLock(passphrase: string, { iterations = DEFAULT_ITERATIONS, onProgress }: LockOptions = {}): Promise<void> {
  if ((await readLockState()).kind !== 'off') throw new Error('the lock is already on');
  const kdf = newKdfParams(iterations);
  const passphraseKey = await deriveKeyFromPassphrase(passphrase, kdf);
  const wrappedKey = await wrapDataKey(await generateDataKey(), passphraseKey);
  // Only the non-extractable copy of the data key is kept; the extractable one is dropped here.
  const key = await unwrapDataKey(wrappedKey, passphraseKey);
  const journalKey = await newJournalKey(key);
  const record: LockRecord = { version: 1, kdf, wrappedKey, changedAt: nowIso(), journalKey: journalKey.sealed };
  const sealing = createEncryptedCodec(key);
  // Until the commit, saves stay in clear (no key on disk yet); reads already open both forms, so live
  // queries that re-run right after the commit find sealed rows they can read.
  const before = codec();
  await setJournalKey(journalKey.raw);
  setCodec(createEncryptedCodec(key, { write: 'clear' }));
  try {
    await rewriteAll(codec(), sealing, (database) => database.settings.put({ key: LOCK_KEY, value: record }), onProgress);
  } catch (error) {
    setCodec(before);
    await setJournalKey(undefined);
    throw error;
  }
  setCodec(sealing);
  removeStrayUnsaved(true);
  // A save that slipped in between the commit and setCodec was written in clear: seal it now.
  await sealStrayRows(key);
}

/** Turns the lock off after checking the passphrase: every record back in clear, the lock record gone. */
export async function turnOffLock(passphrase: string, { onProgress }: Pick<LockOptions, 'onProgress'> = {}): Promise<void> {
  const key = await dataKeyFor(passphrase, await lockRecordOrThrow());
  const before = codec();
  // From here on saves are written in clear; the codec still reads sealed rows.
  const transitional = createEncryptedCodec(key, { write: 'clear' });
  setCodec(transitional);
  try {
    await rewriteAll(transitional, clearCodec, (database) => database.settings.delete(LOCK_KEY), onProgress);
  } catch (error) {
    setCodec(before);
    throw error;
  }
  await setJournalKey(undefined);
  removeStrayUnsaved(false);
  setCodec(clearCodec);
}

/** The data key again, extractable this once so that it can be wrapped with a new passphrase key. */
async function unwrapForRewrap(sealed: Sealed, passphraseKey: CryptoKey): Promise<CryptoKey> {
  const { iv, data } = openSealed(sealed);
  try {
    return await globalThis.crypto.subtle.unwrapKey('raw', data, passphraseKey, { name: 'AES-GCM', iv }, { name: 'AES-GCM', length: 256 }, true, [
      'encrypt',
      'decrypt',
    ]);
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    throw new CryptoError(name === 'OperationError' ? 'wrong-passphrase' : 'damaged');
  }
}

/**
 * Changes the passphrase: the same data key, wrapped with a key from the new passphrase and a new salt.
 * No record is rewritten; the one write of the lock record is atomic by itself.
 */
export async function changePassphrase(
  current: string,
  next: string,
  { iterations = DEFAULT_ITERATIONS }: Pick<LockOptions, 'iterations'> = {},
): Promise<void> {
  const record = await lockRecordOrThrow();
  const dataKey = await unwrapForRewrap(record.wrappedKey, await deriveKeyFromPassphrase(current, record.kdf));
  const kdf = newKdfParams(iterations);
  const wrappedKey = await wrapDataKey(dataKey, await deriveKeyFromPassphrase(next, kdf));
  const database = await getDatabase();
  await database.transaction('rw', database.settings, async () => {
    // Replace only the record we unwrapped (another tab may have changed it meanwhile).
    const row = await database.settings.get(LOCK_KEY);
    if (!row || JSON.stringify(row.value) !== JSON.stringify(record)) throw new CryptoError('damaged');
    // The data key stays the same, so the journal key sealed with it stays valid.
    const updated: LockRecord = { ...record, kdf, wrappedKey, changedAt: nowIso() };
    await database.settings.put({ key: LOCK_KEY, value: updated });
  });
}

/**
 * Seals rows that are still in clear while the lock is on (left by a switch that the browser did not
 * finish). Does nothing once the lock record is gone. Returns how many rows it sealed.
 */
export async function sealStrayRows(key: CryptoKey): Promise<number> {
  const database = await getDatabase();
  const [childRows, conversationRows] = await Promise.all([
    database.children.filter((row) => !isSealedRow(row)).toArray(),
    database.conversations.filter((row) => !isSealedRow(row)).toArray(),
  ]);
  if (childRows.length === 0 && conversationRows.length === 0) return 0;
  const sealing = createEncryptedCodec(key);
  const sealedChildren = await Promise.all(childRows.map((row) => sealing.encodeChild(row)));
  const sealedConversations = await Promise.all(conversationRows.map((row) => sealing.encodeConversation(row)));
  let count = 0;
  await database.transaction('rw', database.children, database.conversations, database.settings, async () => {
    if (!(await database.settings.get(LOCK_KEY))) return;
    // Only rows still exactly as read: a save since then is newer (and already sealed).
    const childrenNow = rowMap((await database.children.bulkGet(childRows.map((r) => r.id))).filter((r) => r !== undefined));
    const conversationsNow = rowMap((await database.conversations.bulkGet(conversationRows.map((r) => r.id))).filter((r) => r !== undefined));
    const keepChildren = sealedChildren.filter((_, i) => unchanged(childrenNow, childRows[i]));
    const keepConversations = sealedConversations.filter((_, i) => unchanged(conversationsNow, conversationRows[i]));
    await database.children.bulkPut(keepChildren);
    await database.conversations.bulkPut(keepConversations);
    count = keepChildren.length + keepConversations.length;
  });
  return count;
}

/** Erases every child, conversation and setting (the lock record too) and leaves the app unlocked and empty. */
export async function eraseEverything(): Promise<void> {
  await deleteEverything();
  setCodec(clearCodec);
  await setJournalKey(undefined);
}
