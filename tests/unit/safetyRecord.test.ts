// A worry for the child's safety: in the records text with what came of it, never in the family's summary.
import { describe, expect, it } from 'vitest';
import { emptyEntries, type Child, type Conversation, type SafetyConcern } from '../../src/domain/model';
import { forFamily, openConcerns, outcomeProblem, removeConcern, upsertConcern } from '../../src/domain/practice/safety';
import { buildSummary, summaryToPlainText } from '../../src/domain/summary';
import { makeTranslate } from './testTranslate';

const sv = makeTranslate('sv');

const child: Child = {
  id: 'c1',
  alias: 'AB',
  languages: [],
  network: [{ id: 'nurse', role: 'Skolsköterska', coordinator: true }],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const DESCRIPTION = 'Blåmärken på armen, säger att pappa blir arg';
const REASON = 'Samrått med rektor: förklaringen håller';

function conversation(concerns: SafetyConcern[]): Conversation {
  return {
    id: 'k1',
    childId: 'c1',
    date: '2025-03-12',
    setting: 'school',
    participants: [],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: 'Vanliga anteckningar',
    actions: [],
    status: 'draft',
    createdAt: '2025-03-12T09:00:00.000Z',
    updatedAt: '2025-03-12T09:00:00.000Z',
    safetyConcerns: concerns,
  };
}

const reported: SafetyConcern = {
  id: 's1',
  areaId: 'safe',
  raisedDate: '2025-03-12',
  description: DESCRIPTION,
  outcome: { reported: true, date: '2025-03-13', to: 'Socialtjänsten Eskilstuna, mottagningen', channel: 'phone' },
};
const notReported: SafetyConcern = {
  id: 's2',
  raisedDate: '2025-03-12',
  description: 'Trött',
  outcome: { reported: false, date: '2025-03-14', reason: REASON },
};
const open: SafetyConcern = { id: 's3', raisedDate: '2025-03-15', description: 'Kom utan jacka' };

describe('the worry in the records text', () => {
  const text = summaryToPlainText(
    buildSummary({ child, conversation: conversation([reported, notReported, open]), t: sv, locale: 'sv-SE', audience: 'records' }),
  );

  it('states what was seen, the report made with its date, receiver and way', () => {
    const block = text.slice(text.indexOf('Oro för att barnet far illa'));
    expect(block).toContain('Oro antecknad 12 mars 2025 (Trygg)');
    expect(block).toContain(`Vad som sågs eller hördes: ${DESCRIPTION}`);
    expect(block).toContain('Anmälan gjord 13 mars 2025, per telefon');
    expect(block).toContain('Till: Socialtjänsten Eskilstuna, mottagningen');
  });

  it('states a decision not to report with its date and reason, and an open question as open', () => {
    expect(text).toContain('Oro antecknad 12 mars 2025 (hela samtalet)');
    expect(text).toContain('Ingen anmälan, beslut 14 mars 2025');
    expect(text).toContain(`Skäl: ${REASON}`);
    expect(text).toContain('Frågan är öppen: inget beslut om anmälan är antecknat.');
  });
});

describe('the family summary', () => {
  const input = { child, conversation: conversation([reported, notReported, open]), t: sv, locale: 'sv-SE' };

  it('holds no safety concern, by default and when asked for the family', () => {
    for (const summary of [buildSummary(input), buildSummary({ ...input, audience: 'family' })]) {
      expect(summary.safety).toBeUndefined();
      const everything = JSON.stringify(summary) + summaryToPlainText(summary);
      for (const secret of [DESCRIPTION, REASON, 'Socialtjänsten Eskilstuna', 'far illa', 'Anmälan gjord', 'Kom utan jacka']) {
        expect(everything).not.toContain(secret);
      }
      // The rest of the conversation is still there.
      expect(everything).toContain('Vanliga anteckningar');
    }
  });

  it('comes from a conversation stripped of its concerns', () => {
    const stripped = forFamily(conversation([reported]));
    expect(stripped.safetyConcerns).toBeUndefined();
    expect(stripped.notes).toBe('Vanliga anteckningar');
  });
});

describe('open concerns and the record', () => {
  it('lists only the concerns without an outcome, oldest first', () => {
    const a = conversation([reported, open]);
    const b = { ...conversation([{ ...open, id: 's4', raisedDate: '2025-03-01' }]), id: 'k2' };
    expect(openConcerns([a, b]).map((o) => [o.conversationId, o.concern.id])).toEqual([
      ['k2', 's4'],
      ['k1', 's3'],
    ]);
  });

  it('adds, replaces and removes a concern by id', () => {
    let c = conversation([]);
    c = upsertConcern(c, open);
    c = upsertConcern(c, { ...open, description: 'ändrad' });
    expect(c.safetyConcerns?.map((x) => x.description)).toEqual(['ändrad']);
    expect(removeConcern(c, 's3').safetyConcerns).toBeUndefined();
  });

  it('asks for the receiver of a report, the reason for not reporting, and a date', () => {
    expect(outcomeProblem({ reported: true, date: '2025-03-13', to: ' ', channel: 'phone' })).toBe('to');
    expect(outcomeProblem({ reported: false, date: '2025-03-13', reason: '' })).toBe('reason');
    expect(outcomeProblem({ reported: false, date: '', reason: 'x' })).toBe('date');
    expect(outcomeProblem({ reported: true, date: '2025-03-13', to: 'Soc', channel: 'written' })).toBeUndefined();
  });
});

describe('the consent scope in the summary', () => {
  it('states who consented, how, when, to what and with whom, and a withdrawal', () => {
    const c = conversation([]);
    c.consent = {
      givenBy: [{ role: 'child' }, { role: 'guardian', name: 'mamma' }],
      keepNotes: true,
      shareSummary: true,
      shareWith: ['nurse'],
      shareWithOther: 'BUP',
      form: 'written',
      date: '2025-03-12',
      withdrawnDate: '2025-04-01',
    };
    const summary = buildSummary({ child, conversation: c, t: sv, locale: 'sv-SE' });
    expect(summary.consent.lines).toEqual([
      'Samtycke från: Barnet, Vårdnadshavare (mamma)',
      'Lämnat skriftligt 12 mars 2025',
      'Anteckningarna får sparas i Hjulet.',
      'Sammanfattningen får delas med: Skolsköterska, BUP',
      'Samtycket återkallades 1 april 2025.',
    ]);
    expect(summaryToPlainText(summary)).toContain('Samtycke\n  Samtycke från: Barnet, Vårdnadshavare (mamma)');
  });
});
