// Who of the child's network does an action: picking one sets whoContactId and writes their role in `who`,
// so the action reads well everywhere, and Barnets plan names the network's person or service.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../domain/model';
import { contactText } from '../../domain/plan/contactText';
import { usePractice } from './PracticeContext';

export function WhoContactSelect({ action, onChange }: { action: Action; onChange: (patch: Partial<Action>) => void }) {
  const { t } = useTranslation('practice');
  const id = useId();
  const network = usePractice()?.child?.network ?? [];
  if (network.length === 0) return null;
  const known = network.some((c) => c.id === action.whoContactId);
  return (
    <div className="field">
      <label htmlFor={id}>{t('who.label')}</label>
      <select
        id={id}
        value={known ? action.whoContactId : ''}
        data-testid="action-who-contact"
        onChange={(e) => {
          const contact = network.find((c) => c.id === e.target.value);
          onChange(contact ? { whoContactId: contact.id, who: contactText(contact) } : { whoContactId: undefined });
        }}
      >
        <option value="">{t('who.none')}</option>
        {network.map((c) => (
          <option key={c.id} value={c.id}>
            {contactText(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
