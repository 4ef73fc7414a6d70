// Consent with its scope (the Secrecy Act: consent may cover some information or some recipients, never
// everything). The rules here decide whether handing the summary to a recipient is inside the scope and,
// if not, what the gap is, so that the screen can name it and ask. They never block: the professional
// decides, and other legal routes to share exist.
import type { Consent, NetworkContact } from '../model';

/** Who the summary is about to go to. */
export type Recipient =
  /** The child and the guardians themselves: they are the ones who consent, so always inside. */
  | { kind: 'family' }
  /** A person or service of the child's network. */
  | { kind: 'contact'; contactId: string }
  /** Someone else, in the professional's words. */
  | { kind: 'other'; name: string };

export type ScopeGap =
  /** No consent recorded for this conversation: a gentle notice, never a question. */
  | { kind: 'noConsent' }
  /** The consent was withdrawn on `date` (yyyy-mm-dd). */
  | { kind: 'withdrawn'; date: string }
  /** The consent covers keeping notes only, not sharing the summary. */
  | { kind: 'notShared' }
  /** Sharing was consented to, but not with this recipient. */
  | { kind: 'recipient' };

/** A consent counts from its date until the day it was withdrawn (that day it no longer holds). */
export function isWithdrawn(consent: Consent, today: string): boolean {
  return consent.withdrawnDate !== undefined && consent.withdrawnDate <= today;
}

/** Names in the free-text part of the scope, one per comma, semicolon or line. */
export function otherRecipients(consent: Consent): string[] {
  return (consent.shareWithOther ?? '')
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Case, spacing and Unicode form do not make two names different. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * What keeps giving the summary to `recipient` from being inside the consent's scope; undefined when
 * it is inside. Only a gap other than 'noConsent' asks for confirmation (see needsConfirmation).
 */
export function scopeGap(consent: Consent | undefined, recipient: Recipient, today: string): ScopeGap | undefined {
  if (recipient.kind === 'family') return undefined;
  if (!consent) return { kind: 'noConsent' };
  if (isWithdrawn(consent, today)) return { kind: 'withdrawn', date: consent.withdrawnDate as string };
  if (!consent.shareSummary) return { kind: 'notShared' };
  if (recipient.kind === 'contact') return consent.shareWith.includes(recipient.contactId) ? undefined : { kind: 'recipient' };
  return otherRecipients(consent).some((name) => sameName(name, recipient.name)) ? undefined : { kind: 'recipient' };
}

/** A gap the user must confirm before the summary goes out. Missing consent is only noted, gently. */
export function needsConfirmation(gap: ScopeGap | undefined): boolean {
  return gap !== undefined && gap.kind !== 'noConsent';
}

/** The persons and services the consent names, as the screen should show them: network ones first. */
export function consentedRecipients(consent: Consent, network: readonly NetworkContact[]): string[] {
  const byId = new Map(network.map((c) => [c.id, c]));
  const named = consent.shareWith.flatMap((id) => {
    const contact = byId.get(id);
    if (!contact) return [];
    const role = contact.role.trim();
    const name = contact.name?.trim();
    return [name ? `${role}: ${name}` : role];
  });
  return [...named, ...otherRecipients(consent)];
}

/** How the screen names a recipient in a question ("Kurator: Lisa"). */
export function recipientLabel(recipient: Recipient, network: readonly NetworkContact[]): string {
  if (recipient.kind === 'other') return recipient.name.trim();
  if (recipient.kind === 'family') return '';
  const contact = network.find((c) => c.id === recipient.contactId);
  if (!contact) return '';
  return contact.name?.trim() ? `${contact.role.trim()}: ${contact.name.trim()}` : contact.role.trim();
}
