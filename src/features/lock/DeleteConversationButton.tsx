import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { deleteConversation, flushAllEdits } from '../../storage';
import { navigate } from '../../navigation';
import { ConfirmButton } from '../../ui/ConfirmButton';

/** Deletes one conversation from IndexedDB after asking, then goes back to the child. */
export function DeleteConversationButton({ conversation }: { conversation: Pick<Conversation, 'id' | 'childId'> }) {
  const { t } = useTranslation('lock');
  return (
    <ConfirmButton
      label={t('deleteConversation.button')}
      question={t('deleteConversation.confirm')}
      confirmLabel={t('deleteConversation.yes')}
      onConfirm={async () => {
        // Save what was typed first, so that no late autosave brings the conversation back.
        await flushAllEdits();
        await deleteConversation(conversation.id);
        navigate({ name: 'child', childId: conversation.childId }, { replace: true });
      }}
    />
  );
}
