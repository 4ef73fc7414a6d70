import { PERSPECTIVES, type Perspective } from '../../domain/wheel';
import type { RatingPoint } from '../../domain/changes';
import { TREND_DASH, TREND_HEIGHT, TREND_LEFT, TREND_RIGHT, TREND_WIDTH, markerPath, trendX, trendY } from './trendGeometry';

interface TrendChartProps {
  /** Per perspective, its ratings oldest first. */
  series: Partial<Record<Perspective, RatingPoint[]>>;
  /** Every conversation of the child, oldest first: one position on the time axis each. */
  conversationIds: readonly string[];
  rtl: boolean;
}

/** A small line chart of one area's ratings. Hidden from screen readers: TrendTable says the same in words. */
export function TrendChart({ series, conversationIds, rtl }: TrendChartProps) {
  const position = new Map(conversationIds.map((id, index) => [id, index]));
  const count = conversationIds.length;
  const at = (point: RatingPoint) => ({ x: trendX(position.get(point.conversationId) ?? 0, count, rtl), y: trendY(point.rating) });
  return (
    <svg className="trend-chart" viewBox={`0 0 ${TREND_WIDTH} ${TREND_HEIGHT}`} aria-hidden="true" focusable="false">
      {[1, 2, 3, 4, 5].map((level) => (
        <g key={level}>
          <line x1={TREND_LEFT} x2={TREND_WIDTH - TREND_RIGHT} y1={trendY(level)} y2={trendY(level)} className="trend-grid" />
          <text x={TREND_LEFT - 8} y={trendY(level)} className="trend-axis" textAnchor="end" dominantBaseline="central">
            {level}
          </text>
        </g>
      ))}
      {PERSPECTIVES.map((p) => {
        const points = (series[p] ?? []).map(at);
        if (points.length === 0) return null;
        return (
          <g key={p} className={`trend-series trend-${p}`} data-perspective={p}>
            {points.length > 1 ? (
              <polyline points={points.map(({ x, y }) => `${x},${y}`).join(' ')} className="trend-line" strokeDasharray={TREND_DASH[p]} />
            ) : null}
            {points.map(({ x, y }, index) => (
              <path key={index} d={markerPath(p, x, y)} className="trend-marker" />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
