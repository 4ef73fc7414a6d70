import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  followUpLists,
  isOverdue,
  openActions,
  overdueFollowUps,
  todayInZone,
  upcomingFollowUps,
} from '../../src/domain/followUp';
import { emptyEntries, type Action, type Child, type Conversation } from '../../src/domain/model';

function child(id: string, alias: string): Child {
  return { id, alias, languages: [], network: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
}

function action(id: string, what: string, extra: Partial<Action> = {}): Action {
  return { id, what, who: 'Mentor', done: false, ...extra };
}

function conv(id: string, childId: string, date: string, actions: Action[] = [], extra: Partial<Conversation> = {}): Conversation {
  return {
    id,
    childId,
    date,
    setting: 'school',
    participants: [],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: '',
    actions,
    status: 'completed',
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    ...extra,
  };
}

describe('isOverdue', () => {
  it('is not overdue on the due day, overdue from the day after', () => {
    expect(isOverdue('2025-03-10', '2025-03-09')).toBe(false);
    expect(isOverdue('2025-03-10', '2025-03-10')).toBe(false);
    expect(isOverdue('2025-03-10', '2025-03-11')).toBe(true);
    expect(isOverdue('2024-12-31', '2025-01-01')).toBe(true);
  });

  it('never calls a malformed date overdue', () => {
    expect(isOverdue('', '2025-03-10')).toBe(false);
    expect(isOverdue('2025-3-1', '2025-03-10')).toBe(false);
    expect(isOverdue('2025-02-30', '2025-03-10')).toBe(false);
  });
});

describe('date helpers', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('adds and counts days across months, years and DST changes', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31'); // the night Sweden moves to summer time
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-03-29', '2025-04-28')).toBe(30);
    expect(daysBetween('2025-03-10', '2025-03-08')).toBe(-2);
  });
});

