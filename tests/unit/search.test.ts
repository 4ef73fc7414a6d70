import { describe, expect, it } from 'vitest';
import { emptyEntries, type Action, type Child, type Conversation } from '../../src/domain/model';
import { buildSearchIndex, normaliseForSearch, search, type SearchHit } from '../../src/domain/search';
import { AREA_IDS } from '../../src/domain/wheel';

function child(id: string, alias: string): Child {
  return { id, alias, languages: [], network: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
}

function conv(id: string, childId: string, date: string, build: (c: Conversation) => void = () => {}): Conversation {
  const c: Conversation = {
    id,
    childId,
    date,
    setting: 'school',
    participants: [],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: '',
    actions: [],
    status: 'completed',
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
  };
  build(c);
  return c;
}

const action = (id: string, what: string, who: string, extra: Partial<Action> = {}): Action => ({ id, what, who, done: false, ...extra });

const children = [child('c1', 'Åsa K'), child('c2', 'Mio'), child('c3', 'Şêrîn')];
const conversations = [
  conv('k1', 'c1', '2025-01-10', (c) => {
    c.entries.safe.goingWell = 'Känner sig trygg i skolan och på fritids.';
    c.entries.healthy.worries = 'Sover dåligt, oro för mardrömmar.';
    c.entries.achieving.nextSteps = 'Extra stöd i matematik från specialpedagog.';
    c.notes = 'Mamma var med. Pratade om sömn och skola.';
    c.actions = [action('a1', 'Kontakta skolsköterskan om sömnen', 'Mentor', { areaId: 'healthy' })];
  }),
  conv('k2', 'c2', '2025-02-01', (c) => {
    c.entries.included.goingWell = 'Har många kompisar på fotbollen.';
    c.entries.safe.worries = 'Rädd på vägen hem från skolan.';
    c.actions = [action('a2', 'Följa upp skolvägen', 'Rektor Ödegaard')];
  }),
  conv('k3', 'c3', '2025-03-01', (c) => {
    c.entries.nurtured.goingWell = 'Bavê wê alîkarî dike. Jiyana li malê baş e, çêtir e.';
    c.entries.respected.worries = 'تشعر بالقلق في المدرسة';
    c.notes = 'Kurmancî û erebî tên axaftin.';
  }),
  conv('k4', 'c1', '2025-04-10', (c) => {
    c.entries.healthy.goingWell = 'Sover bättre nu.';
  }),
];
const index = buildSearchIndex(children, conversations);
const where = (hits: SearchHit[]) => hits.map((h) => `${h.conversationId ?? '-'}/${h.areaId ?? '-'}/${h.field}`);

describe('normaliseForSearch', () => {
  it('folds case and Latin diacritics but leaves Arabic letters alone', () => {
    expect(normaliseForSearch('ÅÄÖ åäö ê î û ç ş Ş É')).toBe('aao aao e i u c s s e');
    expect(normaliseForSearch('تشعر بالقلق')).toBe('تشعر بالقلق');
  });
});

describe('search', () => {
  it('finds notes in any field and tells which conversation, area and field', () => {
    const hits = search(index, 'mardrömmar');
    expect(where(hits)).toEqual(['k1/healthy/worries']);
    expect(hits[0]).toMatchObject({ childId: 'c1', date: '2025-01-10' });
  });

  it("finds the child's own words (with their area) and the child's hopes", () => {
    const withChildVoice = buildSearchIndex(children, [
      ...conversations,
      conv('k5', 'c2', '2025-05-01', (c) => {
        c.entries.active.childWords = 'Jag vill börja med simning';
        c.childHopes = 'Att få en egen hundvalp';
      }),
    ]);
    expect(where(search(withChildVoice, 'simning'))).toEqual(['k5/active/childWords']);
    expect(where(search(withChildVoice, 'hundvalp'))).toEqual(['k5/-/childHopes']);
    expect(where(search(withChildVoice, 'mio egen'))).toEqual(['k5/-/childHopes']);
  });

  it('is case- and diacritic-insensitive in both directions', () => {
    expect(where(search(index, 'MARDROMMAR'))).toEqual(['k1/healthy/worries']);
    expect(where(search(index, 'radd'))).toEqual(['k2/safe/worries']);
    expect(where(search(index, 'räDD'))).toEqual(['k2/safe/worries']);
    expect(where(search(index, 'odegaard'))).toEqual(['k2/-/actionWho']);
  });

  it('folds Kurmanji letters ê î û ç ş', () => {
    expect(where(search(index, 'cetir'))).toEqual(['k3/nurtured/goingWell']);
    expect(where(search(index, 'alikari'))).toEqual(['k3/nurtured/goingWell']);
    expect(where(search(index, 'kurmanci'))).toEqual(['k3/-/notes']);
    expect(search(index, 'serin')[0]).toMatchObject({ childId: 'c3', field: 'alias' });
  });

  it('matches Arabic text as written', () => {
    const hits = search(index, 'القلق');
    expect(where(hits)).toEqual(['k3/respected/worries']);
    expect(hits[0]?.snippet).toBe('تشعر بالقلق في المدرسة');
  });

  it('requires every query word (AND) within a field', () => {
    expect(where(search(index, 'sover dåligt'))).toEqual(['k1/healthy/worries']);
    expect(where(search(index, 'sover bättre'))).toEqual(['k4/healthy/goingWell']);
    expect(search(index, 'sover fotbollen')).toEqual([]);
  });

  it('matches the start and the inside of words, ranking word starts first', () => {
    // "skol" starts "skolan"/"skolvägen"/"skolsköterskan" and "skola".
    expect(search(index, 'skol').length).toBeGreaterThanOrEqual(5);
    // "sköterskan" sits inside the compound "skolsköterskan".
    expect(where(search(index, 'sköterskan'))).toEqual(['k1/healthy/actionWhat']);
  });

  it('ranks a field where a word starts with the query above one that only contains it', () => {
    const idx = buildSearchIndex(
      [child('x', 'X')],
      [conv('older', 'x', '2024-01-01', (c) => (c.notes = 'Hallen är stor.')), conv('newer', 'x', '2025-01-01', (c) => (c.notes = 'Ny idrottshall.'))],
    );
    expect(search(idx, 'hall').map((h) => h.conversationId)).toEqual(['older', 'newer']);
  });

  it('lets words from the alias narrow the child: "åsa sömn" finds only Åsa’s fields about sleep', () => {
    const hits = search(index, 'asa sömn');
    expect(hits.every((h) => h.childId === 'c1')).toBe(true);
    expect(where(hits)).toEqual(['k1/-/notes', 'k1/healthy/actionWhat']);
    // The alias alone is one hit, not every field of the child.
    expect(where(search(index, 'åsa'))).toEqual(['-/-/alias']);
    // Alias words must still all match: Mio has no notes about sleep.
    expect(search(index, 'mio sömn')).toEqual([]);
  });

  it('orders equal matches newest conversation first and respects the limit', () => {
    const hits = search(index, 'sover');
    expect(where(hits)).toEqual(['k4/healthy/goingWell', 'k1/healthy/worries']);
    expect(search(index, 'sover', 1)).toHaveLength(1);
    expect(search(index, 'skol', 2)).toHaveLength(2);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '  ,. ')).toEqual([]);
  });

  it('marks the matched words in the snippet, in original spelling', () => {
    const [hit] = search(index, 'radd skolan');
    expect(hit?.snippet).toBe('Rädd på vägen hem från skolan.');
    const marked = hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end));
    expect(marked).toEqual(['Rädd', 'skolan']);
  });

  it('cuts long fields to a snippet around the match', () => {
    const long = `${'Inledning utan träff. '.repeat(20)}Här står ordet elefant mitt i.${' Avslutning utan träff.'.repeat(20)}`;
    const idx = buildSearchIndex([child('x', 'X')], [conv('k', 'x', '2025-01-01', (c) => (c.notes = long))]);
    const [hit] = search(idx, 'elefant');
    expect(hit?.snippet.length).toBeLessThanOrEqual(122);
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    const h = hit?.highlights[0];
    expect(h && hit.snippet.slice(h.start, h.end)).toBe('elefant');
  });

  it('leaves out conversations of children that no longer exist', () => {
    const idx = buildSearchIndex([], conversations);
    expect(search(idx, 'sover')).toEqual([]);
  });
});

