import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotesGraceDays, NOTES_GRACE_CHOICES } from '../../domain/retention';
import { saveNotesGraceDays } from '../../storage';
import { useNotesGraceDays } from './useNotesErasure';

/** Part of the retention settings: how long transferred notes stay before they are erased. */
export function NotesGraceSetting() {
  const { t } = useTranslation('lock');
  const id = useId();
  const grace = useNotesGraceDays();
  return (
    <div className="notes-grace" data-testid="notes-grace-setting">
      <h3>{t('notesErasure.heading')}</h3>
      <p>{t('notesErasure.explain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('notesErasure.label')}</label>
        <select
          id={id}
          className="lock-select"
          value={grace ?? 30}
          disabled={grace === undefined}
          data-testid="notes-grace-days"
          onChange={(e) => {
            const value = Number(e.target.value);
            if (isNotesGraceDays(value)) void saveNotesGraceDays(value);
          }}
        >
          {NOTES_GRACE_CHOICES.map((d) => (
            <option key={d} value={d}>
              {t('notesErasure.after', { count: d })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
