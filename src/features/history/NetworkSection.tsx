import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, NetworkContact } from '../../domain/model';
import { updateChild, describeWriteError } from '../../storage';
import { Bidi } from '../../ui/Bidi';
import { CoordinatorIcon } from './Icons';
import { LiveMessage, type Message } from './LiveMessage';
import { NetworkContactForm } from './NetworkContactForm';
import { removeContact, upsertContact } from './networkRoles';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** The professionals and services around the child, and who coordinates (county model: one coordinator). */
export function NetworkSection({ child }: { child: Child }) {
  const { t } = useTranslation(['history', 'common']);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [message, setMessage] = useState<Message | undefined>();
  const addButton = useRef<HTMLButtonElement>(null);
  // After a save or removal the form is gone; focus goes back to the add button once it is rendered again.
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd > 0) addButton.current?.focus();
  }, [focusAdd]);
  const network = child.network ?? [];
  const coordinator = network.find((c) => c.coordinator);

  // Applied to the stored child, so that an edit made meanwhile in another tab is not undone.
  async function write(change: (network: NetworkContact[]) => NetworkContact[], text: string) {
    await updateChild(child.id, (stored) => ({ ...stored, network: change(stored.network ?? []) }));
    setMessage({ kind: 'ok', text });
  }

  async function save(contact: NetworkContact) {
    await write((list) => upsertContact(list, contact), t('network.saved'));
    setEditing({ kind: 'none' });
    setFocusAdd((n) => n + 1);
  }

  async function remove(contact: NetworkContact) {
    try {
      await write((list) => removeContact(list, contact.id), t('network.removed', { role: contact.role }));
      setFocusAdd((n) => n + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: t(`common:${describeWriteError(error)}`) });
    }
  }

  const close = () => setEditing({ kind: 'none' });

  return (
    <section className="network" aria-labelledby="network-heading" data-testid="network">
      <h2 id="network-heading">{t('network.heading')}</h2>
      <p className="muted">{t('network.intro')}</p>
      {network.length === 0 ? <p className="muted">{t('network.none')}</p> : null}
      {network.length > 1 && !coordinator ? <p className="hint-warning">{t('network.noCoordinator')}</p> : null}
      <ul className="network-list">
        {network.map((contact) =>
          editing.kind === 'edit' && editing.id === contact.id ? (
            <li key={contact.id} className="network-contact">
              <NetworkContactForm contact={contact} onSave={save} onCancel={close} />
            </li>
          ) : (
            <li key={contact.id} className="network-contact" data-contact-id={contact.id}>
              <span className="network-role">
                <Bidi>{contact.role}</Bidi>
              </span>
              {contact.name ? (
                <span className="network-name">
                  <Bidi>{contact.name}</Bidi>
                </span>
              ) : null}
              {contact.coordinator ? (
                <span className="coordinator-badge">
                  <CoordinatorIcon />
                  {t('network.coordinator')}
                </span>
              ) : null}
              <span className="network-buttons">
                <button type="button" className="button-quiet" onClick={() => setEditing({ kind: 'edit', id: contact.id })}>
                  {t('network.edit', { role: contact.role })}
                </button>
                <button type="button" className="button-quiet" onClick={() => void remove(contact)}>
                  {t('network.remove', { role: contact.role })}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      {editing.kind === 'new' ? (
        <NetworkContactForm onSave={save} onCancel={close} />
      ) : (
        <button ref={addButton} type="button" className="button-secondary" onClick={() => setEditing({ kind: 'new' })}>
          {t('network.addButton')}
        </button>
      )}
      <LiveMessage message={message} />
    </section>
  );
}
