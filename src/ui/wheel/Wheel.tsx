import { memo, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaEntry } from '../../domain/model';
import { hasNotes } from '../../domain/ratings';
import { AREA_IDS, PERSPECTIVES, stepArea, type AreaId, type Perspective } from '../../domain/wheel';
import { WheelDrawing, wheelScene, type AreaProps } from './WheelDrawing';

export interface WheelProps {
  entries?: Record<AreaId, AreaEntry>;
  /** Ratings of an earlier conversation, drawn as outlines for comparison. */
  earlierEntries?: Record<AreaId, AreaEntry>;
  selected?: AreaId;
  onSelect?: (id: AreaId) => void;
  perspectives?: readonly Perspective[];
  /**
   * Language of the whole wheel, when it is not the UI language (the family's, in the family view): labels,
   * accessible names (which contain the label as shown, WCAG 2.5.3) and direction all follow it.
   */
  displayLanguage?: string;
  /** The child-sized wheel of the child's turn: bigger pictures, same contract. */
  childSized?: boolean;
}

// Memoised: a page's render that changes neither the ratings nor the selection skips the wheel (with a stable
// onSelect from the page).
export const Wheel = memo(function Wheel({
  entries,
  earlierEntries,
  selected,
  onSelect,
  perspectives = PERSPECTIVES,
  displayLanguage,
  childSized = false,
}: WheelProps) {
  const { t: uiT, i18n } = useTranslation(['wheel', 'common']);
  const t = displayLanguage ? i18n.getFixedT(displayLanguage, ['wheel', 'common']) : uiT;
  // Mirrored exactly when the wheel's own language runs right to left, wherever it is shown.
  const rtl = i18n.dir(displayLanguage ?? i18n.language) === 'rtl';
  const prefix = useId().replace(/:/g, '');
  const refs = useRef(new Map<AreaId, SVGGElement>());
  const focusable = selected ?? AREA_IDS[0];

  function describe(id: AreaId): string {
    const label = t(`areas.${id}.label`);
    const entry = entries?.[id];
    if (!entry) return label;
    const parts = perspectives.flatMap((p) => {
      const rating = entry.ratings[p];
      return rating === undefined ? [] : [t('common:wheelUi.ratingFor', { perspective: t(`perspectives.${p}`), rating, word: t(`scale.${rating}`) })];
    });
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

  // The scene only changes with the texts, the ratings or the layout, never with the selection: kept, so
  // that selecting an area redraws none of the marks (WheelDrawing's AreaMarks).
  const labels = AREA_IDS.map((id) => t(`areas.${id}.label`));
  const labelsKey = labels.join('\u0000');
  const centre = t('centre');
  const scene = useMemo(
    () =>
      wheelScene({
        labels: Object.fromEntries(AREA_IDS.map((id, index) => [id, labels[index]])) as Record<AreaId, string>,
        centre,
        entries,
        earlierEntries,
        perspectives,
        rtl,
        childSized,
      }),
    // `labels` is what `labelsKey` says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [labelsKey, centre, entries, earlierEntries, perspectives, rtl, childSized],
  );

  return (
    <div className={childSized ? 'wheel wheel-child' : 'wheel'} data-testid="wheel">
      <WheelDrawing
        scene={scene}
        prefix={prefix}
        svgProps={{ role: 'group', 'aria-label': t('common:wheelUi.name'), className: 'wheel-svg' }}
        areaProps={(id) => {
          const isSelected = selected === id;
          return {
            ref: (node: SVGGElement | null) => {
              if (node) refs.current.set(id, node);
              else refs.current.delete(id);
            },
            'data-area': id,
            role: 'button',
            tabIndex: id === focusable ? 0 : -1,
            'aria-pressed': isSelected,
            'aria-label': describe(id),
            className: `wheel-area wheel-area-${id}${isSelected ? ' is-selected' : ''}`,
            onClick: () => onSelect?.(id),
            onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(event, id),
          } as AreaProps;
        }}
      />
    </div>
  );
});
