import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type NetworkContact } from '../../domain/model';
import { TextField } from '../../ui/TextField';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { NETWORK_ROLES, roleFromText, type NetworkRole } from './networkRoles';

interface NetworkContactFormProps {
  /** The contact to edit; a new one is made without it. */
  contact?: NetworkContact;
  onSave: (contact: NetworkContact) => Promise<void>;
  onCancel: () => void;
}

/** Role from the list (or written for "other"), an optional name, and whether this contact coordinates. */
export function NetworkContactForm({ contact, onSave, onCancel }: NetworkContactFormProps) {
  const { t } = useTranslation(['history', 'common']);
  const id = useId();
  const labelOf = (role: NetworkRole) => t(`network.roles.${role}`);
  const startRole = contact ? roleFromText(contact.role, labelOf) : 'school-nurse';
  const [role, setRole] = useState<NetworkRole>(startRole);
  const [otherRole, setOtherRole] = useState(contact && startRole === 'other' ? contact.role : '');
  const [name, setName] = useState(contact?.name ?? '');
  const [coordinator, setCoordinator] = useState(contact?.coordinator ?? false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const roleText = role === 'other' ? otherRole.trim() : labelOf(role);
    if (!roleText) {
      setError(t('network.otherRoleRequired'));
      return;
    }
    const saved: NetworkContact = { id: contact?.id ?? newId(), role: roleText, coordinator };
    if (name.trim()) saved.name = name.trim();
    setBusy(true);
    try {
      await onSave(saved);
    } catch {
      setError(t('common:save.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="network-form" onSubmit={submit} noValidate aria-label={contact ? t('network.editHeading') : t('network.addHeading')}>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('network.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as NetworkRole)}>
          {NETWORK_ROLES.map((r) => (
            <option key={r} value={r}>
              {labelOf(r)}
            </option>
          ))}
        </select>
      </div>
      {role === 'other' ? <TextField label={t('network.otherRole')} value={otherRole} onChange={setOtherRole} autoComplete="off" required /> : null}
      <TextField label={t('network.name')} hint={t('network.nameHint')} value={name} onChange={setName} autoComplete="off" />
      <PersonnummerHint text={name} />
      <label className="checkbox">
        <input type="checkbox" checked={coordinator} onChange={(e) => setCoordinator(e.target.checked)} />
        {t('network.coordinates')}
      </label>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="submit" disabled={busy}>
          {contact ? t('network.saveChanges') : t('network.add')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('network.cancel')}
        </button>
      </div>
    </form>
  );
}
