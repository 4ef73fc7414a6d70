import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRetentionMonths, RETENTION_CHOICES, type RetentionDue } from '../../domain/retention';
import { deleteRetentionDue, getChild, saveRetentionMonths, useLive } from '../../storage';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useRetentionDue, useRetentionMonths } from './useRetentionDue';
import { NotesGraceSetting } from './NotesGraceSetting';
import './lock.css';

/** The aliases of the children in the list (decrypted only here, for the user to check). */
function useAliases(due: RetentionDue[] | undefined): Map<string, string> | undefined {
  const ids = due?.map((d) => d.childId) ?? [];
  return useLive(async () => {
    const children = await Promise.all(ids.map((childId) => getChild(childId)));
    return new Map(children.filter((c) => c !== undefined).map((c) => [c.id, c.alias]));
  }, [ids.join(',')]);
}

/** Settings: how long to keep a child's data after the last conversation; lists what is due and asks. */
export function RetentionSettings() {
  const { t, i18n } = useTranslation('lock');
  const id = useId();
  const months = useRetentionMonths();
  const due = useRetentionDue(months);
  const aliases = useAliases(due);
  const [deleted, setDeleted] = useState<number | undefined>();

  return (
    <section aria-labelledby="retention-heading" className="settings-section" id="retention" data-testid="retention-settings">
      <h2 id="retention-heading">{t('retention.heading')}</h2>
      <p>{t('retention.explain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('retention.label')}</label>
        <select
          id={id}
          value={months ?? 0}
          disabled={months === undefined}
          className="lock-select"
          data-testid="retention-months"
          onChange={(e) => {
            const value = Number(e.target.value);
            setDeleted(undefined);
            if (isRetentionMonths(value)) void saveRetentionMonths(value);
          }}
        >
          {RETENTION_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m === 0 ? t('retention.never') : t('retention.after', { count: m })}
            </option>
          ))}
        </select>
      </div>
      <div role="status">{deleted !== undefined ? <p className="form-ok">{t('retention.deleted', { count: deleted })}</p> : null}</div>
      {months && due && due.length === 0 && deleted === undefined ? <p className="muted">{t('retention.noneDue')}</p> : null}
      {due && due.length > 0 ? (
        <>
          <h3>{t('retention.dueHeading')}</h3>
          <ul className="retention-due" data-testid="retention-due">
            {due.map((item) => (
              <li key={item.childId} data-child-id={item.childId}>
                <strong>
                  <Bidi>{aliases?.get(item.childId) ?? '…'}</Bidi>
                </strong>
                {' · '}
                {t('retention.dueItem', { date: formatDate(item.lastDate, i18n.language) })}
                {' · '}
                {t('retention.conversations', { count: item.conversationIds.length })}
              </li>
            ))}
          </ul>
          <ConfirmButton
            label={t('retention.delete')}
            question={t('retention.deleteConfirm')}
            confirmLabel={t('retention.deleteYes')}
            onConfirm={async () => {
              const result = await deleteRetentionDue(due);
              setDeleted(result.childIds.length);
            }}
          />
        </>
      ) : null}
      <NotesGraceSetting />
    </section>
  );
}
