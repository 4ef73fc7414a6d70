// On the summary page: to whom the summary is going, checked against the consent's scope before it is
// printed, saved as a picture or shared. Outside the scope asks once and names the gap; no consent
// recorded is only noted. The professional decides: nothing is ever blocked.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Conversation } from '../../domain/model';
import { todayIsoDate } from '../../domain/model';
import { consentedRecipients, needsConfirmation, recipientLabel, scopeGap, type Recipient, type ScopeGap } from '../../domain/practice/consent';
import { contactText } from '../../domain/plan/contactText';
import { formatDate } from '../../i18n/format';
import { TextField } from '../../ui/TextField';
import './practice.css';

export type Guard = (run: () => void) => void;

function recipientOf(choice: string, otherName: string): Recipient | undefined {
  if (choice === 'family') return { kind: 'family' };
  if (choice.startsWith('contact:')) return { kind: 'contact', contactId: choice.slice('contact:'.length) };
  if (choice === 'other' && otherName.trim() !== '') return { kind: 'other', name: otherName };
  return undefined;
}

/** The picker, the notice and the question, and the guard every export goes through. */
export function useShareScope(conversation: Conversation, child: Child): { element: ReactNode; guard: Guard } {
  const { t, i18n } = useTranslation('practice');
  const id = useId();
  const [choice, setChoice] = useState('none');
  const [otherName, setOtherName] = useState('');
  const [pending, setPending] = useState<{ run: () => void; gap: ScopeGap } | undefined>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const network = child.network ?? [];
  const recipient = recipientOf(choice, otherName);
  const gap = recipient ? scopeGap(conversation.consent, recipient, todayIsoDate()) : undefined;
  const who = recipient ? recipientLabel(recipient, network) : '';

  const guard: Guard = (run) => {
    if (needsConfirmation(gap) && gap) setPending({ run, gap });
    else run();
  };

  function question(g: ScopeGap): string {
    const scope = conversation.consent ? consentedRecipients(conversation.consent, network).join(', ') : '';
    if (g.kind === 'withdrawn') return t('scope.gap.withdrawn', { date: formatDate(g.date, i18n.language), recipient: who });
    if (g.kind === 'notShared') return t('scope.gap.notShared', { recipient: who });
    return scope ? t('scope.gap.recipient', { recipient: who, scope }) : t('scope.gap.recipientNone', { recipient: who });
  }

  const element = (
    <div className="share-scope" data-testid="share-scope">
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('scope.recipient')}</label>
        <select
          id={`${id}-to`}
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value);
            setPending(undefined);
          }}
          data-testid="share-recipient"
        >
          <option value="none">{t('scope.none')}</option>
          <option value="family">{t('scope.family')}</option>
          {network.map((c) => (
            <option key={c.id} value={`contact:${c.id}`}>
              {contactText(c)}
            </option>
          ))}
          <option value="other">{t('scope.other')}</option>
        </select>
      </div>
      {choice === 'other' ? <TextField label={t('scope.otherName')} value={otherName} onChange={setOtherName} /> : null}
      {!conversation.consent ? (
        <p className="gentle-notice" data-testid="scope-no-consent">
          {t('scope.noConsent')}
        </p>
      ) : recipient && !gap ? (
        <p className="form-ok" data-testid="scope-inside">
          {t('scope.inside')}
        </p>
      ) : null}
      {pending ? (
        <div className="scope-question" role="alertdialog" aria-labelledby={`${id}-q`} data-testid="scope-question" data-gap={pending.gap.kind}>
          <p id={`${id}-q`}>{question(pending.gap)}</p>
          <div className="confirm">
            <button
              ref={confirmRef}
              type="button"
              data-testid="scope-confirm"
              onClick={() => {
                const run = pending.run;
                setPending(undefined);
                run();
              }}
            >
              {t('scope.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setPending(undefined)} data-testid="scope-cancel">
              {t('scope.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
  return { element, guard };
}
