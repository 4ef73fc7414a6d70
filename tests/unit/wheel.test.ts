import { describe, expect, it } from 'vitest';
import { AREA_IDS, stepArea, isRating, isAreaId } from '../../src/domain/wheel';

describe('wheel definition', () => {
  it('has the eight areas in the contract order', () => {
    expect(AREA_IDS).toEqual(['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included']);
  });
  it('steps around the wheel and wraps', () => {
    expect(stepArea('safe', 1)).toBe('healthy');
    expect(stepArea('included', 1)).toBe('safe');
    expect(stepArea('safe', -1)).toBe('included');
    expect(stepArea('active', 8)).toBe('active');
  });
  it('accepts only whole ratings 1..5 and known areas', () => {
    expect([1, 2, 3, 4, 5].every(isRating)).toBe(true);
    expect([0, 6, 2.5, '3', null].some(isRating)).toBe(false);
    expect(isAreaId('safe')).toBe(true);
    expect(isAreaId('__proto__')).toBe(false);
  });
});
