import { useTranslation } from 'react-i18next';
import { compareRatings, summariseByArea, type RatingChange } from '../../domain/changes';
import type { Conversation } from '../../domain/model';
import { AREA_IDS, type Perspective } from '../../domain/wheel';
import { DIRECTION_SYMBOL } from './changeSymbols';

const COUNT_ORDER = ['up', 'down', 'mixed', 'same', 'new', 'removed'] as const;

interface ChangeListProps {
  earlier: Pick<Conversation, 'entries'>;
  later: Pick<Conversation, 'entries'>;
  perspectives: readonly Perspective[];
  /** The area picked in the wheel, shown as selected. */
  selected?: string;
}

/** Per area, how the ratings moved between two conversations: a symbol and words, per perspective. */
export function ChangeList({ earlier, later, perspectives, selected }: ChangeListProps) {
  const { t } = useTranslation(['history', 'wheel']);
  const changes = compareRatings(earlier, later).filter((c) => perspectives.includes(c.perspective));
  const areas = summariseByArea(changes);
  const unrated = AREA_IDS.filter((id) => !areas.some((a) => a.areaId === id));
  const counts = COUNT_ORDER.flatMap((direction) => {
    const count = areas.filter((a) => a.direction === direction).length;
    return count > 0 ? [t(`history:compare.count.${direction}`, { count })] : [];
  });

  const line = (c: RatingChange) => {
    const vars = { perspective: t(`wheel:perspectives.${c.perspective}`), before: c.before, after: c.after, direction: t(`history:direction.${c.direction}`) };
    if (c.direction === 'new') return t('history:compare.lineNew', vars);
    if (c.direction === 'removed') return t('history:compare.lineRemoved', vars);
    return t('history:compare.line', vars);
  };

  if (areas.length === 0) return <p className="muted">{t('history:compare.nothing')}</p>;

  return (
    <>
      <p className="change-counts" data-testid="change-counts">
        {counts.join(', ')}
      </p>
      <ul className="change-list" data-testid="change-list">
        {areas.map((area) => (
          <li
            key={area.areaId}
            id={`change-${area.areaId}`}
            tabIndex={-1}
            className={`change-item change-${area.direction}${selected === area.areaId ? ' is-selected' : ''}`}
            data-area-change={area.areaId}
            data-direction={area.direction}
          >
            <h3 className="change-heading">
              <span className="change-symbol" aria-hidden="true">
                {DIRECTION_SYMBOL[area.direction]}
              </span>
              {t('history:compare.areaLine', { area: t(`wheel:areas.${area.areaId}.label`), direction: t(`history:direction.${area.direction}`) })}
            </h3>
            <ul className="change-perspectives">
              {area.changes.map((c) => (
                <li key={c.perspective} data-perspective={c.perspective} data-direction={c.direction}>
                  <span className="change-symbol" aria-hidden="true">
                    {DIRECTION_SYMBOL[c.direction]}
                  </span>
                  {line(c)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {unrated.length > 0 ? (
        <p className="muted">{t('history:compare.unrated', { areas: unrated.map((id) => t(`wheel:areas.${id}.label`)).join(', ') })}</p>
      ) : null}
    </>
  );
}
