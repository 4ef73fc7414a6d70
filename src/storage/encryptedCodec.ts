import type { Child, Conversation } from '../domain/model';
import { CryptoError, decryptString, encryptString, fromCompact, toCompact } from '../domain/crypto';
import type { RecordCodec, StoredChild, StoredConversation } from './codec';
import { upgradeConversation } from '../domain/upgrade';

/**
 * Fields that stay in clear beside `sealed`, because indexes and retention need them. Everything else
 * (alias, birth year, languages, network, notes, entries, actions, participants, setting, languages of
 * the conversation, and any field added later) goes into `sealed` only. A whitelist, so that a new field
 * in the model is encrypted without anyone having to remember it.
 */
export const CHILD_CLEAR_FIELDS = ['id', 'createdAt', 'updatedAt', 'rev'] as const;
export const CONVERSATION_CLEAR_FIELDS = ['id', 'childId', 'date', 'followUpDate', 'status', 'createdAt', 'updatedAt', 'rev'] as const;

/** Thrown by the codec of a locked app: nothing can be read or written without the key. */
export class LockedError extends Error {
  constructor() {
    super('the app is locked');
    this.name = 'LockedError';
  }
}

/** Rows that carry their content sealed; rows without `sealed` were written in clear. */
export function isSealedRow(row: { sealed?: unknown }): boolean {
  return typeof row.sealed === 'string';
}

function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function withoutSealed<T extends { sealed?: string }>(row: T): Omit<T, 'sealed'> {
  const { sealed: _sealed, ...rest } = row;
  return rest;
}

async function seal(key: CryptoKey, record: object, clearFields: readonly string[]): Promise<Record<string, unknown>> {
  // The whole record goes inside (clear fields too), so what is read back is exactly what was written;
  // the clear copies only feed the indexes. encryptString draws a fresh IV for every call.
  const sealed = toCompact(await encryptString(key, JSON.stringify(record)));
  return { ...pick(record, clearFields), sealed };
}

/**
 * Opens a sealed row. The sealed record must name the same id (and child) as the row around it,
 * so that swapping sealed contents between rows is caught like any other tampering.
 */
async function open(key: CryptoKey, row: { id: string; childId?: string; sealed?: string }): Promise<Record<string, unknown>> {
  const text = await decryptString(key, fromCompact(row.sealed as string));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CryptoError('damaged');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CryptoError('damaged');
  const record = value as Record<string, unknown>;
  if (record.id !== row.id) throw new CryptoError('damaged');
  if ('childId' in row && record.childId !== row.childId) throw new CryptoError('damaged');
  return record;
}

export interface EncryptedCodecOptions {
  /**
   * 'sealed' (the normal case) or 'clear' while the lock is being turned off: rows written in clear can
   * still be read if the browser dies before the switch is done, because this codec reads both forms.
   */
  write?: 'sealed' | 'clear';
}

/**
 * The codec of an unlocked app. Reads sealed rows and, for crash safety, rows still in clear (written
 * before the lock was turned on, or during a switch); those are sealed again by sealStrayRows().
 */
export function createEncryptedCodec(key: CryptoKey, { write = 'sealed' }: EncryptedCodecOptions = {}): RecordCodec {
  return {
    mode: write === 'clear' ? 'switching' : 'sealed',
    async encodeChild(child: Child): Promise<StoredChild> {
      if (write === 'clear') return child;
      return (await seal(key, child, CHILD_CLEAR_FIELDS)) as unknown as StoredChild;
    },
    async decodeChild(row: StoredChild): Promise<Child> {
      if (!isSealedRow(row)) return withoutSealed(row);
      return (await open(key, row)) as unknown as Child;
    },
    async encodeConversation(conversation: Conversation): Promise<StoredConversation> {
      if (write === 'clear') return conversation;
      return (await seal(key, conversation, CONVERSATION_CLEAR_FIELDS)) as unknown as StoredConversation;
    },
    async decodeConversation(row: StoredConversation): Promise<Conversation> {
      if (!isSealedRow(row)) return withoutSealed(row);
      const conversation = (await open(key, row)) as unknown as Conversation;
      // Sealed by the code of database version 1 (which wrote no revision): brought to version 2's shape
      // here, since the database upgrade could not read it.
      return conversation.rev === undefined ? upgradeConversation(conversation) : conversation;
    },
  };
}

/**
 * The codec while the lock is off: records in clear. A sealed row (another tab has just turned the lock
 * on) is refused like in a locked app rather than shown as an empty record.
 */
export const clearCodec: RecordCodec = {
  mode: 'clear',
  encodeChild: async (child) => child,
  decodeChild: async (row) => {
    if (isSealedRow(row)) throw new LockedError();
    return row;
  },
  encodeConversation: async (conversation) => conversation,
  decodeConversation: async (row) => {
    if (isSealedRow(row)) throw new LockedError();
    return row;
  },
};

/** The codec of a locked app: refuses everything, so no screen can show or save data by mistake. */
export const lockedCodec: RecordCodec = {
  mode: 'locked',
  encodeChild: () => Promise.reject(new LockedError()),
  decodeChild: () => Promise.reject(new LockedError()),
  encodeConversation: () => Promise.reject(new LockedError()),
  decodeConversation: () => Promise.reject(new LockedError()),
};
