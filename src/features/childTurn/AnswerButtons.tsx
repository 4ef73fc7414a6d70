import { RATINGS } from '../../domain/wheel';
import type { ChildAnswer } from '../../domain/childAnswers';
import { Face } from '../../ui/Face';
import { ReadText } from '../../ui/ReadText';
import { PassFace } from './TurnIcons';
import type { TurnTexts } from './turnTexts';

interface AnswerButtonsProps {
  texts: TurnTexts;
  value: ChildAnswer | undefined;
  onAnswer: (answer: ChildAnswer) => void;
  /** The id of the question the buttons answer (the group's name). */
  questionId: string;
}

/** Five big faces with their words, and "I'd rather not say": one press each, the chosen one pressed. */
export function AnswerButtons({ texts, value, onAnswer, questionId }: AnswerButtonsProps) {
  return (
    <div className="child-answers" role="group" aria-labelledby={questionId}>
      <div className="child-faces">
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            className="child-answer"
            data-child-answer={rating}
            aria-pressed={value === rating}
            onClick={() => onAnswer(rating)}
          >
            <Face rating={rating} size={64} />
            <span className="child-answer-word">
              <ReadText lang={texts.lang} textKey={`wheel:scale.${rating}`} text={texts.tw(`scale.${rating}`)} />
            </span>
          </button>
        ))}
      </div>
      <button
        type="button"
        className="child-answer child-answer-pass"
        data-child-answer="pass"
        aria-pressed={value === 'pass'}
        onClick={() => onAnswer('pass')}
      >
        <PassFace size={64} />
        <span className="child-answer-word">
          <ReadText lang={texts.lang} textKey="childTurn:pass" text={texts.tt('pass')} />
        </span>
      </button>
    </div>
  );
}
