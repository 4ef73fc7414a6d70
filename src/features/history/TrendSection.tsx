import { useTranslation } from 'react-i18next';
import { compareConversations, ratingSeries, type RatingPoint } from '../../domain/changes';
import type { Conversation } from '../../domain/model';
import { AREA_IDS, PERSPECTIVES, type Perspective } from '../../domain/wheel';
import { formatDate } from '../../i18n/format';
import { TrendChart } from './TrendChart';
import { TrendLegend } from './TrendLegend';
import { TrendTable } from './TrendTable';

/** For each area, a small chart of its ratings across all of the child's conversations, and the same as a table. */
export function TrendSection({ conversations }: { conversations: readonly Conversation[] }) {
  const { t, i18n } = useTranslation(['history', 'wheel']);
  const ordered = [...conversations].sort(compareConversations);
  const ids = ordered.map((c) => c.id);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  const rtl = i18n.dir() === 'rtl';

  return (
    <section className="trend" aria-labelledby="trend-heading" data-testid="trend">
      <h2 id="trend-heading">{t('history:trend.heading')}</h2>
      <p className="muted">
        {ordered.length === 1
          ? t('history:trend.one', { date: formatDate(first.date, i18n.language, 'medium') })
          : t('history:trend.span', {
              count: ordered.length,
              from: formatDate(first.date, i18n.language, 'medium'),
              to: formatDate(last.date, i18n.language, 'medium'),
            })}
      </p>
      <TrendLegend />
      <ul className="trend-grid-list">
        {AREA_IDS.map((areaId) => {
          const series: Partial<Record<Perspective, RatingPoint[]>> = {};
          for (const p of PERSPECTIVES) series[p] = ratingSeries(ordered, areaId, p);
          const rated = PERSPECTIVES.some((p) => (series[p]?.length ?? 0) > 0);
          return (
            <li key={areaId} className="trend-area" data-trend-area={areaId}>
              <h3 id={`trend-${areaId}`}>{t(`wheel:areas.${areaId}.label`)}</h3>
              {rated ? (
                <>
                  <TrendChart series={series} conversationIds={ids} rtl={rtl} />
                  <details className="trend-details">
                    <summary>{t('history:trend.showTable', { area: t(`wheel:areas.${areaId}.label`) })}</summary>
                    <TrendTable areaId={areaId} conversations={ordered} />
                  </details>
                </>
              ) : (
                <p className="muted">{t('history:trend.noRatings')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
