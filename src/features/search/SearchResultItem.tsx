import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../domain/search';
import { hrefFor, type Route } from '../../navigation';
import { formatDate } from '../../i18n/format';
import { Bidi } from '../../ui/Bidi';
import { Highlighted } from './Highlighted';

/** Where a hit leads: its conversation opened at its area, the conversation, or the child's page. */
export function routeOf(hit: SearchHit): Route {
  if (hit.conversationId === undefined) return { name: 'child', childId: hit.childId };
  return hit.areaId
    ? { name: 'conversation', conversationId: hit.conversationId, areaId: hit.areaId }
    : { name: 'conversation', conversationId: hit.conversationId };
}

export function SearchResultItem({ hit, alias }: { hit: SearchHit; alias: string }) {
  const { t, i18n } = useTranslation(['history', 'wheel']);
  const where = [
    hit.date ? formatDate(hit.date, i18n.language, 'medium') : undefined,
    hit.areaId ? t(`wheel:areas.${hit.areaId}.label`) : undefined,
    t(`history:search.field.${hit.field}`),
  ].filter((part): part is string => part !== undefined);
  return (
    <li className="search-result" data-field={hit.field} data-area={hit.areaId}>
      <a href={hrefFor(routeOf(hit))} className="search-result-link">
        <span className="search-result-alias">
          <Bidi>{alias}</Bidi>
        </span>
        <span className="search-result-where">{where.join(' · ')}</span>
      </a>
      <p className="search-result-snippet">
        <Highlighted snippet={hit.snippet} highlights={hit.highlights} />
      </p>
    </li>
  );
}
