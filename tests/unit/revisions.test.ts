// Writes ordered by a per-record revision, never by the clock (storage/conversations.ts, children.ts):
// two copies of one conversation saved one after the other keep both copies' edits, a clock that jumps or
// a restored record dated in the future can never make a later edit lose, and a write never puts a note
// in clear once another tab turned the lock on.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HjuletDatabase, useDatabase, db } from '../../src/storage/db';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { clearCodec } from '../../src/storage/encryptedCodec';
import { getChild, saveChild, updateChild } from '../../src/storage/children';
import { ConversationGoneError, deleteConversation, getConversation, putRecords, saveConversation, updateConversation } from '../../src/storage/conversations';
import { LOCK_KEY } from '../../src/storage/lockRecord';
import { stampEdits } from '../../src/domain/edits';
import { createChild, createConversation, type Conversation } from '../../src/domain/model';

let counter = 0;
beforeEach(() => {
  useDatabase(new HjuletDatabase(`revisions-test-${counter++}`));
  setCodec(plainCodec);
});
afterEach(() => {
  vi.useRealTimers();
  setCodec(plainCodec);
});

function newConversation(): Conversation {
  return createConversation({ childId: 'child-1', setting: 'school', participants: [{ role: 'child' }], uiLanguage: 'sv' });
}

/** A tab's edit of its own copy, as the draft does it: the changed fields stamped. */
function typed(copy: Conversation, change: (c: Conversation) => Conversation): Conversation {
  return stampEdits(copy, change(structuredClone(copy)));
}

describe('conversation revisions', () => {
  it('count every write, starting at 1', async () => {
    const first = await saveConversation(newConversation());
    expect(first.rev).toBe(1);
    const second = await saveConversation(typed(first, (c) => ({ ...c, notes: 'x' })));
    expect(second.rev).toBe(2);
    expect((await getConversation(first.id))?.rev).toBe(2);
  });

  it('two tabs with the same old copy, editing different fields: both edits stay', async () => {
    const stored = await saveConversation(newConversation());
    const tabA = typed(stored, (c) => ({ ...c, notes: 'från A' }));
    const tabB = typed(stored, (c) => ({ ...c, entries: { ...c.entries, safe: { ...c.entries.safe, worries: 'från B' } } }));
    await saveConversation(tabA);
    await saveConversation(tabB);
    const now = await getConversation(stored.id);
    expect(now?.notes).toBe('från A');
    expect(now?.entries.safe.worries).toBe('från B');
    expect(now?.rev).toBe(3);
  });

  it('two tabs on the same field: the newest edit wins, even when its write lands first', async () => {
    const stored = await saveConversation(newConversation());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    const older = typed(stored, (c) => ({ ...c, notes: 'äldre' }));
    vi.setSystemTime(new Date('2026-11-01T10:00:05Z'));
    const newer = typed(stored, (c) => ({ ...c, notes: 'nyare' }));
    vi.useRealTimers();
    await saveConversation(newer);
    await saveConversation(older);
    expect((await getConversation(stored.id))?.notes).toBe('nyare');
  });

  it('keeps an edit made after the clock was set back 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-02T10:00:00Z'));
    let copy = await saveConversation(newConversation());
    copy = await saveConversation(typed(copy, (c) => ({ ...c, notes: 'med klockan ett dygn före' })));
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    copy = await saveConversation(typed(copy, (c) => ({ ...c, notes: 'efter att klockan ställts rätt' })));
    vi.useRealTimers();
    expect((await getConversation(copy.id))?.notes).toBe('efter att klockan ställts rätt');
  });

  it('keeps an edit made after restoring a record dated 9999', async () => {
    const conversation = { ...newConversation(), updatedAt: '9999-12-31T23:59:59.999Z', notes: 'från filen' };
    await putRecords([], [conversation]);
    const restored = (await getConversation(conversation.id)) as Conversation;
    await saveConversation(typed(restored, (c) => ({ ...c, notes: 'ändrad efteråt' })));
    expect((await getConversation(conversation.id))?.notes).toBe('ändrad efteråt');
  });

  it('gives a restored record a revision above the stored one, so an open copy merges with it', async () => {
    const stored = await saveConversation(newConversation());
    const open = typed(stored, (c) => ({ ...c, notes: 'öppen flik' }));
    await putRecords([], [{ ...stored, entries: { ...stored.entries, safe: { ...stored.entries.safe, goingWell: 'från filen' } }, rev: 0 }]);
    expect((await getConversation(stored.id))?.rev).toBe(2);
    await saveConversation(open);
    const now = await getConversation(stored.id);
    expect(now?.notes).toBe('öppen flik');
    expect(now?.rev).toBe(3);
  });

  it('changes a stored conversation through updateConversation without undoing another copy', async () => {
    const stored = await saveConversation(newConversation());
    const open = typed(stored, (c) => ({ ...c, notes: 'i utkastet' }));
    await updateConversation(stored.id, (c) => ({ ...c, status: 'completed' }));
    await saveConversation(open);
    const now = await getConversation(stored.id);
    expect(now?.status).toBe('completed');
    expect(now?.notes).toBe('i utkastet');
  });

  it('does not bring back a conversation deleted while a copy was open', async () => {
    const stored = await saveConversation(newConversation());
    await deleteConversation(stored.id);
    await expect(saveConversation(typed(stored, (c) => ({ ...c, notes: 'sent' })))).rejects.toBeInstanceOf(ConversationGoneError);
    expect(await getConversation(stored.id)).toBeUndefined();
  });

  it('never writes in clear once the lock record exists (another tab turned the lock on)', async () => {
    setCodec(clearCodec);
    const stored = await saveConversation(newConversation());
    await db().settings.put({ key: LOCK_KEY, value: { version: 1 } });
    // It waits a moment for this tab to follow the lock (it never does here), then gives up.
    const outcome = await saveConversation(typed(stored, (c) => ({ ...c, notes: 'får inte stå i klartext' }))).then(
      () => 'written',
      (error: unknown) => (error as Error).name,
    );
    expect(outcome).toBe('LockChangedError');
    expect(JSON.stringify(await db().conversations.toArray())).not.toContain('klartext');
  });
});

describe('child revisions', () => {
  it('apply a change to the latest stored child, so two changes from old copies both stay', async () => {
    const child = await saveChild({ ...createChild({ alias: 'A' }), network: [] });
    expect(child.rev).toBe(1);
    await updateChild(child.id, (c) => ({ ...c, alias: 'B' }));
    await updateChild(child.id, (c) => ({ ...c, network: [...(c.network ?? []), { id: 'n1', role: 'Mentor', coordinator: true }] }));
    const now = await getChild(child.id);
    expect(now?.alias).toBe('B');
    expect(now?.network).toHaveLength(1);
    expect(now?.rev).toBe(3);
    expect(await updateChild('missing', (c) => c)).toBeUndefined();
  });
});
