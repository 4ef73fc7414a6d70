import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { hrefFor } from '../../navigation';
import { useEraseDueNotes, useNotesErasures, useNotesGraceDays } from './useNotesErasure';
import './lock.css';

/** On the home screen, a week before: the notes of transferred conversations that will soon be erased. */
export function NotesErasureNotice() {
  const { t, i18n } = useTranslation('lock');
  const soon = useNotesErasures(useNotesGraceDays())?.soon;
  if (!soon || soon.length === 0) return null;
  const first = soon[0]?.eraseDate as string;
  return (
    <aside className="retention-notice" aria-label={t('notesErasure.heading')} data-testid="notes-erasure-notice">
      <p>{t('notesErasure.notice', { count: soon.length, date: formatDate(first, i18n.language) })}</p>
      <ul>
        {soon.map((e) => (
          <li key={e.conversationId}>
            <a href={hrefFor({ name: 'conversation', conversationId: e.conversationId })}>{formatDate(e.eraseDate, i18n.language, 'medium')}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Runs the erasure of due notes; renders nothing. */
export function NotesEraser() {
  useEraseDueNotes();
  return null;
}
