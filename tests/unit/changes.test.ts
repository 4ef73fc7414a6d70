import { describe, expect, it } from 'vitest';
import { areaDirection, compareRatings, previousConversation, ratingSeries, summariseByArea } from '../../src/domain/changes';
import { emptyEntries, type Conversation } from '../../src/domain/model';
import type { AreaId, Perspective, Rating } from '../../src/domain/wheel';

type Ratings = Partial<Record<AreaId, Partial<Record<Perspective, Rating>>>>;

function conv(id: string, date: string, ratings: Ratings = {}, extra: Partial<Conversation> = {}): Conversation {
  const entries = emptyEntries();
  for (const [area, r] of Object.entries(ratings)) entries[area as AreaId].ratings = { ...r };
  return {
    id,
    childId: 'c1',
    date,
    setting: 'school',
    participants: [],
    uiLanguage: 'sv',
    entries,
    notes: '',
    actions: [],
    status: 'completed',
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    ...extra,
  };
}

describe('compareRatings', () => {
  it('covers every area × perspective rated in either conversation, in wheel then perspective order', () => {
    const earlier = conv('a', '2025-01-10', {
      safe: { child: 2, guardian: 4 },
      healthy: { professional: 3 },
      included: { child: 5 },
    });
    const later = conv('b', '2025-03-10', {
      safe: { child: 4, guardian: 3 },
      healthy: { professional: 3 },
      achieving: { child: 1 },
    });
    expect(compareRatings(earlier, later)).toEqual([
      { areaId: 'safe', perspective: 'child', before: 2, after: 4, direction: 'up' },
      { areaId: 'safe', perspective: 'guardian', before: 4, after: 3, direction: 'down' },
      { areaId: 'healthy', perspective: 'professional', before: 3, after: 3, direction: 'same' },
      { areaId: 'achieving', perspective: 'child', after: 1, direction: 'new' },
      { areaId: 'included', perspective: 'child', before: 5, direction: 'removed' },
    ]);
  });

  it('treats a missing perspective as new or removed and leaves unrated pairs out', () => {
    const earlier = conv('a', '2025-01-10', { active: { child: 3 } });
    const later = conv('b', '2025-03-10', { active: { guardian: 2 } });
    const changes = compareRatings(earlier, later);
    expect(changes.map((c) => [c.perspective, c.direction])).toEqual([
      ['child', 'removed'],
      ['guardian', 'new'],
    ]);
    expect(changes.some((c) => c.perspective === 'professional')).toBe(false);
    expect(changes[0]).not.toHaveProperty('after');
    expect(changes[1]).not.toHaveProperty('before');
  });

  it('returns nothing when neither conversation has ratings', () => {
    expect(compareRatings(conv('a', '2025-01-01'), conv('b', '2025-02-01'))).toEqual([]);
  });

  it('copes with an area missing from older or imported data', () => {
    const earlier = conv('a', '2025-01-10', { safe: { child: 2 } });
    const partial = { entries: { safe: { ratings: { child: 5 }, goingWell: '', worries: '', nextSteps: '' } } } as unknown as Conversation;
    expect(compareRatings(earlier, partial)).toEqual([{ areaId: 'safe', perspective: 'child', before: 2, after: 5, direction: 'up' }]);
  });
});

describe('per-area summary', () => {
  const earlier = conv('a', '2025-01-10', {
    safe: { child: 2, guardian: 4 },
    healthy: { child: 3, guardian: 3 },
    achieving: { child: 2 },
    nurtured: { child: 4 },
    active: { child: 4 },
  });
  const later = conv('b', '2025-03-10', {
    safe: { child: 4, guardian: 3 },
    healthy: { child: 4, guardian: 3, professional: 2 },
    achieving: { child: 1 },
    nurtured: { child: 4 },
    respected: { child: 5 },
  });

  it('gives each area one direction: mixed when perspectives disagree, new ratings do not count as up', () => {
    const byArea = summariseByArea(compareRatings(earlier, later));
    expect(byArea.map((a) => [a.areaId, a.direction])).toEqual([
      ['safe', 'mixed'],
      ['healthy', 'up'],
      ['achieving', 'down'],
      ['nurtured', 'same'],
      ['active', 'removed'],
      ['respected', 'new'],
    ]);
    expect(byArea.find((a) => a.areaId === 'healthy')?.changes).toHaveLength(3);
  });

  it('areaDirection prefers new over removed when there is nothing to compare', () => {
    expect(
      areaDirection([
        { areaId: 'safe', perspective: 'child', before: 3, direction: 'removed' },
        { areaId: 'safe', perspective: 'guardian', after: 3, direction: 'new' },
      ]),
    ).toBe('new');
  });
});

describe('previousConversation', () => {
  const first = conv('first', '2024-09-01');
  const sameDayEarly = conv('early', '2025-02-01', {}, { createdAt: '2025-02-01T08:00:00.000Z' });
  const sameDayLate = conv('late', '2025-02-01', {}, { createdAt: '2025-02-01T15:00:00.000Z' });
  const later = conv('later', '2025-05-01');
  const otherChild = conv('other', '2025-04-01', {}, { childId: 'c2' });
  const all = [later, sameDayLate, otherChild, first, sameDayEarly];

  it('picks the latest conversation strictly before, by date then createdAt', () => {
    expect(previousConversation(all, later)?.id).toBe('late');
    expect(previousConversation(all, sameDayLate)?.id).toBe('early');
    expect(previousConversation(all, sameDayEarly)?.id).toBe('first');
  });

  it('ignores other children and returns undefined for the first conversation', () => {
    expect(previousConversation(all, first)).toBeUndefined();
    expect(previousConversation(all, otherChild)).toBeUndefined();
  });

  it('does not pick a conversation dated after the current one even if it comes first in the list', () => {
    const draft = conv('draft', '2025-01-15');
    expect(previousConversation(all, draft)?.id).toBe('first');
  });
});

describe('ratingSeries', () => {
  it('lists one area and perspective oldest first, skipping conversations without that rating', () => {
    const list = [
      conv('c', '2025-03-01', { safe: { child: 4 } }),
      conv('a', '2024-11-01', { safe: { child: 2, guardian: 5 } }),
      conv('b', '2025-01-01', { safe: { guardian: 3 } }),
      conv('d', '2025-03-01', { safe: { child: 5 } }, { createdAt: '2025-03-01T12:00:00.000Z' }),
    ];
    expect(ratingSeries(list, 'safe', 'child')).toEqual([
      { conversationId: 'a', date: '2024-11-01', rating: 2 },
      { conversationId: 'c', date: '2025-03-01', rating: 4 },
      { conversationId: 'd', date: '2025-03-01', rating: 5 },
    ]);
    expect(ratingSeries(list, 'safe', 'guardian').map((p) => p.rating)).toEqual([5, 3]);
    expect(ratingSeries(list, 'healthy', 'child')).toEqual([]);
  });

  it('does not reorder the caller’s array', () => {
    const list = [conv('b', '2025-02-01'), conv('a', '2025-01-01')];
    ratingSeries(list, 'safe', 'child');
    expect(list.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
