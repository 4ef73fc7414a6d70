// Barnets plan from a child's conversations: voices, what goes well, needs, open actions with who and
// when, the coordinator, the next follow-up, the consent and a line for each participant; never a worry.
import { describe, expect, it } from 'vitest';
import { emptyEntries, type Child, type Conversation } from '../../src/domain/model';
import { buildPlan, planToPlainText } from '../../src/domain/plan';
import { makeTranslate } from './testTranslate';

const sv = makeTranslate('sv');
const format = (iso: string) => `[${iso}]`;

const child: Child = {
  id: 'c1',
  alias: 'Sam',
  languages: ['so'],
  network: [
    { id: 'nurse', role: 'Skolsköterska', name: 'Eva', coordinator: false },
    { id: 'counsellor', role: 'Kurator', name: 'Lisa', coordinator: true },
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
    participants: [{ role: 'child' }, { role: 'guardian', name: 'mamma' }],
    uiLanguage: 'sv',
    entries: emptyEntries(),
    notes: '',
    actions: [],
    status: 'completed',
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  };
}

function twoConversations(): Conversation[] {
  const first = conversation('k1', '2025-01-10');
  first.entries.safe = {
    ratings: { child: 2 },
    goingWell: 'Har en bästa vän',
    worries: 'Rädd på rasterna',
    nextSteps: 'Rastvakt',
    childWords: 'Jag gillar inte rasten',
  };
  first.entries.healthy = { ratings: { guardian: 3 }, goingWell: '', worries: 'Sover dåligt', nextSteps: '', childWords: 'Jag är trött' };
  first.actions = [
    { id: 'a1', what: 'Rastvakt vid fotbollsplanen', who: '', whoContactId: 'counsellor', due: '2025-02-01', done: false, areaId: 'safe' },
    { id: 'a2', what: 'Prata med BVC', who: 'Mamma', done: false },
    { id: 'a3', what: 'Skicka schema', who: 'Rektor', done: true },
  ];
  first.followUpDate = '2025-03-01';
  const second = conversation('k2', '2025-03-01');
  second.entries.safe = {
    ratings: { child: 4, guardian: 4 },
    goingWell: 'Trivs bättre på rasten',
    worries: '',
    nextSteps: '',
    childWords: 'Nu är det roligare',
  };
  // a2 carried forward and done now; a4 new.
  second.actions = [
    { id: 'a2', what: 'Prata med BVC', who: 'Mamma', done: true },
    { id: 'a4', what: 'Boka tid för hälsosamtal', who: 'Skolsköterska', whoContactId: 'nurse', due: '2025-04-15', done: false },
  ];
  second.childHopes = 'Att få vara med i fotbollslaget';
  second.followUpDate = '2025-05-20';
  second.consent = {
    givenBy: [{ role: 'child' }, { role: 'guardian', name: 'mamma' }],
    keepNotes: true,
    shareSummary: true,
    shareWith: ['nurse'],
    form: 'oral',
    date: '2025-03-01',
  };
  second.safetyConcerns = [
    { id: 's1', raisedDate: '2025-03-01', description: 'HEMLIG ORO', outcome: { reported: true, date: '2025-03-02', to: 'SOC-MOTTAGNING', channel: 'phone' } },
  ];
  return [second, first];
}

describe('buildPlan', () => {
  const plan = buildPlan({ child, conversations: twoConversations(), t: sv, formatDate: format, today: '2025-04-01' });

  it('takes each area from the newest conversation that says something about it', () => {
    expect(plan.childWords.map((w) => [w.areaId, w.text, w.date])).toEqual([
      ['safe', 'Nu är det roligare', '2025-03-01'],
      ['healthy', 'Jag är trött', '2025-01-10'],
    ]);
    expect(plan.goingWell.map((w) => [w.areaId, w.text])).toEqual([['safe', 'Trivs bättre på rasten']]);
    expect(plan.hopes).toEqual([{ text: 'Att få vara med i fotbollslaget', dateText: '[2025-03-01]' }]);
    expect(plan.needs.map((n) => [n.areaId, n.worries, n.nextSteps, n.ratings])).toEqual([
      ['safe', 'Rädd på rasterna', 'Rastvakt', ['Barnet: 2 av 5, Ganska svårt']],
      ['healthy', 'Sover dåligt', '', ['Vårdnadshavare: 3 av 5, Både och']],
    ]);
  });

  it('lists each open action once, newest copy winning, with who from the network and a status', () => {
    expect(plan.actions.map((a) => [a.id, a.what, a.who, a.dueText, a.statusLabel])).toEqual([
      ['a1', 'Rastvakt vid fotbollsplanen', 'Kurator: Lisa', '[2025-02-01]', 'Försenad'],
      ['a4', 'Boka tid för hälsosamtal', 'Skolsköterska: Eva', '[2025-04-15]', 'Inte klar'],
    ]);
  });

  it('names the coordinator, the next follow-up of the newest conversation, and its consent', () => {
    expect(plan.coordinator).toBe('Kurator: Lisa');
    expect(plan.followUp).toBe('2025-05-20');
    expect(plan.consent.recorded).toBe(true);
    expect(plan.consent.lines).toContain('Sammanfattningen får delas med: Skolsköterska: Eva');
    expect(plan.basedOnText).toBe('[2025-01-10], [2025-03-01]');
  });

  it('has a line for the agreement of the child, the guardian and everyone in the network', () => {
    expect(plan.participants).toEqual(['Barnet: Sam', 'Vårdnadshavare: mamma', 'Skolsköterska: Eva', 'Kurator: Lisa']);
  });

  it('never holds a safety concern', () => {
    const everything = JSON.stringify(plan) + planToPlainText(plan);
    expect(everything).not.toContain('HEMLIG ORO');
    expect(everything).not.toContain('SOC-MOTTAGNING');
    expect(everything).not.toContain('far illa');
  });

  it('reads as plain text with the SIP parts in order', () => {
    const text = planToPlainText(plan);
    const order = [
      'Barnets plan',
      'Barnets egna ord',
      'Det här går bra',
      'Behov',
      'Insatser',
      'Samordningsansvar: Kurator: Lisa',
      'Nästa uppföljning: [2025-05-20]',
      'Samtycke',
      'Överenskommelse',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('1. Rastvakt vid fotbollsplanen\n   Vem: Kurator: Lisa\n   Klart senast: [2025-02-01]\n   Status: Försenad');
    expect(text).toContain('[ ] Barnet: Sam  Underskrift:');
    expect(text).not.toMatch(/<|\r|[ \t]\n/);
  });

  it('says so when nothing is there yet', () => {
    const empty = buildPlan({ child: { ...child, network: [] }, conversations: [], t: sv, formatDate: format, today: '2025-04-01' });
    expect(empty.actions).toEqual([]);
    expect(empty.coordinator).toBeUndefined();
    const text = planToPlainText(empty);
    expect(text).toContain('Inga öppna åtgärder.');
    expect(text).toContain('Samordningsansvar: Ingen samordnare är utsedd i nätverket.');
    expect(text).toContain('Inget samtycke är antecknat');
  });
});
