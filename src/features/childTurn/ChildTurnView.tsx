import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerAreaInChildTurn, childAnswerOf, childOnlyEntries, wordsForAreaInChildTurn, type ChildAnswer } from '../../domain/childAnswers';
import type { AgeBand, Conversation } from '../../domain/model';
import { AREA_IDS, stepArea, type AreaId } from '../../domain/wheel';
import { Wheel } from '../../ui/wheel/Wheel';
import { stopReadAloud } from '../readAloud/readAloud';
import { ChildAreaCard } from './ChildAreaCard';
import { HopesStep } from './HopesStep';
import { StarIcon } from './TurnIcons';
import { turnTexts } from './turnTexts';

type Step = { kind: 'area'; areaId: AreaId } | { kind: 'hopes' };

const CHILD_ONLY = ['child'] as const;

interface ChildTurnViewProps {
  conversation: Conversation;
  band: AgeBand;
  lang: string;
  lang2?: string;
  update: (change: (conversation: Conversation) => Conversation) => void;
}

/** Where a turn begins: the first area the child has not answered yet (after a reload, where they were). */
function firstStep(conversation: Conversation): Step {
  const open = AREA_IDS.find((id) => childAnswerOf(conversation.entries[id]) === undefined);
  return { kind: 'area', areaId: open ?? AREA_IDS[0] };
}

/**
 * The child's turn itself: the child-sized wheel with pictures, the chosen area's words, faces to answer,
 * own words, and at the end the hopes. Only the child's own answers are ever rendered (childOnlyEntries):
 * no note of the professional, no rating of another perspective.
 */
export function ChildTurnView({ conversation, band, lang, lang2, update }: ChildTurnViewProps) {
  const { i18n } = useTranslation();
  const [step, setStep] = useState<Step>(() => firstStep(conversation));
  const [focusStep, setFocusStep] = useState(false);
  const lastPointer = useRef(0);
  const cardRef = useRef<HTMLDivElement>(null);
  const texts = turnTexts(i18n, lang, band);
  const second = lang2 ? turnTexts(i18n, lang2, band) : undefined;
  const entries = childOnlyEntries(conversation.entries);

  const go = (next: Step, focus: boolean) => {
    stopReadAloud();
    setFocusStep(focus);
    setStep(next);
  };
  const selectFromWheel = (areaId: AreaId) => {
    go({ kind: 'area', areaId }, false);
    // A tap on the wheel of a phone: bring the area's words into view (keys keep the focus on the wheel).
    if (Date.now() - lastPointer.current < 1500) {
      requestAnimationFrame(() => {
        const card = cardRef.current;
        if (card && card.getBoundingClientRect().top > window.innerHeight * 0.6) card.scrollIntoView({ block: 'start' });
      });
    }
  };
  const answer = (areaId: AreaId, value: ChildAnswer) => update((current) => answerAreaInChildTurn(current, areaId, value));
  const words = (areaId: AreaId, value: string) => update((current) => wordsForAreaInChildTurn(current, areaId, value));
  const hopes = (value: string) => update((current) => ({ ...current, childHopes: value }));

  return (
    <div className="child-turn-layout">
      <div className="child-turn-wheel" onPointerDown={() => (lastPointer.current = Date.now())}>
        <Wheel
          entries={entries}
          perspectives={CHILD_ONLY}
          selected={step.kind === 'area' ? step.areaId : undefined}
          onSelect={selectFromWheel}
          displayLanguage={lang}
          childSized
        />
        <button
          type="button"
          className="child-hopes-open"
          aria-pressed={step.kind === 'hopes'}
          onClick={() => go({ kind: 'hopes' }, true)}
          data-testid="child-hopes-open"
        >
          <StarIcon />
          {texts.tt(`hopesHeading.${band}`)}
        </button>
      </div>
      <div ref={cardRef} className="child-turn-card">
        {step.kind === 'area' ? (
          <ChildAreaCard
            key={step.areaId}
            areaId={step.areaId}
            entry={entries[step.areaId]}
            texts={texts}
            {...(second ? { second } : {})}
            onAnswer={(value) => answer(step.areaId, value)}
            onWords={(value) => words(step.areaId, value)}
            onNext={() => go(step.areaId === AREA_IDS[AREA_IDS.length - 1] ? { kind: 'hopes' } : { kind: 'area', areaId: stepArea(step.areaId, 1) }, true)}
            {...(step.areaId === AREA_IDS[0] ? {} : { onPrevious: () => go({ kind: 'area', areaId: stepArea(step.areaId, -1) }, true) })}
            focusOnOpen={focusStep}
          />
        ) : (
          <HopesStep
            texts={texts}
            {...(second ? { second } : {})}
            value={conversation.childHopes ?? ''}
            onChange={hopes}
            onBack={() => go({ kind: 'area', areaId: AREA_IDS[AREA_IDS.length - 1] as AreaId }, true)}
            focusOnOpen={focusStep}
          />
        )}
      </div>
    </div>
  );
}
