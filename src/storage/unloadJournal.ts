import type { Conversation } from '../domain/model';
import { codec, plainCodec } from './codec';
import { clearCodec } from './encryptedCodec';

// A page that is being reloaded or closed may not finish an IndexedDB write. With the lock off (records are
// in clear in IndexedDB anyway) the last unwritten draft is also put in localStorage, synchronously, and
// taken back the next time the conversation opens. With the lock on nothing is journalled in clear.
const PREFIX = 'hjulet.unsaved.';

export function journalUnsaved(conversation: Conversation): void {
  const current = codec();
  if (current !== plainCodec && current !== clearCodec) return;
  try {
    localStorage.setItem(PREFIX + conversation.id, JSON.stringify(conversation));
  } catch {
    // No room or no storage: the normal write is all there is.
  }
}

/** The draft a page left unwritten when it went away, removed from the journal as it is taken. */
export function takeUnsaved(id: string): Conversation | undefined {
  try {
    const text = localStorage.getItem(PREFIX + id);
    if (text === null) return undefined;
    localStorage.removeItem(PREFIX + id);
    const value = JSON.parse(text) as Conversation;
    return value && value.id === id && typeof value.childId === 'string' && value.entries ? value : undefined;
  } catch {
    return undefined;
  }
}

export function clearUnsaved(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
