import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSPECTIVES, type Perspective } from '../../domain/wheel';
import { WheelPatterns, patternId } from './WheelPatterns';

/** Explains the fills: one pattern per perspective, plus the notes marker. */
// Memoised: selecting another area re-renders the conversation, and this part does not depend on it.
export const WheelLegend = memo(function WheelLegend({
  perspectives = PERSPECTIVES,
  showEarlier = false,
  language,
}: {
  perspectives?: readonly Perspective[];
  showEarlier?: boolean;
  /** The wheel's language when it is not the UI language (the family view). */
  language?: string;
}) {
  const { t: uiT, i18n } = useTranslation(['wheel', 'common']);
  const t = language ? i18n.getFixedT(language, ['wheel', 'common']) : uiT;
  const prefix = useId().replace(/:/g, '');
  return (
    <ul className="wheel-legend">
      {perspectives.map((p) => (
        <li key={p}>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <WheelPatterns prefix={prefix} />
            <rect x="1" y="1" width="18" height="18" fill={`url(#${patternId(prefix, p)})`} className="wheel-legend-swatch" />
          </svg>
          {t(`perspectives.${p}`)}
        </li>
      ))}
      {showEarlier ? (
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="2" y="2" width="16" height="16" className="wheel-earlier" />
          </svg>
          {t('common:wheelUi.earlierLegend')}
        </li>
      ) : null}
      <li>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="5" className="wheel-notes-marker" />
        </svg>
        {t('common:wheelUi.notesLegend')}
      </li>
    </ul>
  );
});