describe('search at scale', () => {
  it('stays correct over 10 000 conversations', () => {
    const many: Child[] = Array.from({ length: 500 }, (_, i) => child(`c${i}`, `B${i}`));
    const words = ['skola', 'sömn', 'kompisar', 'fotboll', 'läxor', 'mat', 'oro', 'trygg', 'glad', 'ledsen'];
    const convs: Conversation[] = [];
    for (let i = 0; i < 10_000; i++) {
      convs.push(
        conv(`k${i}`, `c${i % 500}`, `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, (c) => {
          for (const [n, area] of AREA_IDS.entries()) {
            c.entries[area].goingWell = `Bra med ${words[(i + n) % 10]} och ${words[(i * 3 + n) % 10]}.`;
            c.entries[area].worries = `Lite ${words[(i * 7 + n) % 10]}.`;
          }
          c.notes = `Samtal nummer ${i}.`;
          // A needle in exactly one conversation.
          if (i === 7777) c.entries.active.nextSteps = 'Prova på simskola hos Zebrafiskarna';
        }),
      );
    }
    const big = buildSearchIndex(many, convs);

    const needle = search(big, 'zebrafisk');
    expect(needle).toHaveLength(1);
    expect(needle[0]).toMatchObject({ conversationId: 'k7777', childId: 'c277', areaId: 'active', field: 'nextSteps' });

    // "nummer 4242" must find that conversation's notes among 10 000 that all say "nummer".
    const numbered = search(big, 'nummer 4242');
    expect(numbered.map((h) => h.conversationId)).toEqual(['k4242']);

    // A common word hits everywhere but the result stays within the limit, best matches first.
    const common = search(big, 'skola');
    expect(common).toHaveLength(50);
    expect(common.every((h) => normaliseForSearch(h.snippet).includes('skola'))).toBe(true);

    // Alias narrowing at scale: child B42 has conversations 42, 542, 1042 ...
    const narrowed = search(big, 'b42 zebra');
    expect(narrowed).toEqual([]);
    const b277 = search(big, 'b277 simskola');
    expect(b277.map((h) => h.conversationId)).toEqual(['k7777']);
  });
});