describe('todayInZone', () => {
  it('23:30 UTC is already the next day in Stockholm but not in London or New York', () => {
    const now = new Date('2025-01-14T23:30:00Z');
    expect(todayInZone(now, 'Europe/Stockholm')).toBe('2025-01-15');
    expect(todayInZone(now, 'Europe/London')).toBe('2025-01-14');
    expect(todayInZone(now, 'America/New_York')).toBe('2025-01-14');
    expect(todayInZone(now, 'UTC')).toBe('2025-01-14');
  });

  it('follows summer time: 22:30 UTC is midnight-past in Stockholm in July, not in January', () => {
    expect(todayInZone(new Date('2025-07-14T22:30:00Z'), 'Europe/Stockholm')).toBe('2025-07-15');
    expect(todayInZone(new Date('2025-01-14T22:30:00Z'), 'Europe/Stockholm')).toBe('2025-01-14');
  });

  it('handles the year boundary and zones behind UTC', () => {
    expect(todayInZone(new Date('2024-12-31T23:15:00Z'), 'Europe/Stockholm')).toBe('2025-01-01');
    expect(todayInZone(new Date('2025-01-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2024-12-31');
  });

  it('decides overdue by the local date: due on the 14th is overdue at 00:30 Stockholm time on the 15th', () => {
    const now = new Date('2025-01-14T23:30:00Z');
    expect(isOverdue('2025-01-14', todayInZone(now, 'Europe/Stockholm'))).toBe(true);
    expect(isOverdue('2025-01-14', todayInZone(now, 'UTC'))).toBe(false);
  });

  it('falls back to the device zone for an unknown zone name instead of throwing', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(todayInZone(now, 'Mars/Olympus_Mons')).toBe(todayInZone(now));
    expect(todayInZone(now)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('openActions', () => {
  it('lists actions not done, with the conversation they come from', () => {
    const c = conv('k1', 'c1', '2025-01-10', [action('a1', 'Ring BVC'), action('a2', 'Boka möte', { done: true })]);
    expect(openActions([c])).toEqual([{ action: c.actions[0], childId: 'c1', conversationId: 'k1', conversationDate: '2025-01-10' }]);
  });

  it('keeps only the newest copy of a carried-forward action, wherever it is in the list', () => {
    const old = conv('k1', 'c1', '2025-01-10', [action('a1', 'Ring BVC', { due: '2025-02-01' })]);
    const newer = conv('k2', 'c1', '2025-03-10', [action('a1', 'Ring BVC igen', { due: '2025-04-01' })]);
    const result = openActions([newer, old]);
    expect(result).toHaveLength(1);
    expect(result[0]?.conversationId).toBe('k2');
    expect(result[0]?.action.what).toBe('Ring BVC igen');
  });

  it('drops an action marked done in a later conversation even if an older copy is open', () => {
    const old = conv('k1', 'c1', '2025-01-10', [action('a1', 'Ring BVC')]);
    const newer = conv('k2', 'c1', '2025-03-10', [action('a1', 'Ring BVC', { done: true })]);
    expect(openActions([old, newer])).toEqual([]);
  });

  it('uses createdAt to tell two conversations on the same day apart', () => {
    const morning = conv('m', 'c1', '2025-03-10', [action('a1', 'Förmiddag')], { createdAt: '2025-03-10T08:00:00.000Z' });
    const afternoon = conv('e', 'c1', '2025-03-10', [action('a1', 'Eftermiddag')], { createdAt: '2025-03-10T14:00:00.000Z' });
    expect(openActions([afternoon, morning])[0]?.action.what).toBe('Eftermiddag');
  });

  it('skips blank rows and sorts by due date with undated actions last', () => {
    const c = conv('k1', 'c1', '2025-01-10', [
      action('x', 'Utan datum'),
      action('y', 'Senare', { due: '2025-05-01' }),
      action('blank', '', { who: ' ' }),
      action('z', 'Tidigare', { due: '2025-02-01' }),
    ]);
    expect(openActions([c]).map((o) => o.action.id)).toEqual(['z', 'y', 'x']);
  });
});

describe('home screen follow-ups', () => {
  const children = [child('c1', 'AB'), child('c2', 'Zed')];
  const today = '2025-03-10';
  const conversations = [
    // c1: an older follow-up date that a newer conversation has replaced.
    conv('k1', 'c1', '2025-01-10', [action('a1', 'Försenad', { due: '2025-03-09' })], { followUpDate: '2025-02-01' }),
    conv('k2', 'c1', '2025-02-05', [action('a2', 'Idag', { due: '2025-03-10' }), action('a3', 'Klar', { due: '2025-03-01', done: true })], {
      followUpDate: '2025-04-09',
    }),
    // c2: meeting overdue, action far away.
    conv('k3', 'c2', '2024-12-01', [action('a4', 'Långt bort', { due: '2025-06-01' })], { followUpDate: '2025-03-01' }),
    // A conversation of a child that is gone.
    conv('k4', 'ghost', '2025-03-01', [action('a5', 'Spöke', { due: '2025-03-05' })], { followUpDate: '2025-03-11' }),
  ];

  it('upcoming: from today up to today + days, meeting date only from the latest conversation', () => {
    const items = upcomingFollowUps(children, conversations, today);
    expect(items.map((i) => [i.kind, i.alias, i.date, i.daysLeft])).toEqual([
      ['action', 'AB', '2025-03-10', 0],
      ['meeting', 'AB', '2025-04-09', 30],
    ]);
    expect(items[0]?.action?.id).toBe('a2');
    expect(items[0]?.overdue).toBe(false);
    expect(upcomingFollowUps(children, conversations, today, 29).map((i) => i.date)).toEqual(['2025-03-10']);
    expect(upcomingFollowUps(children, conversations, today, 90).map((i) => i.date)).toContain('2025-06-01');
  });

  it('overdue: before today, oldest first, done actions and replaced meeting dates left out', () => {
    const items = overdueFollowUps(children, conversations, today);
    expect(items.map((i) => [i.kind, i.alias, i.date, i.daysLeft, i.conversationId])).toEqual([
      ['meeting', 'Zed', '2025-03-01', -9, 'k3'],
      ['action', 'AB', '2025-03-09', -1, 'k1'],
    ]);
    expect(items.every((i) => i.overdue)).toBe(true);
  });

  it('followUpLists gives both lists from one pass, the same as each on its own', () => {
    for (const days of [29, 30, 90]) {
      const lists = followUpLists(children, conversations, today, days);
      expect(lists.overdue).toEqual(overdueFollowUps(children, conversations, today));
      expect(lists.upcoming).toEqual(upcomingFollowUps(children, conversations, today, days));
    }
    // Same date: by alias, meeting before action.
    const sameDay = [
      conv('s1', 'c2', '2025-03-01', [action('b1', 'X', { due: '2025-03-20' })], { followUpDate: '2025-03-20' }),
      conv('s2', 'c1', '2025-03-02', [action('b2', 'Y', { due: '2025-03-20' })]),
    ];
    expect(followUpLists(children, sameDay, today).upcoming.map((i) => [i.alias, i.kind])).toEqual([
      ['AB', 'action'],
      ['Zed', 'meeting'],
      ['Zed', 'action'],
    ]);
  });
});
