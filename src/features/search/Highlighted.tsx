import type { SearchHit } from '../../domain/search';

/** The snippet with the matched words in <mark> (announced as highlighted; also bold, not colour only). */
export function Highlighted({ snippet, highlights }: Pick<SearchHit, 'snippet' | 'highlights'>) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  highlights.forEach((h, index) => {
    if (h.start > at) parts.push(snippet.slice(at, h.start));
    parts.push(<mark key={index}>{snippet.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  if (at < snippet.length) parts.push(snippet.slice(at));
  return <bdi className="search-snippet">{parts}</bdi>;
}
