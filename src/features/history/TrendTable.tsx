import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../domain/model';
import { PERSPECTIVES, type AreaId } from '../../domain/wheel';
import { formatDate } from '../../i18n/format';

/** The trend of one area as a real table: one row per conversation that rated it, oldest first. */
export function TrendTable({ areaId, conversations }: { areaId: AreaId; conversations: readonly Conversation[] }) {
  const { t, i18n } = useTranslation(['history', 'wheel']);
  const rows = conversations.filter((c) => PERSPECTIVES.some((p) => c.entries[areaId]?.ratings[p] !== undefined));
  return (
    <table className="trend-table" data-area-table={areaId}>
      <caption>{t('history:trend.tableCaption', { area: t(`wheel:areas.${areaId}.label`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history:trend.date')}</th>
          {PERSPECTIVES.map((p) => (
            <th key={p} scope="col">
              {t(`wheel:perspectives.${p}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">{formatDate(c.date, i18n.language, 'medium')}</th>
            {PERSPECTIVES.map((p) => {
              const rating = c.entries[areaId]?.ratings[p];
              return (
                <td key={p} data-perspective={p}>
                  {rating === undefined ? (
                    <>
                      <span aria-hidden="true">{'–'}</span>
                      <span className="sr-only">{t('wheel:scale.none')}</span>
                    </>
                  ) : (
                    t('history:trend.rating', { rating, word: t(`wheel:scale.${rating}`) })
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
