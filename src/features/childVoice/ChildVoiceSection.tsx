import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Conversation } from '../../domain/model';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { TextArea } from '../../ui/TextArea';
import { AgeBandField } from './AgeBandField';
import { ParticipationForm } from './ParticipationForm';
import './childVoice.css';

interface ChildVoiceSectionProps {
  conversation: Conversation;
  child: Child | undefined;
  onChange: (patch: Partial<Conversation>) => void;
}

/** The child's voice in the whole conversation: the age band of the texts, the child's hopes, how the child took part. */
// Memoised: selecting another area re-renders the conversation, and this part does not depend on it.
export const ChildVoiceSection = memo(function ChildVoiceSection({ conversation, child, onChange }: ChildVoiceSectionProps) {
  const { t } = useTranslation('childVoice');
  const hopes = conversation.childHopes ?? '';
  return (
    <section className="child-voice" aria-labelledby="child-voice-heading" data-testid="child-voice">
      <h2 id="child-voice-heading">{t('heading')}</h2>
      <AgeBandField conversation={conversation} child={child} onChange={(ageBand) => onChange({ ageBand })} />
      <TextArea label={t('hopes')} name="childHopes" value={hopes} onChange={(childHopes) => onChange({ childHopes })} />
      <PersonnummerHint text={hopes} />
      <ParticipationForm participation={conversation.participation} onChange={(participation) => onChange({ participation })} />
    </section>
  );
});
