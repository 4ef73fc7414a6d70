// The child's own answers (issue 12): a face or "I'd rather not say" (its own answer, not "not rated"),
// own words, the mark of the child's turn, and what the child's view may hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerAreaInChildTurn,
  answerByAdult,
  answerInChildTurn,
  areasAnsweredInChildTurn,
  childAnswerOf,
  type ChildAnswer,
  childOnlyEntries,
  hasChildAnswer,
  withChildTurnWay,
  wordsForAreaInChildTurn,
  wordsInChildTurn,
} from '../../src/domain/childAnswers';
import { createConversation, emptyAreaEntry, type AreaEntry } from '../../src/domain/model';
import { AREA_IDS } from '../../src/domain/wheel';
import { arbConversation } from './arbitraries';

const entry = (patch: Partial<AreaEntry> = {}): AreaEntry => ({ ...emptyAreaEntry(), ...patch });

describe("the child's answer in an area", () => {
  it('is a face, a pass, or nothing', () => {
    expect(childAnswerOf(entry())).toBeUndefined();
    expect(childAnswerOf(entry({ ratings: { child: 3, guardian: 1 } }))).toBe(3);
    expect(childAnswerOf(entry({ childPassed: true }))).toBe('pass');
    expect(childAnswerOf(entry({ ratings: { guardian: 2 } }))).toBeUndefined();
  });

  it("in the child's turn: a pass replaces a face and a face a pass, marked as the turn's, other perspectives untouched", () => {
    const rated = answerInChildTurn(entry({ ratings: { guardian: 2, professional: 5 } }), 4);
    expect(rated).toMatchObject({ ratings: { guardian: 2, professional: 5, child: 4 }, childTurn: true });
    expect(rated.childPassed).toBeUndefined();
    const passed = answerInChildTurn(rated, 'pass');
    expect(passed.ratings).toEqual({ guardian: 2, professional: 5 });
    expect(passed).toMatchObject({ childPassed: true, childTurn: true });
    expect(childAnswerOf(answerInChildTurn(passed, 1))).toBe(1);
    expect(answerInChildTurn(passed, 1).childPassed).toBeUndefined();
  });

  it('own words typed in the turn mark the area; words emptied again leave the mark to the answer', () => {
    const typed = wordsInChildTurn(entry(), 'Jag gillar rasten');
    expect(typed).toMatchObject({ childWords: 'Jag gillar rasten', childTurn: true });
    expect(wordsInChildTurn(typed, '  ').childTurn).toBeUndefined();
    expect(wordsInChildTurn(answerInChildTurn(typed, 2), '').childTurn).toBe(true);
  });

  it("set by the adult, a changed answer is the adult's record (the mark goes) unless the child's words are there", () => {
    const fromTurn = answerInChildTurn(entry(), 5);
    expect(answerByAdult(fromTurn, 5)).toBe(fromTurn);
    const changed = answerByAdult(fromTurn, 3);
    expect(changed.ratings.child).toBe(3);
    expect(changed.childTurn).toBeUndefined();
    const withWords = answerByAdult(wordsInChildTurn(fromTurn, 'Bra'), null);
    expect(withWords.ratings.child).toBeUndefined();
    expect(withWords.childTurn).toBe(true);
    expect(answerByAdult(entry({ childPassed: true }), 2)).toMatchObject({ ratings: { child: 2 } });
    expect(answerByAdult(entry({ childPassed: true }), 2).childPassed).toBeUndefined();
    expect(answerByAdult(entry({ ratings: { child: 2 } }), 'pass')).toMatchObject({ ratings: {}, childPassed: true });
  });

  it('never holds a face and a pass at once, however answers follow each other', () => {
    const step = fc.oneof(
      fc.record({ by: fc.constant('turn' as const), answer: fc.constantFrom<ChildAnswer | null>(1, 2, 3, 4, 5, 'pass') }),
      fc.record({ by: fc.constant('adult' as const), answer: fc.constantFrom<ChildAnswer | null>(1, 2, 3, 4, 5, 'pass', null) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let e = entry({ ratings: { guardian: 4 } });
        for (const s of steps) e = s.by === 'turn' && s.answer !== null ? answerInChildTurn(e, s.answer) : answerByAdult(e, s.answer);
        expect(e.ratings.child !== undefined && e.childPassed === true).toBe(false);
        expect(e.ratings.guardian).toBe(4);
        const last = steps[steps.length - 1];
        if (last) expect(childAnswerOf(e) ?? null).toBe(last.answer);
      }),
    );
  });
});

describe("the child's view of the conversation", () => {
  it('holds only the child’s rating, pass and words: no note, no other perspective', () => {
    fc.assert(
      fc.property(arbConversation(['c1']), (conversation) => {
        const own = childOnlyEntries(conversation.entries);
        for (const id of AREA_IDS) {
          const e = own[id];
          expect(Object.keys(e.ratings).every((p) => p === 'child')).toBe(true);
          expect([e.goingWell, e.worries, e.nextSteps]).toEqual(['', '', '']);
          expect(e.ratings.child).toBe(conversation.entries[id].ratings.child);
          expect(e.childWords ?? '').toBe(conversation.entries[id].childWords ?? '');
          expect(Object.keys(e).every((k) => ['goingWell', 'nextSteps', 'ratings', 'worries', 'childPassed', 'childWords'].includes(k))).toBe(true);
        }
      }),
    );
  });
});

describe("a conversation's child's turn", () => {
  const base = () => createConversation({ childId: 'c', setting: 'school', participants: [], uiLanguage: 'sv' });

  it('records the turn among the ways the child took part, once, and lists the areas answered there', () => {
    let c = answerAreaInChildTurn(base(), 'safe', 4);
    c = answerAreaInChildTurn(c, 'healthy', 'pass');
    c = wordsForAreaInChildTurn(c, 'active', 'Fotboll');
    expect(c.participation?.ways).toEqual(['childTurn']);
    expect(areasAnsweredInChildTurn(c)).toEqual(['safe', 'healthy', 'active']);
    c = { ...c, entries: { ...c.entries, safe: answerByAdult(c.entries.safe, 2) } };
    expect(areasAnsweredInChildTurn(c)).toEqual(['healthy', 'active']);
    expect(withChildTurnWay({ ways: ['talked', 'childTurn'] })).toEqual({ ways: ['talked', 'childTurn'] });
    expect(withChildTurnWay({ childPresent: true, ways: ['talked'] })).toEqual({ childPresent: true, ways: ['talked', 'childTurn'] });
  });

  it('does not count blank words as something of the child’s own', () => {
    const c = wordsForAreaInChildTurn(base(), 'safe', '   ');
    expect(c.participation).toBeUndefined();
    expect(hasChildAnswer(c.entries.safe)).toBe(false);
    expect(areasAnsweredInChildTurn(c)).toEqual([]);
  });
});
