import { describe, expect, it } from 'vitest';
import { emptyEntries, type Child, type Conversation } from '../../src/domain/model';
import { buildSummary } from '../../src/domain/summary';
import { makeTranslate } from './testTranslate';

const sv = makeTranslate('sv');
const en = makeTranslate('en');

function fullChild(): Child {
  return {
    id: 'c1',
    alias: 'AB',
    languages: ['ar'],
    network: [
      { id: 'n1', role: 'Skolkurator', name: 'Lisa', coordinator: true },
      { id: 'n2', role: 'BVC', coordinator: false },
    ],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

function baseConversation(id: string, date: string): Conversation {
  return {
    id,
    childId: 'c1',
    date,
    setting: 'school',
    participants: [],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: '',
    actions: [],
    status: 'completed',
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  };
}

function fullConversation(): Conversation {
  const c = baseConversation('k2', '2025-03-12');
  c.participants = [{ role: 'child' }, { role: 'guardian', name: 'Maria' }, { role: 'professional', name: ' Lisa ' }];
  c.entries.safe = { ratings: { child: 4, guardian: 3 }, goingWell: 'Trivs med sin mentor.', worries: '', nextSteps: '' };
  c.entries.healthy = {
    ratings: { child: 2 },
    goingWell: '',
    worries: 'Sover dåligt.\r\nVaknar ofta.  ',
    nextSteps: 'Kontakt med skolsköterskan.',
  };
  c.entries.achieving = { ratings: {}, goingWell: 'Läser mycket.', worries: '', nextSteps: '' };
  c.notes = 'Mamma var med hela tiden.';
  c.actions = [
    { id: 'a1', what: 'Boka tid hos skolsköterskan', who: 'Mentor', due: '2025-04-01', done: false, areaId: 'healthy' },
    { id: 'a2', what: 'Skicka schema', who: 'Rektor', done: true },
    { id: 'a3', what: '  ', who: '', done: false },
  ];
  c.followUpDate = '2025-05-20';
  return c;
}

function earlierConversation(): Conversation {
  const c = baseConversation('k1', '2025-01-10');
  c.entries.safe.ratings = { child: 2, guardian: 4 };
  c.entries.healthy.ratings = { child: 2, guardian: 3 };
  c.entries.active.ratings = { child: 5 };
  return c;
}

describe('buildSummary: a full conversation', () => {
  const summary = buildSummary({ child: fullChild(), conversation: fullConversation(), t: sv, locale: 'sv-SE' });

  it('has the header facts in Swedish with dates formatted for the locale', () => {
    expect(summary.title).toBe('Sammanfattning av samtalet');
    expect(summary.alias).toBe('AB');
    expect(summary.date).toBe('2025-03-12');
    expect(summary.dateText).toBe('12 mars 2025');
    expect(summary.setting).toBe('school');
    expect(summary.settingLabel).toBe('Skola');
    expect(summary.participants.map((p) => p.text)).toEqual(['Barnet', 'Vårdnadshavare (Maria)', 'Yrkesperson (Lisa)']);
    expect(summary.followUpText).toBe('20 maj 2025');
  });

  it('lists all eight areas in wheel order with labels, scale words and notes', () => {
    expect(summary.areas.map((a) => a.label)).toEqual(['Trygg', 'Må bra', 'Utvecklas', 'Omvårdad', 'Aktiv', 'Respekterad', 'Ansvarstagande', 'Delaktig']);
    const [safe, healthy, achieving, nurtured] = summary.areas;
    expect(safe?.ratings.map((r) => [r.perspectiveLabel, r.rating, r.word])).toEqual([
      ['Barnet', 4, 'Ganska bra'],
      ['Vårdnadshavare', 3, 'Både och'],
    ]);
    expect(safe?.ratings[0]?.text).toBe('Barnet: 4 av 5, Ganska bra');
    expect(healthy?.worries).toBe('Sover dåligt.\nVaknar ofta.');
    expect(healthy?.nextSteps).toBe('Kontakt med skolsköterskan.');
    expect(achieving).toMatchObject({ ratings: [], goingWell: 'Läser mycket.', empty: false });
    expect(nurtured?.empty).toBe(true);
  });

  it('keeps filled-in actions with status and area, drops blank rows', () => {
    expect(summary.actions).toEqual([
      {
        id: 'a1',
        what: 'Boka tid hos skolsköterskan',
        who: 'Mentor',
        due: '2025-04-01',
        dueText: '1 april 2025',
        done: false,
        statusLabel: 'Inte klar',
        areaId: 'healthy',
        areaLabel: 'Må bra',
      },
      { id: 'a2', what: 'Skicka schema', who: 'Rektor', done: true, statusLabel: 'Klar' },
    ]);
  });

  it('lists the network with the coordinator marked, and no changes without an earlier conversation', () => {
    expect(summary.network.map((c) => c.text)).toEqual(['Skolkurator: Lisa (Samordnare)', 'BVC']);
    expect(summary.network[0]?.coordinator).toBe(true);
    expect(summary.changes).toBeUndefined();
  });

  it('speaks English when given an English t, with the same structure', () => {
    const english = buildSummary({ child: fullChild(), conversation: fullConversation(), t: en, locale: 'en-GB' });
    expect(english.title).toBe('Conversation summary');
    expect(english.dateText).toBe('12 March 2025');
    expect(english.areas[1]?.ratings[0]?.text).toBe('Child: 2 of 5, Quite hard');
    expect(english.labels.worries).toBe('Worries');
    expect(english.actions[1]?.statusLabel).toBe('Done');
    expect(english.network[0]?.text).toBe('Skolkurator: Lisa (Coordinator)');
  });

  it('uses a passed-in formatDate over the locale', () => {
    const s = buildSummary({ child: fullChild(), conversation: fullConversation(), t: sv, locale: 'sv-SE', formatDate: (iso) => `<${iso}>` });
    expect(s.dateText).toBe('<2025-03-12>');
    expect(s.actions[0]?.dueText).toBe('<2025-04-01>');
  });

  it('never runs user text through the translator', () => {
    const c = fullConversation();
    c.notes = 'Sa "{{value}}" & <b>hej</b>';
    const s = buildSummary({ child: fullChild(), conversation: c, t: sv });
    expect(s.notes).toBe('Sa "{{value}}" & <b>hej</b>');
  });
});

describe('buildSummary: an empty conversation', () => {
  const child: Child = { ...fullChild(), alias: 'CD', network: [] };
  const conversation = { ...baseConversation('k0', '2025-03-12'), setting: 'preschool' as const };
  const summary = buildSummary({ child, conversation, t: sv });

  it('marks every area empty and has no actions, notes, follow-up or network', () => {
    expect(summary.areas).toHaveLength(8);
    expect(summary.areas.every((a) => a.empty && a.ratings.length === 0)).toBe(true);
    expect(summary.actions).toEqual([]);
    expect(summary.notes).toBe('');
    expect(summary.followUpDate).toBeUndefined();
    expect(summary.network).toEqual([]);
    expect(summary.participants).toEqual([]);
  });

  it('leaves dates as yyyy-mm-dd when neither formatDate nor locale is given', () => {
    expect(summary.dateText).toBe('2025-03-12');
    expect(summary.settingLabel).toBe('Förskola');
  });
});

describe('buildSummary: with an earlier conversation', () => {
  const summary = buildSummary({ child: fullChild(), conversation: fullConversation(), earlier: earlierConversation(), t: sv, locale: 'sv-SE' });

  it('compares ratings per area and perspective with words for each direction', () => {
    const changes = summary.changes;
    expect(changes?.sinceDate).toBe('2025-01-10');
    expect(changes?.sinceText).toBe('Jämfört med samtalet 10 januari 2025');
    expect(changes?.areas.map((a) => [a.label, a.direction, a.directionLabel])).toEqual([
      ['Trygg', 'mixed', 'både högre och lägre'],
      ['Må bra', 'same', 'samma'],
      ['Aktiv', 'removed', 'inte bedömt nu'],
    ]);
    expect(changes?.areas[0]?.items.map((i) => i.text)).toEqual(['Barnet: från 2 till 4 (högre)', 'Vårdnadshavare: från 4 till 3 (lägre)']);
    expect(changes?.areas[1]?.items.map((i) => i.text)).toEqual(['Barnet: från 2 till 2 (samma)', 'Vårdnadshavare: 3 förra gången (inte bedömt nu)']);
    expect(changes?.areas[2]?.items[0]).toMatchObject({ perspective: 'child', before: 5, direction: 'removed' });
  });

  it('shows new ratings as new when the earlier conversation had none', () => {
    const s = buildSummary({ child: fullChild(), conversation: fullConversation(), earlier: baseConversation('k0', '2024-10-01'), t: sv });
    expect(s.changes?.areas.map((a) => a.direction)).toEqual(['new', 'new']);
    expect(s.changes?.areas[0]?.items[0]?.text).toBe('Barnet: 4 (ny bedömning)');
  });
});
