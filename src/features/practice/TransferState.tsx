// A transferred conversation says so, and when its notes leave the device (or that they have left).
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { notesEraseDate } from '../../domain/retention';
import { formatDate } from '../../i18n/format';
import { readNotesGraceDays, useLive } from '../../storage';
import { Bidi } from '../../ui/Bidi';
import { usePractice } from './PracticeContext';

export function TransferState({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation('practice');
  const grace = useLive(() => readNotesGraceDays(), []);
  const update = usePractice()?.update;
  const transfer = conversation.transfer;
  if (!transfer) return null;
  const date = formatDate(transfer.date, i18n.language);
  return (
    <div className="transfer-state notice" role="status" data-testid="transfer-state">
      <p>
        {t('transfer.state', { date })}
        {transfer.system ? (
          <>
            {': '}
            <Bidi>{transfer.system}</Bidi>
          </>
        ) : null}
      </p>
      {conversation.notesErasedDate ? (
        <p data-testid="notes-erased">{t('transfer.erased', { date: formatDate(conversation.notesErasedDate, i18n.language) })}</p>
      ) : grace !== undefined ? (
        <p>{t('transfer.willErase', { date: formatDate(notesEraseDate(transfer.date, grace), i18n.language) })}</p>
      ) : null}
      {update && !conversation.notesErasedDate ? (
        <button
          type="button"
          className="button-quiet"
          onClick={() =>
            update((current) => {
              const { transfer: _undone, ...rest } = current;
              return rest;
            })
          }
        >
          {t('transfer.undo')}
        </button>
      ) : null}
    </div>
  );
}
