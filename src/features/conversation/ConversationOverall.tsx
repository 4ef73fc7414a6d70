import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ActionsEditor } from './ActionsEditor';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { ConsentSection } from '../practice/ConsentSection';
import { SafetyWorry } from '../practice/SafetyWorry';

interface ConversationOverallProps {
  conversation: Conversation;
  onChange: (patch: Partial<Conversation>) => void;
}

/** What belongs to the whole conversation: overall notes, shared actions, follow-up, completion. */
// Memoised: selecting another area re-renders the conversation, and this part does not depend on it.
export const ConversationOverall = memo(function ConversationOverall({ conversation, onChange }: ConversationOverallProps) {
  const { t } = useTranslation();
  return (
    <section className="conversation-overall" aria-labelledby="overall-heading">
      <h2 id="overall-heading">{t('conversation.overallHeading')}</h2>
      <TextArea label={t('conversation.notes')} name="notes" rows={4} value={conversation.notes} onChange={(notes) => onChange({ notes })} />
      <PersonnummerHint text={conversation.notes} />
      <ActionsEditor actions={conversation.actions} onChange={(actions) => onChange({ actions })} />
      <TextField
        label={t('conversation.followUpDate')}
        type="date"
        value={conversation.followUpDate ?? ''}
        onChange={(value) => onChange({ followUpDate: value || undefined })}
      />
      <SafetyWorry />
      <ConsentSection />
      <label className="checkbox">
        <input type="checkbox" checked={conversation.status === 'completed'} onChange={(e) => onChange({ status: e.target.checked ? 'completed' : 'draft' })} />
        {t('conversation.markCompleted')}
      </label>
    </section>
  );
});
