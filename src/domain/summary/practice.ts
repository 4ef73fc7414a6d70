// The parts of a summary that come from the practice around the wheel (issue 14): the consent's scope,
// the safety concerns and the transfer record. User-written text is joined to translated labels here,
// never passed through `t`.
import { consentedRecipients } from '../practice/consent';
import type { Child, Consent, ConsentParty, Conversation, SafetyConcern } from '../model';
import type { SummaryConsent, SummarySafety, SummarySafetyConcern, Translate } from './types';

type Format = (iso: string) => string;

function partyText(t: Translate, party: ConsentParty): string {
  const role = t(`summary:consent.party.${party.role}`);
  const name = party.name?.trim();
  return name ? `${role} (${name})` : role;
}

/** The lines stating what the consent covers, for the summary, the print view and the records text. */
export function consentLines(t: Translate, consent: Consent, child: Child, format: Format): string[] {
  const lines: string[] = [];
  if (consent.givenBy.length > 0) lines.push(`${t('summary:consent.givenBy')}: ${consent.givenBy.map((p) => partyText(t, p)).join(', ')}`);
  lines.push(t('summary:consent.given', { form: t(`summary:consent.form.${consent.form}`), date: format(consent.date) }));
  lines.push(t(consent.keepNotes ? 'summary:consent.keepNotes' : 'summary:consent.noKeepNotes'));
  const recipients = consentedRecipients(consent, child.network ?? []);
  if (consent.shareSummary && recipients.length > 0) lines.push(`${t('summary:consent.shareWith')}: ${recipients.join(', ')}`);
  else lines.push(t('summary:consent.shareNobody'));
  if (consent.withdrawnDate) lines.push(t('summary:consent.withdrawn', { date: format(consent.withdrawnDate) }));
  return lines;
}

export function buildConsent(t: Translate, conversation: Conversation, child: Child, format: Format): SummaryConsent {
  const heading = t('summary:consent.heading');
  if (!conversation.consent) return { heading, recorded: false, lines: [t('summary:consent.none')] };
  return { heading, recorded: true, lines: consentLines(t, conversation.consent, child, format) };
}

function concernLines(t: Translate, concern: SafetyConcern, format: Format): SummarySafetyConcern {
  const where = concern.areaId ? t(`wheel:areas.${concern.areaId}.label`) : t('summary:safety.wholeConversation');
  const lines = [t('summary:safety.raised', { date: format(concern.raisedDate), where })];
  const description = concern.description.trim();
  if (description) lines.push(`${t('summary:safety.description')}: ${description.replace(/\s*\n\s*/g, ' ')}`);
  const outcome = concern.outcome;
  if (!outcome) lines.push(t('summary:safety.open'));
  else if (outcome.reported) {
    lines.push(t('summary:safety.reported', { date: format(outcome.date), channel: t(`summary:safety.channel.${outcome.channel}`) }));
    lines.push(`${t('summary:safety.to')}: ${outcome.to.trim()}`);
  } else {
    lines.push(t('summary:safety.notReported', { date: format(outcome.date) }));
    lines.push(`${t('summary:safety.reason')}: ${outcome.reason.trim().replace(/\s*\n\s*/g, ' ')}`);
  }
  return { id: concern.id, open: !outcome, lines };
}

export function buildSafety(t: Translate, conversation: Conversation, format: Format): SummarySafety | undefined {
  const concerns = conversation.safetyConcerns ?? [];
  if (concerns.length === 0) return undefined;
  return { heading: t('summary:safety.heading'), concerns: concerns.map((c) => concernLines(t, c, format)) };
}

export function buildTransfer(t: Translate, conversation: Conversation, format: Format): string[] | undefined {
  const transfer = conversation.transfer;
  if (!transfer) return undefined;
  const system = transfer.system?.trim();
  const lines = [t('summary:transfer.done', { date: format(transfer.date) }) + (system ? `: ${system}` : '')];
  if (conversation.notesErasedDate) lines.push(t('summary:transfer.erased', { date: format(conversation.notesErasedDate) }));
  return lines;
}
