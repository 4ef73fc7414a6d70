import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child } from '../../domain/model';
import { deleteChild, updateChild, describeWriteError } from '../../storage';
import { navigate } from '../../navigation';
import { TextField } from '../../ui/TextField';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { PersonnummerHint } from '../../ui/PersonnummerHint';

/** Rename and delete a child. */
export function ChildDetails({ child }: { child: Child }) {
  const { t } = useTranslation();
  const [alias, setAlias] = useState(child.alias);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();

  async function rename(event: FormEvent) {
    event.preventDefault();
    const trimmed = alias.trim();
    if (!trimmed) {
      setMessage({ kind: 'error', text: t('child.aliasRequired') });
      return;
    }
    try {
      await updateChild(child.id, (stored) => ({ ...stored, alias: trimmed }));
      setMessage({ kind: 'ok', text: t('child.renamed') });
    } catch (e) {
      setMessage({ kind: 'error', text: t(describeWriteError(e)) });
    }
  }

  return (
    <section className="child-details" aria-labelledby="child-details-heading">
      <h2 id="child-details-heading">{t('child.detailsHeading')}</h2>
      <form onSubmit={rename} noValidate className="inline-form">
        <TextField label={t('child.alias')} value={alias} onChange={setAlias} autoComplete="off" />
        <PersonnummerHint text={alias} />
        <button type="submit" className="button-secondary">
          {t('child.rename')}
        </button>
      </form>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
          {message.text}
        </p>
      ) : null}
      <ConfirmButton
        label={t('child.delete')}
        question={t('child.deleteConfirm')}
        confirmLabel={t('child.deleteYes')}
        onConfirm={async () => {
          await deleteChild(child.id);
          navigate({ name: 'home' }, { replace: true });
        }}
      />
    </section>
  );
}
