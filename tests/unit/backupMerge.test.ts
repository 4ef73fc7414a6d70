import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergePlan, type BackupData, type MergePlan } from '../../src/domain/backup';
import { createChild, createConversation, type Child, type Conversation } from '../../src/domain/model';
import { arbBackupData } from './arbitraries';

function child(id: string, updatedAt: string, alias = id): Child {
  return { ...createChild({ alias }), id, createdAt: '2025-01-01T00:00:00.000Z', updatedAt };
}

function conversation(id: string, childId: string, updatedAt: string, notes = ''): Conversation {
  return {
    ...createConversation({ childId, setting: 'school', participants: [], uiLanguage: 'sv', date: '2025-01-01' }),
    id,
    notes,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt,
  };
}

const T1 = '2025-01-01T10:00:00.000Z';
const T2 = '2025-01-02T10:00:00.000Z';

/** What storage would hold after applying `plan` to `existing` (how the storage layer will use it). */
function apply(existing: BackupData, plan: MergePlan): { children: Map<string, Child>; conversations: Map<string, Conversation> } {
  const children = new Map(existing.children.map((c) => [c.id, c]));
  const conversations = new Map(existing.conversations.map((c) => [c.id, c]));
  for (const id of plan.deleteChildIds) children.delete(id);
  for (const id of plan.deleteConversationIds) conversations.delete(id);
  for (const c of plan.putChildren) children.set(c.id, c);
  for (const c of plan.putConversations) conversations.set(c.id, c);
  return { children, conversations };
}

describe('mergePlan, merge mode', () => {
  const existing: BackupData = {
    children: [child('a', T2, 'device-newer'), child('b', T1, 'device-older'), child('only-device', T1)],
    conversations: [conversation('x', 'a', T1, 'device'), conversation('y', 'b', T2, 'device')],
  };
  const incoming: BackupData = {
    children: [child('a', T1, 'file-older'), child('b', T2, 'file-newer'), child('new', T1)],
    conversations: [conversation('x', 'a', T2, 'file'), conversation('y', 'b', T2, 'file-same-time'), conversation('z', 'new', T1)],
  };

  it('adds new records, lets the newer updatedAt win, and deletes nothing', () => {
    const plan = mergePlan(existing, incoming, 'merge');
    expect(plan.putChildren.map((c) => [c.id, c.alias])).toEqual([
      ['b', 'file-newer'],
      ['new', 'new'],
    ]);
    expect(plan.putConversations.map((c) => [c.id, c.notes])).toEqual([
      ['x', 'file'],
      ['z', ''],
    ]);
    expect(plan.deleteChildIds).toEqual([]);
    expect(plan.deleteConversationIds).toEqual([]);
    expect(plan.counts).toEqual({
      children: { added: 1, updated: 1, unchanged: 1, deleted: 0 },
      conversations: { added: 1, updated: 1, unchanged: 1, deleted: 0 },
    });
  });

  it('compares times, not strings, when offsets differ', () => {
    const device = { children: [child('a', '2025-01-01T12:00:00.000Z', 'device')], conversations: [] };
    const file = { children: [child('a', '2025-01-01T13:30:00+02:00', 'file')], conversations: [] }; // 11:30Z: older
    expect(mergePlan(device, file, 'merge').putChildren).toEqual([]);
  });

  it('never loses a record and keeps every conversation attached to a child (property)', () => {
    fc.assert(
      fc.property(arbBackupData, arbBackupData, (device, file) => {
        // Share some ids between the two sides so that conflicts actually happen.
        const shared: BackupData = {
          children: [...file.children, ...device.children.slice(0, 1)],
          conversations: [...file.conversations, ...device.conversations.slice(0, 1)],
        };
        const after = apply(device, mergePlan(device, shared, 'merge'));
        for (const c of [...device.children, ...shared.children]) expect(after.children.has(c.id)).toBe(true);
        for (const c of [...device.conversations, ...shared.conversations]) expect(after.conversations.has(c.id)).toBe(true);
        for (const c of after.conversations.values()) expect(after.children.has(c.childId)).toBe(true);
        for (const [id, kept] of after.children) {
          const theirs = shared.children.find((c) => c.id === id);
          if (theirs) expect(Date.parse(kept.updatedAt)).toBeGreaterThanOrEqual(Date.parse(theirs.updatedAt));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('does not touch its inputs', () => {
    const before = JSON.stringify([existing, incoming]);
    mergePlan(existing, incoming, 'merge');
    mergePlan(existing, incoming, 'replace');
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});

describe('mergePlan, replace mode', () => {
  it('leaves exactly the file contents, whatever their age', () => {
    const existing: BackupData = {
      children: [child('a', T2), child('gone', T1)],
      conversations: [conversation('x', 'a', T2), conversation('gone-conv', 'gone', T1)],
    };
    const incoming: BackupData = {
      children: [child('a', T1, 'file'), child('new', T1)],
      conversations: [conversation('x', 'a', T1, 'file')],
    };
    const plan = mergePlan(existing, incoming, 'replace');
    expect(plan.deleteChildIds).toEqual(['gone']);
    expect(plan.deleteConversationIds).toEqual(['gone-conv']);
    expect(plan.putChildren).toEqual(incoming.children);
    expect(plan.putConversations).toEqual(incoming.conversations);
    expect(plan.counts.children).toEqual({ added: 1, updated: 1, unchanged: 0, deleted: 1 });
  });

  it('makes storage equal to the file (property)', () => {
    fc.assert(
      fc.property(arbBackupData, arbBackupData, (device, file) => {
        const after = apply(device, mergePlan(device, file, 'replace'));
        expect([...after.children.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...file.children].sort((a, b) => a.id.localeCompare(b.id)));
        expect([...after.conversations.keys()].sort()).toEqual(file.conversations.map((c) => c.id).sort());
      }),
      { numRuns: 100 },
    );
  });
});
