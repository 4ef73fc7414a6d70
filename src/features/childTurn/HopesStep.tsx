import { useEffect, useId, useRef } from 'react';
import { hopesQuestionKey } from '../../domain/ageBand';
import { ReadText } from '../../ui/ReadText';
import { ReadAloudButton } from '../readAloud/ReadAloudButton';
import { SpeakerIcon } from './TurnControlIcons';
import { StarIcon } from './TurnIcons';
import type { TurnTexts } from './turnTexts';

interface HopesStepProps {
  texts: TurnTexts;
  second?: TurnTexts;
  value: string;
  onChange: (hopes: string) => void;
  onBack: () => void;
  focusOnOpen: boolean;
}

/** The question for the whole wheel, at the end: what would make things better, my hopes. */
export function HopesStep({ texts, second, value, onChange, onBack, focusOnOpen }: HopesStepProps) {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  const { tt, tw, band } = texts;
  const question = tw(hopesQuestionKey(band));
  useEffect(() => {
    if (focusOnOpen) ref.current?.focus();
  }, [focusOnOpen]);
  return (
    <section className="child-area child-hopes" aria-labelledby={`${id}-heading`} data-child-area="hopes">
      <h2 id={`${id}-heading`} ref={ref} className="child-area-label" tabIndex={-1}>
        <StarIcon size={96} />
        <span>{tt(`hopesHeading.${band}`)}</span>
      </h2>
      <label htmlFor={`${id}-hopes`} className="child-question">
        <ReadText lang={texts.lang} textKey={`wheel:${hopesQuestionKey(band)}`} text={question} />
      </label>
      {second ? (
        <p lang={second.lang} dir={second.dir} className="child-question-second">
          {second.tw(hopesQuestionKey(second.band))}
        </p>
      ) : null}
      <ReadAloudButton
        lang={texts.lang}
        band={band}
        label={tt('readAloud')}
        icon={<SpeakerIcon />}
        texts={[{ key: `wheel:${hopesQuestionKey(band)}`, text: question }]}
      />
      <textarea id={`${id}-hopes`} rows={4} value={value} onChange={(e) => onChange(e.target.value)} data-testid="child-hopes" />
      <p className="child-thanks">{tt('thanks')}</p>
      <div className="child-steps">
        <button type="button" className="button-secondary child-step" onClick={onBack}>
          {tt('backToWheel')}
        </button>
      </div>
    </section>
  );
}
