// The unload journal (localStorage, written synchronously as a page goes away): in clear with the lock off,
// sealed with the journal key with it on, never in clear at rest while the lock is on, and gone with the
// records it belongs to.
import { afterEach, describe, expect, it } from 'vitest';
import {
  allUnsaved,
  clearUnsaved,
  forgetUnsaved,
  journalUnsaved,
  removeOwnUnsaved,
  removeStrayUnsaved,
  removeUnsaved,
  takeUnsaved,
} from '../../src/storage/unloadJournal';
import { stampEdits } from '../../src/domain/edits';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { createEncryptedCodec, lockedCodec } from '../../src/storage/encryptedCodec';
import { setJournalKey } from '../../src/storage/journalKey';
import { generateDataKey } from '../../src/domain/crypto';
import { createConversation } from '../../src/domain/model';

function draft(notes: string, childId = 'c') {
  return { ...createConversation({ childId, setting: 'school', participants: [], uiLanguage: 'sv' }), notes };
}

async function lockOnAndUnlocked(): Promise<void> {
  setCodec(createEncryptedCodec(await generateDataKey()));
  await setJournalKey(crypto.getRandomValues(new Uint8Array(32)));
}

afterEach(async () => {
  setCodec(plainCodec);
  await setJournalKey(undefined);
  localStorage.clear();
});

describe('the unload journal', () => {
  it('keeps a draft the page could not write, and gives it back until it is removed', () => {
    const conversation = draft('sista orden');
    journalUnsaved(conversation);
    expect(takeUnsaved(conversation.id)?.draft).toEqual(conversation);
    expect(takeUnsaved(conversation.id)?.draft).toEqual(conversation);
    removeOwnUnsaved(conversation.id);
    expect(takeUnsaved(conversation.id)).toBeUndefined();
  });

  it('keeps one entry per tab, merges them when read, and forgets only what was read unchanged', () => {
    const base = draft('');
    const mine = stampEdits(base, { ...base, notes: 'min flik' }, 1_000);
    journalUnsaved(mine);
    // Another tab's entry for the same conversation (a tab that crashed): its own key.
    const other = stampEdits(base, { ...base, entries: { ...base.entries, safe: { ...base.entries.safe, worries: 'andra fliken' } } }, 2_000);
    localStorage.setItem(`hjulet.unsaved.${base.id}.othertab`, JSON.stringify({ v: 2, id: base.id, childId: base.childId, record: other }));
    const taken = takeUnsaved(base.id);
    expect(taken?.draft.notes).toBe('min flik');
    expect(taken?.draft.entries.safe.worries).toBe('andra fliken');
    // This tab journals again meanwhile: its entry is newer than what was read, and stays.
    journalUnsaved(stampEdits(mine, { ...mine, notes: 'min flik, mer' }, 3_000));
    forgetUnsaved(taken?.read ?? []);
    expect(Object.keys(localStorage)).toHaveLength(1);
    expect(takeUnsaved(base.id)?.draft.notes).toBe('min flik, mer');
  });

  it('seals the draft with the lock on: nothing of it in clear in localStorage, readable while unlocked', async () => {
    await lockOnAndUnlocked();
    const conversation = draft('hemlig anteckning');
    journalUnsaved(conversation);
    const raw = JSON.stringify({ ...localStorage });
    expect(raw).not.toContain('hemlig');
    expect(raw).toContain(conversation.id);
    expect(takeUnsaved(conversation.id)?.draft).toEqual(conversation);
    // Locked: the key is gone, and the entry cannot be read (nor is anything new journalled).
    setCodec(lockedCodec);
    await setJournalKey(undefined);
    expect(takeUnsaved(conversation.id)).toBeUndefined();
    journalUnsaved(draft('efter låsning'));
    expect(JSON.stringify({ ...localStorage })).not.toContain('efter låsning');
  });

  it('journals nothing with the lock on while the journal key is not held', () => {
    setCodec(lockedCodec);
    journalUnsaved(draft('hemlig'));
    expect(localStorage.length).toBe(0);
  });

  it('removes entries in the wrong form for the lock state, and unreadable ones', async () => {
    const clear = draft('i klartext');
    journalUnsaved(clear);
    localStorage.setItem('hjulet.unsaved.old', '{"id":"old","notes":"round one format"}');
    await lockOnAndUnlocked();
    const sealed = draft('förseglad');
    journalUnsaved(sealed);
    removeStrayUnsaved(true);
    expect(Object.keys(localStorage)).toHaveLength(1);
    expect(Object.keys(localStorage)[0]).toMatch(new RegExp(`^hjulet\\.unsaved\\.${sealed.id}\\.`));
    removeStrayUnsaved(false);
    expect(localStorage.length).toBe(0);
  });

  it('reads clear and sealed entries alike for a lock switch, and removes a child’s entries with it', async () => {
    const a = draft('a', 'child-1');
    journalUnsaved(a);
    await lockOnAndUnlocked();
    const b = draft('b', 'child-2');
    journalUnsaved(b);
    expect(
      allUnsaved()
        .map((c) => c.notes)
        .sort(),
    ).toEqual(['a', 'b']);
    removeUnsaved({ childIds: ['child-1'] });
    expect(allUnsaved().map((c) => c.notes)).toEqual(['b']);
    clearUnsaved();
    expect(allUnsaved()).toEqual([]);
  });
});
