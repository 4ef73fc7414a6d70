// After the records text was copied: mark the conversation transferred to the records system (the system's
// name from settings, changeable here). Its notes then leave the device after the grace period.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate, type Conversation } from '../../domain/model';
import { withoutUndefined } from '../../domain/objects';
import { readRecordsSystemName, updateConversation, useLive } from '../../storage';
import { formatDate } from '../../i18n/format';
import { TextField } from '../../ui/TextField';
import './practice.css';

export function TransferPrompt({ conversation }: { conversation: Conversation }) {
  const { t, i18n } = useTranslation('practice');
  const stored = useLive(() => readRecordsSystemName(), []);
  const [date, setDate] = useState(todayIsoDate());
  const [system, setSystem] = useState<string | undefined>();
  const [error, setError] = useState(false);
  if (conversation.transfer) {
    return (
      <p className="form-ok" role="status" data-testid="transfer-done">
        {t('transfer.state', { date: formatDate(conversation.transfer.date, i18n.language) })}
      </p>
    );
  }
  const name = system ?? stored ?? '';
  return (
    <form
      className="transfer-prompt"
      data-testid="transfer-prompt"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!date) return;
        setError(false);
        updateConversation(conversation.id, (c) => ({ ...c, transfer: withoutUndefined({ date, system: name.trim() || undefined }) })).catch(() =>
          setError(true),
        );
      }}
    >
      <p>{t('transfer.question')}</p>
      <TextField label={t('transfer.date')} type="date" value={date} onChange={setDate} />
      <TextField label={t('transfer.system')} value={name} onChange={setSystem} />
      <button type="submit" data-testid="transfer-mark">
        {t('transfer.mark')}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {t('transfer.failed')}
        </p>
      ) : null}
    </form>
  );
}
