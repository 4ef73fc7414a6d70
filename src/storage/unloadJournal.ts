// A page that crashes, or is hidden, reloaded or closed, may not finish an IndexedDB write. So the draft
// not yet known to be written is also put in localStorage, synchronously (on every change, and as the page
// goes away), and merged back the next time the conversation opens. The journal can never win over
// something newer: its copy carries per-field edit times and is merged field by field (domain/edits.ts),
// and it is removed once the draft is written. Each tab has its own entry per conversation, so two tabs
// on one conversation never overwrite each other's.
//
// With the lock on, an entry is sealed with the journal key (storage/journalKey.ts); nothing is journalled
// while no key is held. Turning the lock on or off takes every entry into the records in the same
// transaction that switches them, and then removes the entries (storage/lock.ts); at start, entries in the
// wrong form for the lock state are removed, so no clear copy outlives the lock.
import { mergeEdited } from '../domain/edits';
import type { Conversation } from '../domain/model';
import { codec } from './codec';
import { openWithJournalKey, sealWithJournalKey } from './journalKey';

const PREFIX = 'hjulet.unsaved.';
/** This page's own part of the keys: `hjulet.unsaved.<conversation id>.<tab>`. */
const TAB = Math.random().toString(36).slice(2, 10);

function keyFor(conversationId: string, tab = TAB): string {
  return `${PREFIX}${conversationId}.${tab}`;
}

interface JournalEntry {
  v: 2;
  id: string;
  childId: string;
  /** The draft in clear (lock off) … */
  record?: Conversation;
  /** … or sealed (lock on). */
  sealed?: string;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readEntry(text: string | null): JournalEntry | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<JournalEntry> | null;
    if (!value || value.v !== 2 || typeof value.id !== 'string' || typeof value.childId !== 'string') return undefined;
    return value as JournalEntry;
  } catch {
    return undefined;
  }
}

interface Stored {
  key: string;
  text: string | null;
  entry: JournalEntry | undefined;
}

function entries(): Stored[] {
  const store = storage();
  if (!store) return [];
  const out: Stored[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const text = store.getItem(key);
    out.push({ key, text, entry: readEntry(text) });
  }
  return out;
}

/** The conversation an entry's key belongs to (also for entries that cannot be read). */
function conversationOf(key: string): string {
  const rest = key.slice(PREFIX.length);
  const dot = rest.lastIndexOf('.');
  return dot < 0 ? rest : rest.slice(0, dot);
}

function isDraft(value: unknown, id: string): value is Conversation {
  const c = value as Partial<Conversation> | null;
  return !!c && c.id === id && typeof c.childId === 'string' && typeof c.entries === 'object' && c.entries !== null;
}

/** Journals the draft now (synchronously): in clear with the lock off, sealed with it on, else not at all. */
export function journalUnsaved(conversation: Conversation): void {
  const store = storage();
  if (!store) return;
  const mode = codec().mode;
  const entry: JournalEntry = { v: 2, id: conversation.id, childId: conversation.childId };
  if (mode === 'clear') entry.record = conversation;
  else if (mode === 'sealed' || mode === 'switching') {
    const sealed = sealWithJournalKey(JSON.stringify(conversation));
    if (sealed === undefined) return;
    entry.sealed = sealed;
  } else return;
  try {
    store.setItem(keyFor(conversation.id), JSON.stringify(entry));
  } catch {
    // No room or no storage: the normal write is all there is.
  }
}

/** The entry's draft; by default only in the form the lock state expects (`anyForm` while switching). */
function draftOf(entry: JournalEntry | undefined, anyForm = false): Conversation | undefined {
  if (!entry) return undefined;
  const mode = codec().mode;
  if (entry.record !== undefined) return (anyForm || mode === 'clear') && isDraft(entry.record, entry.id) ? entry.record : undefined;
  if (entry.sealed === undefined || (!anyForm && (mode === 'clear' || mode === 'locked'))) return undefined;
  const text = openWithJournalKey(entry.sealed);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isDraft(value, entry.id) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What was read by takeUnsaved, so that exactly those entries (if unchanged) go once it is written. */
export interface UnsavedDrafts {
  draft: Conversation;
  read: ReadonlyArray<{ key: string; text: string | null }>;
}

/**
 * The drafts pages left unwritten for this conversation (any tab's), merged, if they can be read now.
 * They stay in the journal until forgetUnsaved() after the merged draft is written.
 */
export function takeUnsaved(id: string): UnsavedDrafts | undefined {
  const mine = entries().filter(({ key, entry }) => conversationOf(key) === id && entry?.id === id);
  const drafts = mine.map(({ entry }) => draftOf(entry)).filter((d): d is Conversation => d !== undefined);
  const [first, ...rest] = drafts;
  if (!first) return undefined;
  return { draft: rest.reduce(mergeEdited, first), read: mine.map(({ key, text }) => ({ key, text })) };
}

/** Removes the entries takeUnsaved read, unless a tab has written its entry again since. */
export function forgetUnsaved(read: UnsavedDrafts['read']): void {
  const store = storage();
  if (!store) return;
  for (const { key, text } of read) if (store.getItem(key) === text) store.removeItem(key);
}

/** Removes this tab's entry for the conversation: everything it typed there is written. */
export function removeOwnUnsaved(conversationId: string): void {
  storage()?.removeItem(keyFor(conversationId));
}

/** Every readable journalled draft, clear or sealed (to take them into the records when the lock is switched). */
export function allUnsaved(): Conversation[] {
  const byId = new Map<string, Conversation>();
  for (const { key, entry } of entries()) {
    const draft = draftOf(entry, true);
    if (!draft || conversationOf(key) !== draft.id) continue;
    const seen = byId.get(draft.id);
    byId.set(draft.id, seen ? mergeEdited(seen, draft) : draft);
  }
  return [...byId.values()];
}

/** Removes the entries of these conversations, or of every conversation of these children. */
export function removeUnsaved({ conversationIds = [], childIds = [] }: { conversationIds?: readonly string[]; childIds?: readonly string[] }): void {
  const store = storage();
  if (!store) return;
  const ids = new Set(conversationIds);
  const children = new Set(childIds);
  for (const { key, entry } of entries()) {
    if (ids.has(conversationOf(key)) || (entry && children.has(entry.childId))) store.removeItem(key);
  }
}

/**
 * Removes entries that do not fit the lock state: clear ones while the lock is on, sealed ones while it is
 * off (their key is gone), unreadable ones always. `lockOn` is the stored lock state.
 */
export function removeStrayUnsaved(lockOn: boolean): void {
  const store = storage();
  if (!store) return;
  for (const { key, entry } of entries()) {
    if (!entry || (lockOn ? entry.record !== undefined : entry.sealed !== undefined)) store.removeItem(key);
  }
}

/** Removes every entry (erase everything, and after the lock was switched). */
export function clearUnsaved(): void {
  const store = storage();
  if (!store) return;
  for (const { key } of entries()) store.removeItem(key);
}
