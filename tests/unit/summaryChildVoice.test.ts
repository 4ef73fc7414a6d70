// The child's voice in the summaries (issue 12): own words in quotation marks, the pass as "did not want to
// say", the hopes, which answers came from the child's turn, and "Barnets delaktighet" for the records.
import { describe, expect, it } from 'vitest';
import { answerAreaInChildTurn, wordsForAreaInChildTurn } from '../../src/domain/childAnswers';
import { emptyEntries, type Child, type Conversation } from '../../src/domain/model';
import { buildSummary, summaryToPlainText } from '../../src/domain/summary';
import { makeTranslate } from './testTranslate';

const child: Child = { id: 'c1', alias: 'AB', languages: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };

function conversation(): Conversation {
  return {
    id: 'k1',
    childId: 'c1',
    date: '2025-03-12',
    setting: 'school',
    participants: [{ role: 'child' }],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: '',
    actions: [],
    status: 'draft',
    createdAt: '2025-03-12T09:00:00.000Z',
    updatedAt: '2025-03-12T09:00:00.000Z',
  };
}

/** A child's turn: a face in safe, a pass in healthy, own words in active; the adult rated achieving; hopes. */
function afterChildTurn(): Conversation {
  let c = conversation();
  c = answerAreaInChildTurn(c, 'safe', 4);
  c = answerAreaInChildTurn(c, 'healthy', 'pass');
  c = wordsForAreaInChildTurn(c, 'active', 'Jag vill spela fotboll.\nMen det kostar.');
  c.entries.achieving = { ...c.entries.achieving, ratings: { child: 3, guardian: 2 } };
  c.childHopes = 'Att pappa kommer hem.';
  c.participation = {
    ...(c.participation ?? { ways: [] }),
    childPresent: true,
    ways: ['talked', 'childTurn', 'other'],
    otherWay: 'lera',
    interpreterUsed: true,
    interpreterLanguage: 'somaliska',
    aids: 'Bildstöd',
    viewObtained: 'partly',
    notObtainedReason: 'Barnet var trött.',
  };
  return c;
}

describe("the summary's child's voice", () => {
  it('holds own words, the pass and the mark of the child’s turn per area', () => {
    const s = buildSummary({ child, conversation: afterChildTurn(), t: makeTranslate('sv') });
    const area = (id: string) => s.areas.find((a) => a.id === id);
    expect(area('safe')?.ratings).toEqual([
      expect.objectContaining({ perspective: 'child', text: 'Barnet: 4 av 5, Ganska bra (i Barnets tur)', inChildTurn: true }),
    ]);
    expect(area('healthy')).toMatchObject({ childPassed: true, childPassedText: 'Barnet: Ville inte säga (i Barnets tur)', empty: false, ratings: [] });
    expect(area('active')).toMatchObject({ childWords: 'Jag vill spela fotboll.\nMen det kostar.', childTurn: true, empty: false });
    // An answer the adult wrote down is not marked as the child's turn.
    expect(area('achieving')?.ratings.map((r) => r.text)).toEqual(['Barnet: 3 av 5, Både och', 'Vårdnadshavare: 2 av 5, Ganska svårt']);
    expect(area('included')?.empty).toBe(true);
    expect(s.hopes).toBe('Att pappa kommer hem.');
  });

  it('says how the child took part in the words records systems use', () => {
    const s = buildSummary({ child, conversation: afterChildTurn(), t: makeTranslate('sv') });
    expect(s.participation).toEqual({
      heading: 'Barnets delaktighet',
      facts: [
        { label: 'Barnet deltog i samtalet', text: 'Ja' },
        { label: 'Barnet deltog genom', text: 'samtal, Barnets tur (barnet svarade själv på enheten), annat sätt (lera)' },
        { label: 'Tolk', text: 'Ja (somaliska)' },
        { label: 'Hjälpmedel', text: 'Bildstöd' },
        { label: 'Barnets åsikter har inhämtats', text: 'Delvis' },
        { label: 'Skäl till att barnets åsikter inte kunde inhämtas', text: 'Barnet var trött.' },
        { label: 'Områden där barnet svarade själv i Barnets tur', text: 'Trygg, Må bra, Aktiv' },
      ],
    });
  });

  it('leaves participation out when nothing is known, and keeps a reason only when the view was not (wholly) obtained', () => {
    expect(buildSummary({ child, conversation: conversation(), t: makeTranslate('sv') }).participation).toBeUndefined();
    const c = conversation();
    c.participation = { ways: [], viewObtained: 'yes', notObtainedReason: 'kvar från förut', interpreterUsed: false };
    expect(buildSummary({ child, conversation: c, t: makeTranslate('sv') }).participation?.facts).toEqual([
      { label: 'Tolk', text: 'Nej' },
      { label: 'Barnets åsikter har inhämtats', text: 'Ja' },
    ]);
  });

  it('lays the child’s voice out in the plain text for the records', () => {
    const text = summaryToPlainText(buildSummary({ child, conversation: afterChildTurn(), t: makeTranslate('sv') }));
    expect(text).toContain(
      [
        'Barnets delaktighet',
        'Barnet deltog i samtalet: Ja',
        'Barnet deltog genom: samtal, Barnets tur (barnet svarade själv på enheten), annat sätt (lera)',
        'Tolk: Ja (somaliska)',
        'Hjälpmedel: Bildstöd',
        'Barnets åsikter har inhämtats: Delvis',
        'Skäl till att barnets åsikter inte kunde inhämtas: Barnet var trött.',
        'Områden där barnet svarade själv i Barnets tur: Trygg, Må bra, Aktiv',
      ].join('\n'),
    );
    expect(text).toContain('Trygg\n  Barnet: 4 av 5, Ganska bra (i Barnets tur)');
    // The pass is its own answer: not "not rated".
    expect(text).toContain('Må bra\n  Barnet: Ville inte säga (i Barnets tur)');
    expect(text).not.toMatch(/Må bra\n {2}Bedömning: Inte bedömt/);
    expect(text).toContain('Aktiv\n  Bedömning: Inte bedömt\n  Barnets egna ord: ”Jag vill spela fotboll.\n    Men det kostar.”');
    expect(text).toContain('Barnets önskningar: ”Att pappa kommer hem.”');
    // Participation comes before the areas, the hopes after them.
    expect(text.indexOf('Barnets delaktighet')).toBeLessThan(text.indexOf('Områden\n'));
    expect(text.indexOf('Barnets önskningar')).toBeGreaterThan(text.indexOf('Delaktig'));
  });

  it('quotes the child in each language’s own quotation marks', () => {
    const c = afterChildTurn();
    const quote = (lng: string) => buildSummary({ child, conversation: c, t: makeTranslate(lng) });
    expect(summaryToPlainText(quote('en'))).toContain("The child's hopes: “Att pappa kommer hem.”");
    expect(summaryToPlainText(quote('ar'))).toContain('«Att pappa kommer hem.»');
    expect(summaryToPlainText(quote('en'))).toContain("Child: Did not want to say (in the child's turn)");
    for (const lng of ['sv', 'en', 'fi', 'so', 'ar', 'kmr']) {
      const s = quote(lng);
      expect(s.participation?.facts.length, lng).toBe(7);
      expect(s.childVoice.quoteOpen.trim(), lng).not.toBe('');
    }
  });
});
