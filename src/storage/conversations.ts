import type { Child, Conversation } from '../domain/model';
import { nowIso } from '../domain/model';
import { mergeEdited, stampEdits } from '../domain/edits';
import { codec } from './codec';
import { getDatabase } from './database';
import type { HjuletDatabase } from './db';
import { clearUnsaved, removeUnsaved } from './unloadJournal';
import { assertWritable, codecFollowed, LockChangedError, putIfRevision } from './writeGuard';

function newestFirst(a: Conversation, b: Conversation): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** A child's conversations, newest first. */
export async function listConversations(childId: string): Promise<Conversation[]> {
  const rows = await (await getDatabase()).conversations.where('childId').equals(childId).toArray();
  // Promise.resolve keeps Dexie's live-query tracking across Web Crypto awaits (dexie.org useLiveQuery rules).
  const conversations = await Promise.resolve(Promise.all(rows.map((row) => codec().decodeConversation(row))));
  return conversations.sort(newestFirst);
}

/** Rows read (and decoded) at a time by listAllConversations. */
const PAGE_ROWS = 400;

/** Lets the browser handle input and paint between pages of a long read. */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Every conversation, read and decoded a page at a time with a pause in between: years of records (10 000
 * conversations) read in one go block the main thread for half a second, and typing or scrolling with it.
 * Inside a live query every page is tracked (Promise.resolve keeps Dexie's zone across the pauses).
 */
export async function listAllConversations(): Promise<Conversation[]> {
  const table = (await getDatabase()).conversations;
  const keys = await table.toCollection().primaryKeys();
  const out: Conversation[] = [];
  for (let start = 0; start < keys.length; start += PAGE_ROWS) {
    if (start > 0) await Promise.resolve(yieldToMain());
    const rows = await table.bulkGet(keys.slice(start, start + PAGE_ROWS));
    const present = rows.filter((row) => row !== undefined);
    out.push(...(await Promise.resolve(Promise.all(present.map((row) => codec().decodeConversation(row))))));
  }
  return out;
}

export async function getConversation(id: string): Promise<Conversation | undefined> {
  const row = await (await getDatabase()).conversations.get(id);
  return row ? Promise.resolve(codec().decodeConversation(row)) : undefined;
}

/** The stored revision of a conversation (a clear field): 0 for none, undefined when it is not there. */
export async function conversationRevision(id: string): Promise<number | undefined> {
  const row = await (await getDatabase()).conversations.get(id);
  return row ? (row.rev ?? 0) : undefined;
}

/** The conversation was deleted (in another tab, or by retention) while it was being edited. */
export class ConversationGoneError extends Error {
  constructor() {
    super('the conversation was deleted meanwhile');
    this.name = 'ConversationGoneError';
  }
}

const MAX_ATTEMPTS = 20;

/**
 * Saves an edited conversation and returns what was stored. Writes are ordered by the record's revision,
 * never by the clock: if nobody wrote since `conversation` was read (same `rev`), it is written as it is;
 * otherwise it is merged field by field with what is stored now (each field's newest edit wins), so that
 * neither this copy nor the other writer's edits are lost. The revision grows by one with every write.
 */
export async function saveConversation(conversation: Conversation): Promise<Conversation> {
  const database = await getDatabase();
  const table = database.conversations;
  for (let attempt = 1; ; attempt++) {
    const row = await table.get(conversation.id);
    if (!row && (conversation.rev ?? 0) > 0) throw new ConversationGoneError();
    const storedRev = row ? (row.rev ?? 0) : undefined;
    const current = codec();
    const base = row && storedRev !== (conversation.rev ?? 0) ? mergeEdited(await current.decodeConversation(row), conversation) : conversation;
    const saved: Conversation = { ...base, rev: (storedRev ?? 0) + 1, updatedAt: nowIso() };
    const encoded = await current.encodeConversation(saved);
    try {
      // False when someone wrote (or deleted) since we read: then read again and merge with that.
      if (await putIfRevision(database, 'conversations', encoded, storedRev, current.mode)) return saved;
    } catch (error) {
      if (!(error instanceof LockChangedError) || attempt >= MAX_ATTEMPTS) throw error;
      await codecFollowed(current);
    }
    if (attempt >= MAX_ATTEMPTS) throw new Error('could not write the conversation');
  }
}

/**
 * Changes a stored conversation that is not open as a draft (marking an action done from the child's
 * page, say): `change` gets the stored copy; the fields it changes get edit times, and the write merges
 * with any other writer. Returns undefined when the conversation is gone or `change` returns undefined.
 */
export async function updateConversation(id: string, change: (conversation: Conversation) => Conversation | undefined): Promise<Conversation | undefined> {
  const current = await getConversation(id);
  if (!current) return undefined;
  const next = change(current);
  if (next === undefined) return undefined;
  if (next === current) return current;
  return saveConversation(stampEdits(current, next));
}

export async function deleteConversation(id: string): Promise<void> {
  await (await getDatabase()).conversations.delete(id);
  removeUnsaved({ conversationIds: [id] });
}

export interface PutRecordsOptions {
  replaceAll?: boolean;
  deleteChildIds?: string[];
  deleteConversationIds?: string[];
}

async function revisions(database: HjuletDatabase, table: 'children' | 'conversations', ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await database[table].bulkGet([...ids]);
  const out = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row) out.set(ids[index] as string, row.rev ?? 0);
  });
  return out;
}

