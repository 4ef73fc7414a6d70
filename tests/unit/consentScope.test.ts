// Consent scope rules: what counts as outside the scope of a conversation's consent.
import { describe, expect, it } from 'vitest';
import type { Consent, NetworkContact } from '../../src/domain/model';
import { consentedRecipients, needsConfirmation, scopeGap, type Recipient } from '../../src/domain/practice/consent';

const network: NetworkContact[] = [
  { id: 'nurse', role: 'Skolsköterska', name: 'Eva', coordinator: false },
  { id: 'counsellor', role: 'Kurator', coordinator: true },
];

function consent(patch: Partial<Consent> = {}): Consent {
  return {
    givenBy: [{ role: 'child' }, { role: 'guardian', name: 'mamma' }],
    keepNotes: true,
    shareSummary: true,
    shareWith: ['nurse'],
    form: 'oral',
    date: '2025-03-01',
    ...patch,
  };
}

const nurse: Recipient = { kind: 'contact', contactId: 'nurse' };
const counsellor: Recipient = { kind: 'contact', contactId: 'counsellor' };
const today = '2025-03-10';

describe('scopeGap', () => {
  it('lets the summary go to a service the consent names', () => {
    expect(scopeGap(consent(), nurse, today)).toBeUndefined();
  });

  it('names a service of the network that the consent leaves out', () => {
    expect(scopeGap(consent(), counsellor, today)).toEqual({ kind: 'recipient' });
    expect(needsConfirmation(scopeGap(consent(), counsellor, today))).toBe(true);
  });

  it('counts sharing as outside when the consent covers keeping notes only', () => {
    const gap = scopeGap(consent({ shareSummary: false }), nurse, today);
    expect(gap).toEqual({ kind: 'notShared' });
    expect(needsConfirmation(gap)).toBe(true);
  });

  it('counts everyone outside from the day the consent was withdrawn, and not before', () => {
    expect(scopeGap(consent({ withdrawnDate: '2025-03-10' }), nurse, today)).toEqual({ kind: 'withdrawn', date: '2025-03-10' });
    expect(scopeGap(consent({ withdrawnDate: '2025-03-11' }), nurse, today)).toBeUndefined();
  });

  it('matches someone outside the network by the free text, whatever the case and spacing', () => {
    const c = consent({ shareWithOther: 'BUP Eskilstuna;  logoped\nFritids' });
    expect(scopeGap(c, { kind: 'other', name: 'bup  eskilstuna' }, today)).toBeUndefined();
    expect(scopeGap(c, { kind: 'other', name: 'Logoped' }, today)).toBeUndefined();
    expect(scopeGap(c, { kind: 'other', name: 'Polisen' }, today)).toEqual({ kind: 'recipient' });
    // A part of a name is not the name.
    expect(scopeGap(c, { kind: 'other', name: 'BUP' }, today)).toEqual({ kind: 'recipient' });
  });

  it('never asks when the summary goes back to the family, whose consent it is', () => {
    expect(scopeGap(consent({ shareSummary: false, withdrawnDate: '2025-03-02' }), { kind: 'family' }, today)).toBeUndefined();
    expect(scopeGap(undefined, { kind: 'family' }, today)).toBeUndefined();
  });

  it('only notes a missing consent: no question, no block', () => {
    const gap = scopeGap(undefined, counsellor, today);
    expect(gap).toEqual({ kind: 'noConsent' });
    expect(needsConfirmation(gap)).toBe(false);
    expect(needsConfirmation(undefined)).toBe(false);
  });
});

describe('consentedRecipients', () => {
  it('lists the network ones by role and name, then the free-text ones, and skips removed contacts', () => {
    const c = consent({ shareWith: ['nurse', 'gone', 'counsellor'], shareWithOther: 'BUP, Fritids' });
    expect(consentedRecipients(c, network)).toEqual(['Skolsköterska: Eva', 'Kurator', 'BUP', 'Fritids']);
  });
});
