// Consent for this conversation with its scope: who (the child, each guardian by role), to what (notes
// kept here; the summary shared, and with whom), how, when, and a withdrawal. No consent recorded is a
// gentle notice, never a block.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_FORMS, CONSENT_ROLES, type Consent, type ConsentParty, type Conversation } from '../../domain/model';
import { withoutUndefined } from '../../domain/objects';
import { contactText } from '../../domain/plan/contactText';
import { TextField } from '../../ui/TextField';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { usePractice } from './PracticeContext';
import './practice.css';

/** A first record from who took part: the child and the guardians, told orally on the day. */
export function defaultConsent(conversation: Conversation): Consent {
  const givenBy = conversation.participants.flatMap((p): ConsentParty[] => {
    if (p.role === 'child') return [{ role: 'child' }];
    if (p.role !== 'guardian') return [];
    const name = p.name?.trim();
    return [name ? { role: 'guardian', name } : { role: 'guardian' }];
  });
  return {
    givenBy: givenBy.length > 0 ? givenBy : [{ role: 'child' }],
    keepNotes: true,
    shareSummary: false,
    shareWith: [],
    form: 'oral',
    date: conversation.date,
  };
}

export function ConsentSection() {
  const { t } = useTranslation(['practice', 'summary']);
  const id = useId();
  const practice = usePractice();
  if (!practice) return null;
  const { conversation, child, update } = practice;
  const consent = conversation.consent;
  const network = child?.network ?? [];

  const change = (patch: Partial<Consent>) =>
    update((current) => (current.consent ? { ...current, consent: withoutUndefined({ ...current.consent, ...patch }) } : current));
  const changeParty = (index: number, patch: Partial<ConsentParty>) =>
    update((current) =>
      current.consent
        ? {
            ...current,
            consent: { ...current.consent, givenBy: current.consent.givenBy.map((p, i) => (i === index ? withoutUndefined({ ...p, ...patch }) : p)) },
          }
        : current,
    );

  return (
    <section className="practice-consent" aria-labelledby={`${id}-heading`} data-testid="consent">
      <h3 id={`${id}-heading`}>{t('consent.heading')}</h3>
      {!consent ? (
        <>
          <p className="gentle-notice" data-testid="consent-missing">
            {t('consent.missing')}
          </p>
          <button
            type="button"
            className="button-secondary"
            data-testid="consent-record"
            onClick={() => update((current) => ({ ...current, consent: defaultConsent(current) }))}
          >
            {t('consent.record')}
          </button>
        </>
      ) : (
        <>
          <fieldset>
            <legend>{t('consent.who')}</legend>
            <ul className="consent-parties">
              {consent.givenBy.map((party, index) => (
                <li key={index} className="consent-party" data-consent-party={index}>
                  <label className="inline-field">
                    {t('consent.role')}
                    <select value={party.role} onChange={(e) => changeParty(index, { role: e.target.value as ConsentParty['role'] })}>
                      {CONSENT_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`summary:consent.party.${role}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <TextField label={t('consent.partyName')} value={party.name ?? ''} onChange={(name) => changeParty(index, { name: name || undefined })} />
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() =>
                      update((current) =>
                        current.consent
                          ? { ...current, consent: { ...current.consent, givenBy: current.consent.givenBy.filter((_, i) => i !== index) } }
                          : current,
                      )
                    }
                  >
                    {t('consent.removeParty', { number: index + 1 })}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                update((current) =>
                  current.consent ? { ...current, consent: { ...current.consent, givenBy: [...current.consent.givenBy, { role: 'guardian' }] } } : current,
                )
              }
            >
              {t('consent.addParty')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('consent.what')}</legend>
            <label className="checkbox">
              <input type="checkbox" checked={consent.keepNotes} onChange={(e) => change({ keepNotes: e.target.checked })} data-testid="consent-keep-notes" />
              {t('consent.keepNotes')}
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={consent.shareSummary} onChange={(e) => change({ shareSummary: e.target.checked })} data-testid="consent-share" />
              {t('consent.shareSummary')}
            </label>
            {consent.shareSummary ? (
              <fieldset className="consent-recipients">
                <legend>{t('consent.shareWith')}</legend>
                {network.length === 0 ? <p className="muted">{t('consent.noNetwork')}</p> : null}
                {network.map((contact) => (
                  <label key={contact.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={consent.shareWith.includes(contact.id)}
                      data-consent-contact={contact.id}
                      onChange={(e) =>
                        update((current) => {
                          if (!current.consent) return current;
                          const others = current.consent.shareWith.filter((x) => x !== contact.id);
                          return { ...current, consent: { ...current.consent, shareWith: e.target.checked ? [...others, contact.id] : others } };
                        })
                      }
                    />
                    {contactText(contact)}
                  </label>
                ))}
                <TextField
                  label={t('consent.others')}
                  hint={t('consent.othersHint')}
                  value={consent.shareWithOther ?? ''}
                  onChange={(shareWithOther) => change({ shareWithOther: shareWithOther || undefined })}
                />
              </fieldset>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>{t('consent.how')}</legend>
            {CONSENT_FORMS.map((form) => (
              <label key={form} className="checkbox">
                <input type="radio" name={`${id}-form`} checked={consent.form === form} onChange={() => change({ form })} />
                {t(`consent.form.${form}`)}
              </label>
            ))}
          </fieldset>
          <TextField label={t('consent.date')} type="date" value={consent.date} onChange={(date) => date && change({ date })} />
          <TextField
            label={t('consent.withdrawn')}
            hint={t('consent.withdrawnHint')}
            type="date"
            value={consent.withdrawnDate ?? ''}
            onChange={(withdrawnDate) => change({ withdrawnDate: withdrawnDate || undefined })}
            data-testid="consent-withdrawn"
          />
          <ConfirmButton
            label={t('consent.remove')}
            question={t('consent.removeConfirm')}
            confirmLabel={t('consent.removeYes')}
            onConfirm={() =>
              update((current) => {
                const { consent: _gone, ...rest } = current;
                return rest;
              })
            }
          />
        </>
      )}
    </section>
  );
}
