import { describe, expect, it } from 'vitest';
import { emptyEntries, type Child, type Conversation } from '../../src/domain/model';
import { buildSummary, summaryToPlainText } from '../../src/domain/summary';
import { makeTranslate } from './testTranslate';

const sv = makeTranslate('sv');

const child: Child = {
  id: 'c1',
  alias: 'AB',
  languages: [],
  network: [
    { id: 'n1', role: 'Skolkurator', name: 'Lisa', coordinator: true },
    { id: 'n2', role: 'BVC', coordinator: false },
  ],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

function conversation(id: string, date: string): Conversation {
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

function full(): Conversation {
  const c = conversation('k2', '2025-03-12');
  c.participants = [{ role: 'child' }, { role: 'guardian', name: 'Maria' }, { role: 'professional', name: 'Lisa' }];
  c.entries.safe = { ratings: { child: 4, guardian: 3 }, goingWell: 'Trivs med sin mentor.', worries: '', nextSteps: '' };
  c.entries.healthy = { ratings: { child: 2 }, goingWell: '', worries: 'Sover dåligt.\r\n\r\n\r\nVaknar ofta.', nextSteps: 'Kontakt med skolsköterskan.' };
  c.entries.achieving = { ratings: {}, goingWell: 'Läser mycket.', worries: '', nextSteps: '' };
  c.entries.included = { ratings: { professional: 5 }, goingWell: '', worries: '', nextSteps: '' };
  c.notes = 'Mamma var med hela tiden.\nVi pratade om sommaren.';
  c.actions = [
    { id: 'a1', what: 'Boka tid hos skolsköterskan', who: 'Mentor', due: '2025-04-01', done: false, areaId: 'healthy' },
    { id: 'a2', what: 'Skicka schema', who: 'Rektor', done: true },
  ];
  c.followUpDate = '2025-05-20';
  return c;
}

describe('summaryToPlainText', () => {
  it('lays out a full conversation in a stable, readable plain form', () => {
    const text = summaryToPlainText(buildSummary({ child, conversation: full(), t: sv, locale: 'sv-SE' }));
    expect(text).toBe(
      [
        'Sammanfattning av samtalet',
        'Barn: AB',
        'Datum: 12 mars 2025',
        'Verksamhet: Skola',
        'Deltagare: Barnet, Vårdnadshavare (Maria), Yrkesperson (Lisa)',
        '',
        'Områden',
        '',
        'Trygg',
        '  Barnet: 4 av 5, Ganska bra',
        '  Vårdnadshavare: 3 av 5, Både och',
        '  Går bra: Trivs med sin mentor.',
        '',
        'Må bra',
        '  Barnet: 2 av 5, Ganska svårt',
        '  Oro: Sover dåligt.',
        '    Vaknar ofta.',
        '  Nästa steg: Kontakt med skolsköterskan.',
        '',
        'Utvecklas',
        '  Bedömning: Inte bedömt',
        '  Går bra: Läser mycket.',
        '',
        'Omvårdad: Inget antecknat',
        'Aktiv: Inget antecknat',
        'Respekterad: Inget antecknat',
        'Ansvarstagande: Inget antecknat',
        '',
        'Delaktig',
        '  Yrkesperson: 5 av 5, Mycket bra',
        '',
        'Åtgärder',
        '1. Boka tid hos skolsköterskan',
        '   Vem: Mentor',
        '   Område: Må bra',
        '   Klart senast: 1 april 2025',
        '   Status: Inte klar',
        '2. Skicka schema',
        '   Vem: Rektor',
        '   Status: Klar',
        '',
        'Övriga anteckningar',
        'Mamma var med hela tiden.',
        'Vi pratade om sommaren.',
        '',
        'Uppföljning: 20 maj 2025',
        '',
        'Nätverket runt barnet',
        'Skolkurator: Lisa (Samordnare)',
        'BVC',
        '',
        'Samtycke',
        '  Inget samtycke är antecknat för det här samtalet.',
      ].join('\n'),
    );
  });

  it('keeps an empty conversation compact: header and one line per area', () => {
    const text = summaryToPlainText(buildSummary({ child: { ...child, network: [] }, conversation: conversation('k0', '2025-03-12'), t: sv }));
    expect(text).toBe(
      [
        'Sammanfattning av samtalet',
        'Barn: AB',
        'Datum: 2025-03-12',
        'Verksamhet: Skola',
        '',
        'Områden',
        '',
        'Trygg: Inget antecknat',
        'Må bra: Inget antecknat',
        'Utvecklas: Inget antecknat',
        'Omvårdad: Inget antecknat',
        'Aktiv: Inget antecknat',
        'Respekterad: Inget antecknat',
        'Ansvarstagande: Inget antecknat',
        'Delaktig: Inget antecknat',
        '',
        'Samtycke',
        '  Inget samtycke är antecknat för det här samtalet.',
      ].join('\n'),
    );
  });

  it('adds the changes since an earlier conversation before the network', () => {
    const earlier = conversation('k1', '2025-01-10');
    earlier.entries.safe.ratings = { child: 2 };
    earlier.entries.active.ratings = { guardian: 4 };
    const text = summaryToPlainText(buildSummary({ child, conversation: full(), earlier, t: sv, locale: 'sv-SE' }));
    const changes = text.slice(text.indexOf('Förändring sedan förra samtalet'), text.indexOf('Nätverket runt barnet'));
    expect(changes).toBe(
      [
        'Förändring sedan förra samtalet',
        'Jämfört med samtalet 10 januari 2025',
        'Trygg: högre',
        '  Barnet: från 2 till 4 (högre)',
        '  Vårdnadshavare: 3 (ny bedömning)',
        'Må bra: ny bedömning',
        '  Barnet: 2 (ny bedömning)',
        'Aktiv: inte bedömt nu',
        '  Vårdnadshavare: 4 förra gången (inte bedömt nu)',
        'Delaktig: ny bedömning',
        '  Yrkesperson: 5 (ny bedömning)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to compare', () => {
    const plain = conversation('k3', '2025-03-12');
    const text = summaryToPlainText(buildSummary({ child, conversation: plain, earlier: conversation('k1', '2025-01-10'), t: sv }));
    expect(text).toContain('Förändring sedan förra samtalet\nJämfört med samtalet 2025-01-10\nInga bedömningar att jämföra');
  });

  it('has no markup, no carriage returns, no trailing spaces and no double blank lines', () => {
    const c = full();
    c.entries.respected.worries = '  Text med\r\n\r\n\r\n\r\n  många radbrytningar   ';
    const text = summaryToPlainText(buildSummary({ child, conversation: c, earlier: conversation('k1', '2025-01-10'), t: sv }));
    expect(text).not.toMatch(/\r/);
    expect(text).not.toMatch(/[ \t]+$/m);
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).not.toMatch(/[*#<>_]|\*\*/);
    expect(text).toContain('Respekterad\n  Bedömning: Inte bedömt\n  Oro: Text med\n    många radbrytningar');
    expect(text.startsWith('Sammanfattning av samtalet\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(false);
  });

  it('is the same text every time for the same data', () => {
    const a = summaryToPlainText(buildSummary({ child, conversation: full(), t: sv, locale: 'sv-SE' }));
    const b = summaryToPlainText(buildSummary({ child, conversation: full(), t: sv, locale: 'sv-SE' }));
    expect(a).toBe(b);
  });
});
