import { describe, expect, it } from 'vitest';
import { createAction, createChild, createConversation, emptyAreaEntry, todayIsoDate } from '../../src/domain/model';
import { countRatedAreas, hasNotes, isAreaTouched, ratedPerspectives, setRating } from '../../src/domain/ratings';
import { AREA_IDS } from '../../src/domain/wheel';
import { withoutUndefined } from '../../src/domain/objects';

describe('conversation model', () => {
  it('creates a draft conversation with an empty entry for each of the eight areas', () => {
    const conversation = createConversation({ childId: 'c1', setting: 'school', participants: [{ role: 'child' }], uiLanguage: 'sv', date: '2026-03-01' });
    expect(Object.keys(conversation.entries)).toEqual([...AREA_IDS]);
    expect(conversation.status).toBe('draft');
    expect(conversation.date).toBe('2026-03-01');
    expect(conversation.actions).toEqual([]);
    expect(conversation.familyLanguage).toBeUndefined();
    expect('familyLanguage' in conversation).toBe(false);
    expect(countRatedAreas(conversation)).toBe(0);
  });

  it('trims the alias and keeps optional fields out unless given', () => {
    const child = createChild({ alias: '  AB  ' });
    expect(child.alias).toBe('AB');
    expect('birthYear' in child).toBe(false);
    expect(createChild({ alias: 'C', birthYear: 2019, languages: ['so'] })).toMatchObject({ birthYear: 2019, languages: ['so'] });
    expect(child.id).not.toBe(createChild({ alias: 'AB' }).id);
  });

  it('gives actions their own ids, not done, tied to an area only when asked', () => {
    const action = createAction({ what: 'Ring', areaId: 'safe' });
    expect(action).toMatchObject({ what: 'Ring', who: '', done: false, areaId: 'safe' });
    expect('due' in createAction({})).toBe(false);
  });

  it('formats today as a local calendar date', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('drops undefined keys so stored and backed-up records have one shape', () => {
    expect(withoutUndefined({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(Object.keys(withoutUndefined({ a: 1, b: undefined }))).toEqual(['a']);
  });
});

describe('rating rules', () => {
  it('sets and clears one perspective without touching the others', () => {
    const entry = setRating(setRating(emptyAreaEntry(), 'child', 4), 'guardian', 2);
    expect(entry.ratings).toEqual({ child: 4, guardian: 2 });
    const cleared = setRating(entry, 'child', null);
    expect(cleared.ratings).toEqual({ guardian: 2 });
    expect(entry.ratings).toEqual({ child: 4, guardian: 2 });
    expect(ratedPerspectives(cleared)).toEqual(['guardian']);
  });

  it('refuses ratings outside 1 to 5', () => {
    expect(() => setRating(emptyAreaEntry(), 'child', 6 as never)).toThrow(RangeError);
    expect(() => setRating(emptyAreaEntry(), 'child', 0 as never)).toThrow(RangeError);
    expect(() => setRating(emptyAreaEntry(), 'child', 2.5 as never)).toThrow(RangeError);
  });

  it('counts notes only when there is text, and an area as touched by a rating or a note', () => {
    expect(hasNotes({ ...emptyAreaEntry(), worries: '   ' })).toBe(false);
    expect(hasNotes({ ...emptyAreaEntry(), nextSteps: 'x' })).toBe(true);
    expect(isAreaTouched(emptyAreaEntry())).toBe(false);
    expect(isAreaTouched(setRating(emptyAreaEntry(), 'professional', 1))).toBe(true);
  });

  it('counts rated areas across the wheel', () => {
    const conversation = createConversation({ childId: 'c', setting: 'health', participants: [], uiLanguage: 'en' });
    conversation.entries.safe = setRating(conversation.entries.safe, 'child', 3);
    conversation.entries.included = setRating(conversation.entries.included, 'guardian', 5);
    conversation.entries.active = { ...conversation.entries.active, goingWell: 'only notes' };
    expect(countRatedAreas(conversation)).toBe(2);
  });
});
