import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Action, Conversation } from '../../domain/model';
import { AREA_IDS, isAreaId, type AreaId } from '../../domain/wheel';
import { getChild, useLive } from '../../storage';
import { navigate } from '../../navigation';
import { useConversationUi } from './conversationUiStore';
import { Wheel } from '../../ui/wheel/Wheel';
import { WheelLegend } from '../../ui/wheel/WheelLegend';
import { AreaPanel } from './AreaPanel';
import { ConversationOverall } from './ConversationOverall';
import { ConversationHeader } from './ConversationHeader';
import { SaveStatus } from './SaveStatus';
import { useConversationDraft } from './useConversationDraft';
import { FamilyView } from '../wheel/FamilyView';
import { LastTimeAgreed } from '../history/LastTimeAgreed';
import { carryForward } from '../history/actionUpdates';
import { conversationAgeBand } from '../../domain/ageBand';
import { ChildTurnStart } from '../childTurn/ChildTurnStart';
import { ChildVoiceSection } from '../childVoice/ChildVoiceSection';
import { usePageTexts } from '../../i18n/pageTexts';
import { forFamily } from '../../domain/practice/safety';
import { PracticeProvider } from '../practice/PracticeContext';
import { TransferState } from '../practice/TransferState';

export function ConversationView({ conversationId, areaId }: { conversationId: string; areaId?: string }) {
  const { t } = useTranslation();
  const { state, update, paused } = useConversationDraft(conversationId);
  // The child's voice (its start, age band, hopes, participation) has its texts in a namespace of this page.
  const childVoiceTexts = usePageTexts('childVoice');
  const familyView = useConversationUi((s) => s.familyView);
  const setFamilyView = useConversationUi((s) => s.setFamilyView);
  // Leaving the conversation always turns the family view off again.
  useEffect(() => () => setFamilyView(false), [setFamilyView]);
  const [focusPanel, setFocusPanel] = useState(false);
  const conversation = state.status === 'ready' ? state.conversation : undefined;
  const child = useLive(async () => (conversation ? getChild(conversation.childId) : undefined), [conversation?.childId]);
  // Stable callbacks, so that the memoised parts (header, last time, overall) skip an area change.
  const change = useCallback((patch: Partial<Conversation>) => update((current) => ({ ...current, ...patch })), [update]);
  const carry = useCallback((action: Action) => update((current) => carryForward(current, action)), [update]);

  if (state.status === 'loading' || !childVoiceTexts) return <p className="muted">{t('status.loading')}</p>;
  if (state.status === 'missing' || !conversation) return <p role="alert">{t('conversation.missing')}</p>;

  const selected: AreaId | undefined = isAreaId(areaId) ? areaId : undefined;
  const band = conversationAgeBand(conversation, child);
  const select = (id: AreaId, via?: 'steps') => {
    setFocusPanel(via === 'steps');
    navigate({ name: 'conversation', conversationId, areaId: id }, { replace: true });
  };

  // The family view gets the conversation without its safety concerns (domain/practice/safety.ts).
  if (familyView) return <FamilyView conversation={forFamily(conversation)} band={band} selected={selected ?? AREA_IDS[0]} onSelect={select} onClose={() => setFamilyView(false)} />;

  return (
    <PracticeProvider value={{ conversation, child, update }}>
    <div className="conversation">
      {paused ? (
        <p className="notice" role="status" data-testid="conversation-paused">
          {t('conversation.paused')}
        </p>
      ) : null}
      {/* inert: nothing can be typed while another window switches the lock (all is written first). */}
      <div className="conversation-body" inert={paused}>
      <ConversationHeader conversation={conversation} child={child} />
      <ChildTurnStart conversation={conversation} />
      <SaveStatus />
      <TransferState conversation={conversation} />
      <LastTimeAgreed conversation={conversation} onCarryForward={carry} />
      <div className="conversation-layout">
        <div className="conversation-wheel">
          <Wheel entries={conversation.entries} selected={selected} onSelect={(id) => select(id)} />
          <WheelLegend />
          {selected ? null : <p className="wheel-hint">{t('conversation.pickArea')}</p>}
        </div>
        {selected ? (
          <AreaPanel
            key={selected}
            areaId={selected}
            band={band}
            entry={conversation.entries[selected]}
            actions={conversation.actions}
            onEntryChange={(entry) => update((current) => ({ ...current, entries: { ...current.entries, [selected]: entry } }))}
            onActionsChange={(actions) => change({ actions })}
            onSelectArea={select}
            focusOnOpen={focusPanel}
          />
        ) : null}
      </div>
      <ChildVoiceSection conversation={conversation} child={child} onChange={change} />
      <ConversationOverall conversation={conversation} onChange={change} />
      </div>
    </div>
    </PracticeProvider>
  );
}
