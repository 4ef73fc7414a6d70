import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Conversation } from '../../domain/model';
import { hrefFor } from '../../navigation';
import { useConversationUi } from './conversationUiStore';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { DeleteConversationButton } from '../lock/DeleteConversationButton';

// Memoised: selecting another area re-renders the conversation, and this part does not depend on it.
export const ConversationHeader = memo(function ConversationHeader({ conversation, child }: { conversation: Conversation; child: Child | undefined }) {
  const { t, i18n } = useTranslation(['common', 'summary']);
  const setFamilyView = useConversationUi((s) => s.setFamilyView);
  return (
    <header className="conversation-header">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'child', childId: conversation.childId })}>{child ? <Bidi>{child.alias}</Bidi> : t('status.loading')}</a>
      </p>
      <h1>
        {t('conversation.title', { date: formatDate(conversation.date, i18n.language) })}
        {conversation.status === 'completed' ? <span className="badge">{t('conversation.completed')}</span> : null}
      </h1>
      <p className="muted">
        {t(`summary:setting.${conversation.setting}`)}
        {' · '}
        {conversation.participants.map((p) => t(`summary:role.${p.role}`)).join(', ')}
      </p>
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={() => setFamilyView(true)} data-testid="family-view-open">
          {t('family.open')}
        </button>
        <a className="button-secondary" href={`#/summary/${encodeURIComponent(conversation.id)}`}>
          {t('conversation.summaryLink')}
        </a>
        <DeleteConversationButton conversation={conversation} />
      </div>
    </header>
  );
});
