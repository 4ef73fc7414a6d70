// The purge rule after a transfer to the records system: free text goes after the grace period, what
// follow-up needs stays; a warning a week before. Tested like retention: dates only, edges exact.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createChild, createConversation, emptyEntries, type Conversation } from '../../src/domain/model';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { saveChild } from '../../src/storage/children';
import { getConversation, saveConversation } from '../../src/storage/conversations';
import { turnOnLock } from '../../src/storage/lock';
import { eraseDueNotes, findNotesErasures, readNotesGraceDays, saveNotesGraceDays } from '../../src/storage/retention';
import { DEFAULT_NOTES_GRACE_DAYS, eraseNotes, isNotesGraceDays, notesDueForErasure, notesErasedSoon, notesEraseDate } from '../../src/domain/retention';
import { arbConversation } from './arbitraries';

const rows = [
  { id: 'due', childId: 'c1', transfer: { date: '2025-01-01' } },
  { id: 'today', childId: 'c1', transfer: { date: '2025-01-31' } },
  { id: 'soon', childId: 'c2', transfer: { date: '2025-02-05' } },
  { id: 'later', childId: 'c2', transfer: { date: '2025-02-15' } },
  { id: 'not-transferred', childId: 'c3' },
  { id: 'already', childId: 'c3', transfer: { date: '2024-06-01' }, notesErasedDate: '2024-07-01' },
];

describe('the purge rule after transfer', () => {
  it('is due on the day the grace period ends and after, never before', () => {
    expect(DEFAULT_NOTES_GRACE_DAYS).toBe(30);
    expect(notesEraseDate('2025-01-01', 30)).toBe('2025-01-31');
    expect(notesDueForErasure(rows, 30, '2025-03-02').map((e) => e.conversationId)).toEqual(['due', 'today']);
    expect(notesDueForErasure(rows, 30, '2025-03-01').map((e) => e.conversationId)).toEqual(['due']);
    expect(notesDueForErasure(rows, 30, '2025-01-30').map((e) => e.conversationId)).toEqual([]);
    expect(notesDueForErasure(rows, 30, '2025-01-31').map((e) => e.conversationId)).toEqual(['due']);
  });

  it('warns for what goes within the next seven days, not for what is due already or later', () => {
    // today 2025-03-01: 'today' goes tomorrow, 'soon' on 2025-03-07 (in 6 days), 'later' on 2025-03-17.
    expect(notesErasedSoon(rows, 30, '2025-03-01').map((e) => [e.conversationId, e.eraseDate])).toEqual([
      ['today', '2025-03-02'],
      ['soon', '2025-03-07'],
    ]);
    // Exactly seven days before is warned; eight days before is not yet.
    expect(notesErasedSoon(rows, 30, '2025-02-28').map((e) => e.conversationId)).toEqual(['today', 'soon']);
    expect(notesErasedSoon(rows, 30, '2025-02-27').map((e) => e.conversationId)).toEqual(['today']);
    expect(notesErasedSoon(rows, 30, '2025-03-02').map((e) => e.conversationId)).toEqual(['soon']);
  });

  it('follows the chosen grace period', () => {
    expect(notesDueForErasure(rows, 7, '2025-02-12').map((e) => e.conversationId)).toEqual(['due', 'today', 'soon']);
    expect(isNotesGraceDays(30)).toBe(true);
    expect(isNotesGraceDays(31)).toBe(false);
    expect(isNotesGraceDays('30')).toBe(false);
  });

  it('never touches a conversation not transferred or already erased', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.constantFrom(7, 14, 30, 60, 90), (offset, grace) => {
        const today = notesEraseDate('2025-01-01', offset);
        const ids = [...notesDueForErasure(rows, grace, today), ...notesErasedSoon(rows, grace, today)].map((e) => e.conversationId);
        return !ids.includes('not-transferred') && !ids.includes('already');
      }),
    );
  });
});

