import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Action, AreaEntry, Conversation } from '../../domain/model';
import { AREA_IDS, type AreaId } from '../../domain/wheel';
import { getChild, useLive } from '../../storage';
import { useConversationUi } from './conversationUiStore';
import { Wheel } from '../../ui/wheel/Wheel';
import { WheelLegend } from '../../ui/wheel/WheelLegend';
import { ConversationHeader } from './ConversationHeader';
import { SaveStatus } from './SaveStatus';
import { useConversationDraft } from './useConversationDraft';
import { useAreaSelection } from './useAreaSelection';
import { LastTimeAgreed } from '../history/LastTimeAgreed';
import { carryForward } from '../history/actionUpdates';
import { conversationAgeBand } from '../../domain/ageBand';
import { ChildTurnStart } from '../childTurn/ChildTurnStart';
import { usePageTexts } from '../../i18n/pageTexts';
import { forFamily } from '../../domain/practice/safety';
import { PracticeProvider } from '../practice/PracticeContext';
import { TransferState } from '../practice/TransferState';
import { useStableCallback } from '../../ui/useStableCallback';

// Only when the adult turns it to the family: not part of the conversation's first load.
const FamilyView = lazy(() => import('../wheel/FamilyView').then((m) => ({ default: m.FamilyView })));
// The open area's panel: fetched as soon as the conversation is on screen (below), so that the first
// tap on an area finds it loaded, but not part of the first load.
const loadAreaPanel = () => import('./AreaPanel');
const AreaPanel = lazy(() => loadAreaPanel().then((m) => ({ default: m.AreaPanel })));
// Below the wheel: loaded once the conversation is read from the database, after the first paint.
const ConversationOverall = lazy(() => import('./ConversationOverall').then((m) => ({ default: m.ConversationOverall })));
const ChildVoiceSection = lazy(() => import('../childVoice/ChildVoiceSection').then((m) => ({ default: m.ChildVoiceSection })));

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
  const area = useAreaSelection(conversationId, areaId);
  useEffect(() => {
    void loadAreaPanel().catch(() => undefined);
  }, []);
  const conversation = state.status === 'ready' ? state.conversation : undefined;
  const child = useLive(async () => (conversation ? getChild(conversation.childId) : undefined), [conversation?.childId]);
  // Stable callbacks, so that the memoised parts (header, last time, overall) skip an area change.
  const change = useCallback((patch: Partial<Conversation>) => update((current) => ({ ...current, ...patch })), [update]);
  const carry = useCallback((action: Action) => update((current) => carryForward(current, action)), [update]);
  // The panel names its own area: an edit it flushes after another area was picked still lands in its area.
  const changeEntry = useCallback(
    (id: AreaId, entry: AreaEntry) => update((current) => ({ ...current, entries: { ...current.entries, [id]: entry } })),
    [update],
  );
  const changeActions = useCallback((actions: Action[]) => change({ actions }), [change]);
  // Stable too, so that writing the picked area into the address (useAreaSelection) redraws neither the
  // wheel nor the panel: on a slow tablet that render otherwise lands on the next tap (issue 19).
  const select = useStableCallback((id: AreaId, via?: 'steps') => {
    setFocusPanel(via === 'steps');
    area.select(id);
  });
  const selectOnWheel = useCallback((id: AreaId) => select(id), [select]);
  const practice = useMemo(() => (conversation ? { conversation, child, update } : undefined), [conversation, child, update]);

  if (state.status === 'loading' || !childVoiceTexts) return <p className="muted">{t('status.loading')}</p>;
  if (state.status === 'missing' || !conversation) return <p role="alert">{t('conversation.missing')}</p>;

  const selected = area.selected;
  const band = conversationAgeBand(conversation, child);

  // The family view gets the conversation without its safety concerns (domain/practice/safety.ts).
  if (familyView) {
    return (
      <Suspense fallback={<p className="muted">{t('status.loading')}</p>}>
        <FamilyView
          conversation={forFamily(conversation)}
          band={band}
          selected={selected ?? AREA_IDS[0]}
          onSelect={select}
          onClose={() => setFamilyView(false)}
        />
      </Suspense>
    );
  }

  return (
    <PracticeProvider value={practice ?? { conversation, child, update }}>
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
              <Wheel entries={conversation.entries} selected={selected} onSelect={selectOnWheel} />
              <WheelLegend />
              {selected ? null : <p className="wheel-hint">{t('conversation.pickArea')}</p>}
            </div>
            {selected ? (
              <Suspense fallback={null}>
                <AreaPanel
                  key={selected}
                  areaId={selected}
                  band={band}
                  entry={conversation.entries[selected]}
                  actions={conversation.actions}
                  onEntryChange={changeEntry}
                  onActionsChange={changeActions}
                  onSelectArea={select}
                  focusOnOpen={focusPanel}
                />
              </Suspense>
            ) : null}
          </div>
          <Suspense fallback={null}>
            <ChildVoiceSection conversation={conversation} child={child} onChange={change} />
            <ConversationOverall conversation={conversation} onChange={change} />
          </Suspense>
        </div>
      </div>
    </PracticeProvider>
  );
}
