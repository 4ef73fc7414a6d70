// Field-level edit times and the merge (domain/edits.ts): two copies edited apart from one base keep
// every edit, the newer edit of one field wins, a removed action stays removed unless edited later, and
// merging is order-free whatever the copies hold.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasNewerEdits, mergeEdited, nextEditTime, stampEdits } from '../../src/domain/edits';
import { createAction, createConversation, type Conversation } from '../../src/domain/model';
import { AREA_IDS } from '../../src/domain/wheel';
import { arbText } from './arbitraries';

const T0 = 1_700_000_000_000;

function base(): Conversation {
  const conversation = createConversation({ childId: 'c', setting: 'school', participants: [{ role: 'child' }], uiLanguage: 'sv' });
  return { ...conversation, rev: 3, actions: [createAction({ what: 'Ringa hem', who: 'Mentor' })] };
}

function edit(from: Conversation, at: number, change: (c: Conversation) => Conversation): Conversation {
  return stampEdits(from, change(structuredClone(from)), at);
}

const setNotes = (notes: string) => (c: Conversation) => ({ ...c, notes });
const setGoingWell = (text: string) => (c: Conversation) => ({ ...c, entries: { ...c.entries, safe: { ...c.entries.safe, goingWell: text } } });

describe('stampEdits', () => {
  it('stamps exactly the fields that changed, with one new time', () => {
    const b = base();
    const after = edit(b, T0, (c) => ({
      ...setGoingWell('bra')(c),
      entries: { ...setGoingWell('bra')(c).entries, active: { ...c.entries.active, ratings: { child: 4 } } },
    }));
    expect(after.edits).toEqual({ 'entries/safe/goingWell': T0, 'entries/active/ratings/child': T0 });
    expect(stampEdits(after, structuredClone(after), T0 + 5)).toEqual(after);
  });

  it('stamps an added or removed action by its id, and a new order', () => {
    const b = base();
    const [first] = b.actions as [Conversation['actions'][number]];
    const second = createAction({ what: 'Boka möte' });
    const added = edit(b, T0, (c) => ({ ...c, actions: [...c.actions, second] }));
    expect(added.edits).toEqual({ [`actions/[${second.id}]`]: T0 });
    const reordered = edit(added, T0 + 1, (c) => ({ ...c, actions: [...c.actions].reverse() }));
    expect(reordered.edits?.['actions/#order']).toBe(T0 + 1);
    const removed = edit(reordered, T0 + 2, (c) => ({ ...c, actions: c.actions.filter((a) => a.id !== first.id) }));
    expect(removed.edits?.[`actions/[${first.id}]`]).toBe(T0 + 2);
  });

  it('never goes back in time: a clock put back still gives a later edit time', () => {
    const first = edit(base(), T0 + 24 * 3600_000, setNotes('a day ahead'));
    const second = edit(first, T0, setNotes('clock put right'));
    expect(second.edits?.notes).toBe(T0 + 24 * 3600_000 + 1);
    expect(nextEditTime(second.edits, T0)).toBe(T0 + 24 * 3600_000 + 2);
    expect(nextEditTime({}, T0)).toBe(T0);
  });
});

