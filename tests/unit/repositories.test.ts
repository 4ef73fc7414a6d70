import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { deleteChild, getChild, listChildren, saveChild } from '../../src/storage/children';
import { deleteConversation, getConversation, listConversations, putRecords, saveConversation } from '../../src/storage/conversations';
import { createChild, createConversation } from '../../src/domain/model';

let counter = 0;
beforeEach(() => {
  useDatabase(new HjuletDatabase(`repositories-test-${counter++}`));
});

function conversationFor(childId: string, date: string) {
  return createConversation({ childId, date, setting: 'school', participants: [{ role: 'child' }], uiLanguage: 'sv' });
}

describe('repositories', () => {
  it('saves and lists children by alias, stamping updatedAt', async () => {
    const b = await saveChild({ ...createChild({ alias: 'Bo' }), updatedAt: '2000-01-01T00:00:00.000Z' });
    await saveChild(createChild({ alias: 'Al' }));
    expect((await listChildren()).map((c) => c.alias)).toEqual(['Al', 'Bo']);
    expect(b.updatedAt > '2000-01-01').toBe(true);
    expect(await getChild(b.id)).toEqual(b);
  });

  it('lists a child’s conversations newest first and deletes one', async () => {
    const child = await saveChild(createChild({ alias: 'C' }));
    const older = await saveConversation(conversationFor(child.id, '2025-01-10'));
    const newer = await saveConversation(conversationFor(child.id, '2026-02-01'));
    await saveConversation(conversationFor('someone-else', '2026-03-01'));
    expect((await listConversations(child.id)).map((c) => c.id)).toEqual([newer.id, older.id]);
    await deleteConversation(older.id);
    expect(await getConversation(older.id)).toBeUndefined();
  });

  it('deletes a child together with every conversation about the child', async () => {
    const child = await saveChild(createChild({ alias: 'D' }));
    const kept = await saveChild(createChild({ alias: 'E' }));
    const c1 = await saveConversation(conversationFor(child.id, '2026-01-01'));
    const c2 = await saveConversation(conversationFor(kept.id, '2026-01-01'));
    await deleteChild(child.id);
    expect(await getChild(child.id)).toBeUndefined();
    expect(await getConversation(c1.id)).toBeUndefined();
    expect(await getConversation(c2.id)).toEqual(c2);
  });

  it('writes many records as they are, or replaces everything, in one go', async () => {
    const old = await saveChild(createChild({ alias: 'Old' }));
    const child = { ...createChild({ alias: 'New' }), updatedAt: '2024-05-05T10:00:00.000Z' };
    const conversation = conversationFor(child.id, '2024-05-05');
    await putRecords([child], [conversation], { replaceAll: true });
    expect(await getChild(old.id)).toBeUndefined();
    // As they are, but with a revision above anything stored for them.
    expect(await getChild(child.id)).toEqual({ ...child, rev: 1 });
    expect(await getConversation(conversation.id)).toEqual({ ...conversation, rev: 1 });
    await putRecords([child], [conversation]);
    expect((await getConversation(conversation.id))?.rev).toBe(2);
  });
});
