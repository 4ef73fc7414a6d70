import { afterEach, describe, expect, it } from 'vitest';
import { clearUnsaved, journalUnsaved, takeUnsaved } from '../../src/storage/unloadJournal';
import { plainCodec, setCodec, type RecordCodec } from '../../src/storage/codec';
import { createConversation } from '../../src/domain/model';

const sealing: RecordCodec = { ...plainCodec };

afterEach(() => {
  setCodec(plainCodec);
  localStorage.clear();
});

describe('the unload journal', () => {
  it('keeps a draft the page could not write, and gives it back once', () => {
    const conversation = { ...createConversation({ childId: 'c', setting: 'school', participants: [], uiLanguage: 'sv' }), notes: 'sista orden' };
    journalUnsaved(conversation);
    expect(takeUnsaved(conversation.id)).toEqual(conversation);
    expect(takeUnsaved(conversation.id)).toBeUndefined();
  });

  it('writes nothing in clear while records are sealed (lock on)', () => {
    setCodec(sealing);
    const conversation = { ...createConversation({ childId: 'c', setting: 'school', participants: [], uiLanguage: 'sv' }), notes: 'hemlig' };
    journalUnsaved(conversation);
    expect(JSON.stringify({ ...localStorage })).not.toContain('hemlig');
    expect(takeUnsaved(conversation.id)).toBeUndefined();
  });

  it('is emptied when everything is erased', () => {
    const conversation = createConversation({ childId: 'c', setting: 'school', participants: [], uiLanguage: 'sv' });
    journalUnsaved(conversation);
    clearUnsaved();
    expect(takeUnsaved(conversation.id)).toBeUndefined();
  });
});
