import { useEffect, useId, useRef } from 'react';
import { childPromptsKey, childTextKey } from '../../domain/ageBand';
import { childAnswerOf, type ChildAnswer } from '../../domain/childAnswers';
import type { AreaEntry } from '../../domain/model';
import { RATINGS, type AreaId } from '../../domain/wheel';
import { Pictogram } from '../../ui/pictograms/Pictogram';
import { ReadText } from '../../ui/ReadText';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';
import { AnswerButtons } from './AnswerButtons';
import { ChildWordsField } from './ChildWordsField';
import { SpeakerIcon, StepArrow } from './TurnControlIcons';
import { textList, type TurnTexts } from './turnTexts';

interface ChildAreaCardProps {
  areaId: AreaId;
  /** The child's own part of the area only (childOnlyEntries). */
  entry: AreaEntry;
  texts: TurnTexts;
  /** A second language shown beside the first. */
  second?: TurnTexts;
  onAnswer: (answer: ChildAnswer) => void;
  onWords: (words: string) => void;
  onNext: () => void;
  onPrevious?: () => void;
  /** Reached with the step buttons: the focus moves to the area's heading. */
  focusOnOpen: boolean;
}

/** What one area says to the child, in one language: picture, name, text, questions. */
function AreaWords({ areaId, texts, headingId }: { areaId: AreaId; texts: TurnTexts; headingId?: string }) {
  const { tw, tt, band } = texts;
  const label = tw(`areas.${areaId}.label`);
  const child = tw(childTextKey(areaId, band));
  const prompts = textList(tw(childPromptsKey(areaId, band), { returnObjects: true }));
  const question = tt(`question.${band}`);
  return (
    <div className="child-area-words">
      {headingId ? (
        <h2 id={headingId} className="child-area-label" tabIndex={-1}>
          <Pictogram area={areaId} className="child-area-picture" />
          <span>
            <ReadText lang={texts.lang} textKey={`wheel:areas.${areaId}.label`} text={label} />
          </span>
        </h2>
      ) : (
        <p className="child-area-label child-area-label-second">{label}</p>
      )}
      <p className="child-area-text">
        <ReadText lang={texts.lang} textKey={`wheel:${childTextKey(areaId, band)}`} text={child} />
      </p>
      <ul className="child-prompts">
        {prompts.map((prompt, index) => (
          <li key={prompt}>
            <ReadText lang={texts.lang} textKey={`wheel:${childPromptsKey(areaId, band)}.${index}`} text={prompt} />
          </li>
        ))}
      </ul>
      <ReadAloudButton
        lang={texts.lang}
        band={band}
        label={tt('readAloud')}
        icon={<SpeakerIcon />}
        texts={[
          { key: `wheel:areas.${areaId}.label`, text: label },
          { key: `wheel:${childTextKey(areaId, band)}`, text: child },
          ...prompts.map((text, index) => ({ key: `wheel:${childPromptsKey(areaId, band)}.${index}`, text })),
          { key: `childTurn:question.${band}`, text: question },
          // The answers to choose from, after the question: a child who cannot read hears them too.
          ...RATINGS.map((rating) => ({ key: `wheel:scale.${rating}`, text: tw(`scale.${rating}`) })),
          { key: 'childTurn:pass', text: tt('pass') },
        ]}
      />
    </div>
  );
}

/** The selected area, for the child: its picture and words, the faces to answer with, own words, next. */
export function ChildAreaCard({ areaId, entry, texts, second, onAnswer, onWords, onNext, onPrevious, focusOnOpen }: ChildAreaCardProps) {
  const id = useId();
  const headingId = `${id}-area`;
  const questionId = `${id}-question`;
  const ref = useRef<HTMLElement>(null);
  const { tt, band } = texts;
  useEffect(() => {
    if (focusOnOpen) ref.current?.querySelector<HTMLElement>('.child-area-label')?.focus();
  }, [focusOnOpen]);
  return (
    <section ref={ref} className={`child-area pictogram-${areaId}`} aria-labelledby={headingId} data-child-area={areaId}>
      <div className={second ? 'child-area-columns two-languages' : 'child-area-columns'}>
        <AreaWords areaId={areaId} texts={texts} headingId={headingId} />
        {second ? (
          <div lang={second.lang} dir={second.dir} className="child-area-second">
            <AreaWords areaId={areaId} texts={second} />
            <p className="child-question-second">{second.tt(`question.${second.band}`)}</p>
          </div>
        ) : null}
      </div>
      <p className="child-question" id={questionId}>
        <ReadText lang={texts.lang} textKey={`childTurn:question.${band}`} text={tt(`question.${band}`)} />
      </p>
      <AnswerButtons texts={texts} value={childAnswerOf(entry)} onAnswer={onAnswer} questionId={questionId} />
      <ChildWordsField texts={texts} value={entry.childWords ?? ''} onChange={onWords} />
      <div className="child-steps">
        {onPrevious ? (
          <button type="button" className="button-secondary child-step" onClick={onPrevious}>
            <StepArrow back />
            {tt('previous')}
          </button>
        ) : null}
        <button type="button" className="child-step child-step-next" onClick={onNext}>
          {tt('next')}
          <StepArrow />
        </button>
      </div>
    </section>
  );
}
