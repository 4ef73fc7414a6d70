import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaEntry } from '../../domain/model';
import { hasNotes } from '../../domain/ratings';
import { AREA_IDS, PERSPECTIVES, stepArea, type AreaId, type Perspective } from '../../domain/wheel';
import {
  CENTRE,
  HUB_RADIUS,
  LABEL_OVERFLOW,
  SIZE,
  labelFontSize,
  labelLines,
  labelPoint,
  notesMarkerPoint,
  perspectiveWedge,
  ratingRadius,
  sectorPath,
} from './geometry';
import { WheelPatterns, patternId } from './WheelPatterns';

export interface WheelProps {
  entries?: Record<AreaId, AreaEntry>;
  /** Ratings of an earlier conversation, drawn as outlines for comparison. */
  earlierEntries?: Record<AreaId, AreaEntry>;
  selected?: AreaId;
  onSelect?: (id: AreaId) => void;
  perspectives?: readonly Perspective[];
  /** Language of the visible labels (e.g. the family's); the accessible names stay in the UI language. */
  displayLanguage?: string;
}

export function Wheel({ entries, earlierEntries, selected, onSelect, perspectives = PERSPECTIVES, displayLanguage }: WheelProps) {
  const { t, i18n } = useTranslation(['wheel', 'common']);
  const display = displayLanguage ? i18n.getFixedT(displayLanguage, 'wheel') : t;
  const rtl = i18n.dir() === 'rtl';
  const prefix = useId().replace(/:/g, '');
  const refs = useRef(new Map<AreaId, SVGGElement>());
  const focusable = selected ?? AREA_IDS[0];

  function describe(id: AreaId): string {
    const label = t(`areas.${id}.label`);
    const entry = entries?.[id];
    if (!entry) return label;
    const parts = PERSPECTIVES.filter((p) => entry.ratings[p] !== undefined).map((p) =>
      t('common:wheelUi.ratingFor', { perspective: t(`perspectives.${p}`), rating: entry.ratings[p], word: t(`scale.${entry.ratings[p]}`) }),
    );
    if (hasNotes(entry)) parts.push(t('common:wheelUi.hasNotes'));
    return parts.length ? `${label}: ${parts.join(', ')}` : label;
  }

  function move(from: AreaId, to: AreaId) {
    if (from === to) return;
    refs.current.get(to)?.focus();
    onSelect?.(to);
  }

  function onKeyDown(event: KeyboardEvent<SVGGElement>, id: AreaId) {
    // Arrow keys follow the reading direction: in RTL, ArrowLeft goes forward.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    switch (event.key) {
      case forward:
      case 'ArrowDown':
        event.preventDefault();
        move(id, stepArea(id, 1));
        break;
      case backward:
      case 'ArrowUp':
        event.preventDefault();
        move(id, stepArea(id, -1));
        break;
      case 'Home':
        event.preventDefault();
        move(id, AREA_IDS[0]);
        break;
      case 'End':
        event.preventDefault();
        move(id, AREA_IDS[AREA_IDS.length - 1] as AreaId);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        onSelect?.(id);
        break;
    }
  }

  return (
    <div className="wheel" data-testid="wheel">
      <svg viewBox={`${-LABEL_OVERFLOW} 0 ${SIZE + 2 * LABEL_OVERFLOW} ${SIZE}`} role="group" aria-label={t('common:wheelUi.name')} className="wheel-svg">
        <WheelPatterns prefix={prefix} />
        {[1, 2, 3, 4, 5].map((level) => (
          <circle key={level} cx={CENTRE} cy={CENTRE} r={ratingRadius(level)} className="wheel-guide" />
        ))}
        {AREA_IDS.map((id) => {
          const entry = entries?.[id];
          const earlier = earlierEntries?.[id];
          const isSelected = selected === id;
          const lines = labelLines(display(`areas.${id}.label`));
          const fontSize = labelFontSize(lines);
          const at = labelPoint(id, rtl);
          const marker = notesMarkerPoint(id, rtl);
          return (
            <g
              key={id}
              ref={(node) => {
                if (node) refs.current.set(id, node);
                else refs.current.delete(id);
              }}
              data-area={id}
              role="button"
              tabIndex={id === focusable ? 0 : -1}
              aria-pressed={isSelected}
              aria-label={describe(id)}
              className={`wheel-area wheel-area-${id}${isSelected ? ' is-selected' : ''}`}
              onClick={() => onSelect?.(id)}
              onKeyDown={(event) => onKeyDown(event, id)}
            >
              <path d={sectorPath(id, rtl)} className="wheel-sector" />
              {perspectives.map((p) => {
                const rating = entry?.ratings[p];
                return rating ? (
                  <path key={p} d={perspectiveWedge(id, p, rating, rtl, perspectives)} fill={`url(#${patternId(prefix, p)})`} className={`wheel-rating wheel-rating-${p}`} />
                ) : null;
              })}
              {perspectives.map((p) => {
                const rating = earlier?.ratings[p];
                return rating ? (
                  <path key={`earlier-${p}`} d={perspectiveWedge(id, p, rating, rtl, perspectives)} className="wheel-earlier" />
                ) : null;
              })}
              <text x={at.x} y={at.y} fontSize={fontSize} className="wheel-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                {lines.map((line, index) => (
                  <tspan key={line} x={at.x} dy={index === 0 ? (lines.length - 1) * -0.55 + 'em' : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
              {entry && hasNotes(entry) ? <circle cx={marker.x} cy={marker.y} r="5" className="wheel-notes-marker" aria-hidden="true" /> : null}
            </g>
          );
        })}
        <circle cx={CENTRE} cy={CENTRE} r={HUB_RADIUS} className="wheel-hub" aria-hidden="true" />
        <text x={CENTRE} y={CENTRE} className="wheel-hub-label" textAnchor="middle" dominantBaseline="central" aria-hidden="true">
          {display('centre')}
        </text>
      </svg>
    </div>
  );
}
