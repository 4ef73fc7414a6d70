import type { Child, Conversation } from '../domain/model';

/**
 * How records look in IndexedDB. Ids, dates and other index fields are always in clear; with the app
 * lock on, everything else is sealed inside `sealed` and the clear copies of free text are left out.
 */
export type StoredChild = Child & { sealed?: string };
export type StoredConversation = Conversation & { sealed?: string };

/**
 * Turns domain records into stored rows and back. Encoding is async (Web Crypto) and must never run
 * inside a Dexie transaction: encode first, then write in one short transaction.
 */
export interface RecordCodec {
  /**
   * How this codec writes: 'clear' (lock off), 'sealed' (lock on and unlocked), 'switching' (while this tab
   * turns the lock on or off: written in clear until the switch commits) or 'locked' (nothing). A write
   * checks, in its transaction, that this still matches the lock record (storage/writeGuard.ts).
   */
  readonly mode: 'clear' | 'sealed' | 'switching' | 'locked';
  encodeChild(child: Child): Promise<StoredChild>;
  decodeChild(row: StoredChild): Promise<Child>;
  encodeConversation(conversation: Conversation): Promise<StoredConversation>;
  decodeConversation(row: StoredConversation): Promise<Conversation>;
}

export const plainCodec: RecordCodec = {
  mode: 'clear',
  encodeChild: async (child) => child,
  decodeChild: async (row) => row,
  encodeConversation: async (conversation) => conversation,
  decodeConversation: async (row) => row,
};

let current: RecordCodec = plainCodec;

export function codec(): RecordCodec {
  return current;
}

/** The lock feature swaps in an encrypting codec once the key is known, and back on lock. */
export function setCodec(next: RecordCodec): void {
  current = next;
}
