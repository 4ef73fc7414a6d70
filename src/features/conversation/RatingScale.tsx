import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type AreaId, type Perspective, type Rating } from '../../domain/wheel';
import { Face } from '../../ui/Face';

interface RatingScaleProps {
  areaId: AreaId;
  perspective: Perspective;
  value: Rating | undefined;
  onChange: (rating: Rating | null) => void;
}

/** One perspective's 1–5 face scale as a native radio group (arrow keys work by themselves). */
export function RatingScale({ areaId, perspective, value, onChange }: RatingScaleProps) {
  const { t } = useTranslation(['wheel', 'common']);
  const name = `${useId()}-${areaId}-${perspective}`;
  const options: Array<Rating | null> = [...RATINGS, null];
  return (
    <fieldset className="rating-scale" data-perspective={perspective}>
      <legend>{t(`perspectives.${perspective}`)}</legend>
      <div className="rating-options">
        {options.map((rating) => {
          const checked = rating === null ? value === undefined : value === rating;
          const word = rating === null ? t('scale.none') : t(`scale.${rating}`);
          return (
            <label key={rating ?? 'none'} className={`rating-option${checked ? ' is-checked' : ''}`} data-rating={rating ?? 'none'}>
              <input
                type="radio"
                name={name}
                checked={checked}
                onChange={() => onChange(rating)}
                aria-label={rating === null ? word : t('common:area.ratingOption', { rating, word })}
              />
              <Face rating={rating} />
              <span className="rating-word">{word}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
