import { describe, expect, it } from 'vitest';
import { ageBandFor, conversationAgeBand } from '../../src/domain/ageBand';

describe('age bands', () => {
  it('follow the age the child turns in the conversation’s year', () => {
    expect(ageBandFor(2021, '2026-03-01')).toBe('0-5');
    expect(ageBandFor(2020, '2026-03-01')).toBe('6-12');
    expect(ageBandFor(2014, '2026-03-01')).toBe('6-12');
    expect(ageBandFor(2013, '2026-03-01')).toBe('13-17');
    expect(ageBandFor(2008, '2026-03-01')).toBe('13-17');
    expect(ageBandFor(undefined, '2026-03-01')).toBe('6-12');
  });

  it('can be chosen per conversation', () => {
    expect(conversationAgeBand({ date: '2026-03-01', ageBand: '13-17' }, { birthYear: 2021 })).toBe('13-17');
    expect(conversationAgeBand({ date: '2026-03-01' }, { birthYear: 2021 })).toBe('0-5');
    expect(conversationAgeBand({ date: '2026-03-01' }, undefined)).toBe('6-12');
  });
});
