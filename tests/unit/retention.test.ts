// Retention: the rule (months after a child's last conversation), and deleting what is due from the
// database for real, with the lock on too (the rule reads only clear ids and dates).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createChild, createConversation } from '../../src/domain/model';
import { dueForDeletion, isRetentionMonths, lastContactDate, RETENTION_CHOICES, subtractMonths } from '../../src/domain/retention';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { saveChild, listChildren } from '../../src/storage/children';
import { listAllConversations, saveConversation } from '../../src/storage/conversations';
import { turnOnLock } from '../../src/storage/lock';
import { deleteRetentionDue, findRetentionDue, readRetentionMonths, saveRetentionMonths } from '../../src/storage/retention';

describe('subtractMonths', () => {
  it('counts calendar months and clamps to the end of shorter months', () => {
    expect(subtractMonths('2026-06-15', 6)).toBe('2025-12-15');
    expect(subtractMonths('2026-06-15', 12)).toBe('2025-06-15');
    expect(subtractMonths('2026-06-15', 36)).toBe('2023-06-15');
    expect(subtractMonths('2025-03-31', 1)).toBe('2025-02-28');
    expect(subtractMonths('2024-08-31', 6)).toBe('2024-02-29');
    expect(subtractMonths('2026-01-01', 0)).toBe('2026-01-01');
    expect(() => subtractMonths('2026-1-1', 6)).toThrow(RangeError);
  });
});

describe('the retention rule', () => {
  const today = '2026-06-15';
  const children = [
    { id: 'old', createdAt: '2023-01-01T10:00:00.000Z' },
    { id: 'active', createdAt: '2023-01-01T10:00:00.000Z' },
    { id: 'edge', createdAt: '2023-01-01T10:00:00.000Z' },
    { id: 'never-met-old', createdAt: '2024-01-10T10:00:00.000Z' },
    { id: 'never-met-new', createdAt: '2026-05-01T10:00:00.000Z' },
  ];
  const conversations = [
    { id: 'o1', childId: 'old', date: '2024-02-01' },
    { id: 'o2', childId: 'old', date: '2025-06-14' }, // last: one day more than 12 months ago
    { id: 'a1', childId: 'active', date: '2023-03-01' }, // old, but the child was met last month
    { id: 'a2', childId: 'active', date: '2026-05-20' },
    { id: 'e1', childId: 'edge', date: '2025-06-15' }, // exactly 12 months ago: kept
  ];

  it('knows its choices', () => {
    expect([...RETENTION_CHOICES]).toEqual([0, 6, 12, 24, 36]);
    expect(isRetentionMonths(12)).toBe(true);
    expect(isRetentionMonths(7)).toBe(false);
    expect(isRetentionMonths('12')).toBe(false);
  });

  it('counts from the last conversation, or from the day the child was added', () => {
    expect(lastContactDate(children[0]!, conversations)).toBe('2025-06-14');
    expect(lastContactDate(children[3]!, conversations)).toBe('2024-01-10');
  });

  it('with 12 months: the child last met more than 12 months ago goes, with all its conversations', () => {
    expect(dueForDeletion(children, conversations, 12, today)).toEqual([
      { childId: 'never-met-old', lastDate: '2024-01-10', conversationIds: [] },
      { childId: 'old', lastDate: '2025-06-14', conversationIds: ['o1', 'o2'] },
    ]);
  });

  it('with other periods, and never', () => {
    expect(dueForDeletion(children, conversations, 6, today).map((d) => d.childId)).toEqual(['never-met-old', 'old', 'edge']);
    expect(dueForDeletion(children, conversations, 24, today).map((d) => d.childId)).toEqual(['never-met-old']);
    expect(dueForDeletion(children, conversations, 36, today)).toEqual([]);
    expect(dueForDeletion(children, conversations, 0, today)).toEqual([]);
  });
});

describe('retention in the database', () => {
  let n = 0;
  beforeEach(() => {
    useDatabase(new HjuletDatabase(`retention-test-${n++}`));
    setCodec(plainCodec);
  });

  async function seed() {
    const old = await saveChild(createChild({ alias: 'Gammal' }));
    const active = await saveChild(createChild({ alias: 'Aktiv' }));
    const make = (childId: string, date: string) =>
      saveConversation(createConversation({ childId, date, setting: 'school', participants: [{ role: 'child' }], uiLanguage: 'sv' }));
    const o1 = await make(old.id, '2023-05-01');
    const o2 = await make(old.id, '2024-11-30');
    const a1 = await make(active.id, '2022-01-01');
    const a2 = await make(active.id, '2026-04-01');
    return { old, active, o1, o2, a1, a2 };
  }

  it('stores the setting (never by default)', async () => {
    expect(await readRetentionMonths()).toBe(0);
    await saveRetentionMonths(24);
    expect(await readRetentionMonths()).toBe(24);
  });

  it('finds and deletes exactly what is due, with the lock on, from the stored rows', async () => {
    const s = await seed();
    await turnOnLock('lösenfras för test', { iterations: 1000 });
    const due = await findRetentionDue(12, '2026-06-15');
    expect(due).toEqual([{ childId: s.old.id, lastDate: '2024-11-30', conversationIds: expect.arrayContaining([s.o1.id, s.o2.id]) }]);
    const deleted = await deleteRetentionDue(due);
    expect(deleted.childIds).toEqual([s.old.id]);
    expect(deleted.conversationIds.sort()).toEqual([s.o1.id, s.o2.id].sort());
    expect((await listChildren()).map((c) => c.alias)).toEqual(['Aktiv']);
    expect((await listAllConversations()).map((c) => c.id).sort()).toEqual([s.a1.id, s.a2.id].sort());
  });

  it('leaves a child alone that had a new conversation after the list was shown', async () => {
    const s = await seed();
    const due = await findRetentionDue(12, '2026-06-15');
    await saveConversation(createConversation({ childId: s.old.id, date: '2026-06-15', setting: 'school', participants: [], uiLanguage: 'sv' }));
    expect(await deleteRetentionDue(due)).toEqual({ childIds: [], conversationIds: [] });
    expect((await listChildren()).length).toBe(2);
  });
});