describe('mergeEdited', () => {
  it('keeps both edits when two copies changed different fields', () => {
    const b = base();
    const a = edit(b, T0 + 10, setNotes('från flik A'));
    const c = edit(b, T0 + 20, setGoingWell('från flik B'));
    for (const merged of [mergeEdited(a, c), mergeEdited(c, a)]) {
      expect(merged.notes).toBe('från flik A');
      expect(merged.entries.safe.goingWell).toBe('från flik B');
    }
  });

  it('takes the newer edit of the same field, whichever copy is written last', () => {
    const b = base();
    const older = edit(b, T0 + 10, setNotes('äldre'));
    const newer = edit(b, T0 + 20, setNotes('nyare'));
    expect(mergeEdited(older, newer).notes).toBe('nyare');
    expect(mergeEdited(newer, older).notes).toBe('nyare');
  });

  it('lets a stale copy (a journal left by a closed page) change nothing', () => {
    const b = base();
    const journalled = edit(b, T0 + 10, setNotes('före'));
    const stored = edit(journalled, T0 + 20, setNotes('före och efter'));
    expect(hasNewerEdits(stored, journalled)).toBe(false);
    expect(mergeEdited(stored, journalled).notes).toBe('före och efter');
    expect(hasNewerEdits(journalled, stored)).toBe(true);
  });

  it('keeps an action removed in one copy unless the other edited it after the removal', () => {
    const b = base();
    const [action] = b.actions as [Conversation['actions'][number]];
    const removed = edit(b, T0 + 10, (c) => ({ ...c, actions: [] }));
    const editedBefore = edit(b, T0 + 5, (c) => ({ ...c, actions: [{ ...action, who: 'Rektor' }] }));
    const editedAfter = edit(b, T0 + 15, (c) => ({ ...c, actions: [{ ...action, who: 'Kurator' }] }));
    expect(mergeEdited(removed, editedBefore).actions).toEqual([]);
    expect(mergeEdited(editedBefore, removed).actions).toEqual([]);
    expect(mergeEdited(removed, editedAfter).actions).toEqual([{ ...action, who: 'Kurator' }]);
  });

  it('keeps actions added in both copies, in a stable order', () => {
    const b = base();
    const x = createAction({ what: 'x' });
    const y = createAction({ what: 'y' });
    const a = edit(b, T0 + 10, (c) => ({ ...c, actions: [...c.actions, x] }));
    const c = edit(b, T0 + 20, (c2) => ({ ...c2, actions: [...c2.actions, y] }));
    const ab = mergeEdited(a, c).actions.map((action) => action.what);
    // The first copy's order, the other's new item after it.
    expect(ab).toEqual(['Ringa hem', 'x', 'y']);
    expect(mergeEdited(c, a).actions.map((action) => action.what)).toEqual(['Ringa hem', 'y', 'x']);
  });

  it('keeps the higher revision and every field’s newest edit time', () => {
    const b = base();
    const a = { ...edit(b, T0 + 10, setNotes('a')), rev: 5 };
    const c = { ...edit(b, T0 + 20, setGoingWell('c')), rev: 4 };
    const merged = mergeEdited(a, c);
    expect(merged.rev).toBe(5);
    expect(merged.edits).toEqual({ notes: T0 + 10, 'entries/safe/goingWell': T0 + 20 });
  });

  /** Copies edited apart from one base, each a few random edits at random (possibly equal) times. */
  const BASE = base();
  const arbEditedCopy = fc
    .array(
      fc.record({
        area: fc.constantFrom(...AREA_IDS),
        field: fc.constantFrom('goingWell', 'worries', 'nextSteps', 'notes', 'rating', 'addAction', 'removeAction'),
        text: arbText,
        at: fc.integer({ min: 0, max: 50 }),
      }),
      { maxLength: 6 },
    )
    .map((steps) =>
      steps.reduce((copy, step) => {
        const at = T0 + step.at;
        switch (step.field) {
          case 'notes':
            return edit(copy, at, setNotes(step.text));
          case 'rating':
            return edit(copy, at, (c) => ({
              ...c,
              entries: { ...c.entries, [step.area]: { ...c.entries[step.area], ratings: { child: (step.text.length % 5) + 1 } } },
            }));
          case 'addAction':
            return edit(copy, at, (c) => withAction(c, step));
          case 'removeAction':
            return edit(copy, at, (c) => ({ ...c, actions: c.actions.slice(1) }));
          default:
            return edit(copy, at, (c) => ({ ...c, entries: { ...c.entries, [step.area]: { ...c.entries[step.area], [step.field]: step.text } } }));
        }
      }, structuredClone(BASE)),
    );

  /** Adds an action whose id depends on the step, so that copies sometimes add the same one. */
  function withAction(c: Conversation, step: { text: string; area: string }): Conversation {
    const id = `a-${step.text.length % 3}-${step.area}`;
    if (c.actions.some((a) => a.id === id)) return c;
    return { ...c, actions: [...c.actions, { id, what: step.text, who: '', done: false }] };
  }

  /** The same content, whatever the order of the actions. */
  const content = (c: Conversation) => ({ ...c, actions: [...c.actions].sort((x, y) => (x.id < y.id ? -1 : 1)) });

  it('gives the same content whichever copy is merged into which, and merging a copy in again changes nothing (property)', () => {
    fc.assert(
      fc.property(arbEditedCopy, arbEditedCopy, (a, b) => {
        const ab = mergeEdited(a, b);
        expect(content(ab)).toEqual(content(mergeEdited(b, a)));
        expect(mergeEdited(a, a)).toEqual({ ...a, edits: a.edits ?? {} });
        expect(mergeEdited(ab, b)).toEqual(ab);
        expect(mergeEdited(ab, a)).toEqual(ab);
        expect(hasNewerEdits(ab, a) || hasNewerEdits(ab, b)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('loses no edit that is the newest of its field (property)', () => {
    fc.assert(
      fc.property(arbEditedCopy, arbEditedCopy, (a, b) => {
        const merged = mergeEdited(a, b);
        const ea = a.edits ?? {};
        const eb = b.edits ?? {};
        if ((ea.notes ?? 0) > (eb.notes ?? 0)) expect(merged.notes).toBe(a.notes);
        if ((eb.notes ?? 0) > (ea.notes ?? 0)) expect(merged.notes).toBe(b.notes);
        for (const area of AREA_IDS) {
          const path = `entries/${area}/goingWell`;
          if ((ea[path] ?? 0) > (eb[path] ?? 0)) expect(merged.entries[area].goingWell).toBe(a.entries[area].goingWell);
          if ((eb[path] ?? 0) > (ea[path] ?? 0)) expect(merged.entries[area].goingWell).toBe(b.entries[area].goingWell);
        }
      }),
      { numRuns: 200 },
    );
  });
});
