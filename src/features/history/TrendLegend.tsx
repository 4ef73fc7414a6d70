import { useTranslation } from 'react-i18next';
import { PERSPECTIVES } from '../../domain/wheel';
import { TREND_DASH, markerPath } from './trendGeometry';

/** Which line is whose: a line sample with its marker shape, and the perspective in words. */
export function TrendLegend() {
  const { t } = useTranslation('wheel');
  return (
    <ul className="trend-legend">
      {PERSPECTIVES.map((p) => (
        <li key={p}>
          <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false" className={`trend-${p}`}>
            <line x1="2" x2="38" y1="8" y2="8" className="trend-line" strokeDasharray={TREND_DASH[p]} />
            <path d={markerPath(p, 20, 8)} className="trend-marker" />
          </svg>
          {t(`perspectives.${p}`)}
        </li>
      ))}
    </ul>
  );
}