describe('eraseNotes', () => {
  function full(): Conversation {
    return {
      id: 'k1',
      childId: 'c1',
      date: '2025-01-01',
      setting: 'school',
      participants: [{ role: 'guardian', name: 'mamma' }],
      uiLanguage: 'sv',
      entries: { ...emptyEntries(), safe: { ratings: { child: 4 }, goingWell: 'GW', worries: 'WO', nextSteps: 'NS', childWords: 'CW', childPassed: false } },
      notes: 'NOTES',
      childHopes: 'HOPES',
      actions: [{ id: 'a1', what: 'Boka tid', who: 'Mentor', due: '2025-02-01', done: false }],
      followUpDate: '2025-03-01',
      status: 'completed',
      consent: { givenBy: [{ role: 'child' }], keepNotes: true, shareSummary: false, shareWith: [], form: 'oral', date: '2025-01-01' },
      safetyConcerns: [
        { id: 's1', raisedDate: '2025-01-01', description: 'DESC', outcome: { reported: true, date: '2025-01-02', to: 'Soc', channel: 'phone' } },
      ],
      participation: { ways: ['talked'], viewObtained: 'partly', notObtainedReason: 'REASON' },
      transfer: { date: '2025-01-02', system: 'Procapita' },
      createdAt: '2025-01-01T09:00:00.000Z',
      updatedAt: '2025-01-01T09:00:00.000Z',
    };
  }

  it('erases the free text and keeps ratings, dates, actions, consent, outcomes and the transfer record', () => {
    const erased = eraseNotes(full(), '2025-02-01');
    const text = JSON.stringify(erased);
    for (const gone of ['GW', 'WO', 'NS', 'CW', 'NOTES', 'HOPES', 'DESC', 'REASON']) expect(text).not.toContain(gone);
    expect(erased.entries.safe.ratings).toEqual({ child: 4 });
    expect(erased.actions).toEqual(full().actions);
    expect(erased.followUpDate).toBe('2025-03-01');
    expect(erased.consent).toEqual(full().consent);
    expect(erased.safetyConcerns?.[0]?.outcome).toEqual(full().safetyConcerns?.[0]?.outcome);
    expect(erased.transfer).toEqual({ date: '2025-01-02', system: 'Procapita' });
    expect(erased.participants).toEqual(full().participants);
    expect(erased.notesErasedDate).toBe('2025-02-01');
  });

  it('keeps every rating and action of any conversation, and is the same when run twice', () => {
    fc.assert(
      fc.property(arbConversation(['c1']), (conversation) => {
        const once = eraseNotes(conversation, '2030-01-01');
        const twice = eraseNotes(once, '2030-02-01');
        expect(twice).toEqual(once);
        expect(once.actions).toEqual(conversation.actions);
        for (const [id, entry] of Object.entries(conversation.entries)) {
          expect(once.entries[id as keyof Conversation['entries']].ratings).toEqual(entry.ratings);
        }
        expect(once.notes).toBe('');
      }),
      { numRuns: 50 },
    );
  });
});

describe('erasing transferred notes in the database', () => {
  let n = 0;
  beforeEach(() => {
    useDatabase(new HjuletDatabase(`notes-erasure-test-${n++}`));
    setCodec(plainCodec);
  });

  async function transferred(date: string, notes: string) {
    const child = await saveChild(createChild({ alias: 'Sam' }));
    const c = createConversation({ childId: child.id, date: '2025-01-01', setting: 'school', participants: [], uiLanguage: 'sv' });
    c.notes = notes;
    c.entries.safe = { ratings: { child: 3 }, goingWell: `${notes} går bra`, worries: '', nextSteps: '' };
    c.transfer = { date, system: 'Journalen' };
    return saveConversation(c);
  }

  it('keeps the grace period setting (30 days by default)', async () => {
    expect(await readNotesGraceDays()).toBe(30);
    await saveNotesGraceDays(14);
    expect(await readNotesGraceDays()).toBe(14);
  });

  it('erases exactly the due conversations, with the lock on, and keeps their ratings', async () => {
    const due = await transferred('2025-01-02', 'GAMMAL');
    const kept = await transferred('2025-01-20', 'NY');
    await turnOnLock('lösenfras för test', { iterations: 1000 });
    expect((await findNotesErasures(30, '2025-02-01')).due.map((e) => e.conversationId)).toEqual([due.id]);
    expect((await findNotesErasures(30, '2025-02-01')).soon.map((e) => e.conversationId)).toEqual([]);
    expect(await eraseDueNotes(30, '2025-02-01')).toEqual([due.id]);
    const after = await getConversation(due.id);
    expect(after?.notes).toBe('');
    expect(after?.entries.safe.goingWell).toBe('');
    expect(after?.entries.safe.ratings).toEqual({ child: 3 });
    expect(after?.notesErasedDate).toBe('2025-02-01');
    expect(after?.transfer).toEqual({ date: '2025-01-02', system: 'Journalen' });
    expect((await getConversation(kept.id))?.notes).toBe('NY');
    // Run again: nothing more to do.
    expect(await eraseDueNotes(30, '2025-02-01')).toEqual([]);
  });
});
