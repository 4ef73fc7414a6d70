import { useId } from 'react';
import type { TurnTexts } from './turnTexts';

/** "In my own words": what the child says about the area, typed by the child or word for word by the adult. */
export function ChildWordsField({ texts, value, onChange }: { texts: TurnTexts; value: string; onChange: (words: string) => void }) {
  const id = useId();
  const { tt, band } = texts;
  return (
    <div className="field child-words">
      <label htmlFor={id} className="child-words-label">
        {tt(`ownWords.${band}`)}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {tt(`ownWordsHint.${band}`)}
      </p>
      <textarea id={id} rows={3} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} data-testid="child-words" />
    </div>
  );
}
