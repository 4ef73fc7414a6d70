import { useTranslation } from 'react-i18next';
import { answerByAdult } from '../../domain/childAnswers';
import type { AreaEntry } from '../../domain/model';
import { PersonnummerHint } from '../../ui/PersonnummerHint';
import { TextArea } from '../../ui/TextArea';

/**
 * The child's own part of an area, in the adult's panel: whether it was given in the child's turn, the pass
 * ("I'd rather not say", not the same as not rated) and the child's own words, written down word for word.
 */
export function ChildAnswerFields({ entry, onChange }: { entry: AreaEntry; onChange: (entry: AreaEntry) => void }) {
  const { t } = useTranslation('childVoice');
  const words = entry.childWords ?? '';
  return (
    <div className="child-answer-fields" data-testid="child-answer-fields">
      <h3>
        {t('areaHeading')}
        {entry.childTurn ? (
          <span className="badge badge-turn" data-testid="child-turn-mark">
            {t('inTurn')}
          </span>
        ) : null}
      </h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={entry.childPassed === true}
          onChange={(e) => onChange(answerByAdult(entry, e.target.checked ? 'pass' : null))}
          data-testid="child-passed"
        />
        {t('passed')}
      </label>
      <TextArea label={t('words')} name="childWords" value={words} onChange={(childWords) => onChange({ ...entry, childWords })} hint={t('wordsHint')} />
      <PersonnummerHint text={words} />
    </div>
  );
}