function sameRevisions(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, rev]) => b.get(id) === rev);
}

/**
 * Writes many records (a restore), encoded first, then in one transaction. Their contents and timestamps
 * are kept; each gets a revision above both the one stored for it and the one it brings, so revisions
 * only grow (however the file's timestamps sort).
 */
export async function putRecords(children: Child[], conversations: Conversation[], options: PutRecordsOptions = {}): Promise<void> {
  const database = await getDatabase();
  for (let attempt = 1; ; attempt++) {
    const [childRevs, conversationRevs] = await Promise.all([
      revisions(
        database,
        'children',
        children.map((c) => c.id),
      ),
      revisions(
        database,
        'conversations',
        conversations.map((c) => c.id),
      ),
    ]);
    const c = codec();
    const next = (record: { id: string; rev?: number }, stored: Map<string, number>) => Math.max(stored.get(record.id) ?? 0, record.rev ?? 0) + 1;
    const childRows = await Promise.all(children.map((child) => c.encodeChild({ ...child, rev: next(child, childRevs) })));
    const conversationRows = await Promise.all(
      conversations.map((conversation) => c.encodeConversation({ ...conversation, rev: next(conversation, conversationRevs) })),
    );
    const written = await database.transaction('rw', database.children, database.conversations, database.settings, async (tx) => {
      const [childNow, conversationNow] = await Promise.all([
        revisions(
          database,
          'children',
          children.map((x) => x.id),
        ),
        revisions(
          database,
          'conversations',
          conversations.map((x) => x.id),
        ),
      ]);
      if (!sameRevisions(childRevs, childNow) || !sameRevisions(conversationRevs, conversationNow)) return false;
      await assertWritable(tx, c.mode);
      if (options.replaceAll) {
        await database.conversations.clear();
        await database.children.clear();
      }
      if (options.deleteConversationIds?.length) await database.conversations.bulkDelete(options.deleteConversationIds);
      if (options.deleteChildIds?.length) await database.children.bulkDelete(options.deleteChildIds);
      await database.children.bulkPut(childRows);
      await database.conversations.bulkPut(conversationRows);
      return true;
    });
    if (written) break;
    if (attempt >= MAX_ATTEMPTS) throw new Error('could not write the records');
  }
  // Journalled drafts of what the restore removed or replaced wholesale would only come back as ghosts.
  if (options.replaceAll) clearUnsaved();
  else removeUnsaved({ conversationIds: options.deleteConversationIds ?? [], childIds: options.deleteChildIds ?? [] });
}

export async function deleteEverything(): Promise<void> {
  clearUnsaved();
  const database = await getDatabase();
  await database.transaction('rw', database.children, database.conversations, database.settings, async () => {
    await Promise.all([database.children.clear(), database.conversations.clear(), database.settings.clear()]);
  });
}
