import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../domain/search';
import { listAllConversations, listChildren, useLive } from '../../storage';
import { SEARCH_LIMIT, searchEngine } from './searchEngine';
import { useSearchStore } from './searchStore';
import { SearchResultItem } from './SearchResultItem';

/** Search across aliases and every note, on this device only. Results follow the typing, newest query wins. */
export function SearchPage() {
  const { t } = useTranslation('history');
  const id = useId();
  const query = useSearchStore((s) => s.query);
  const setQuery = useSearchStore((s) => s.setQuery);
  const data = useLive(async () => ({ children: await listChildren(), conversations: await listAllConversations() }), []);
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<{ text: string; hits: SearchHit[] } | undefined>();

  // Index what is stored; again whenever it changes. The engine skips records it already has.
  useEffect(() => {
    if (!data) return;
    const engine = searchEngine();
    engine.load(data.children, data.conversations);
    let current = true;
    void engine.whenReady().then(() => {
      if (current) setReady(true);
    });
    return () => {
      current = false;
    };
  }, [data]);

  // Sent right after the load above, so it is answered from the fresh index. An answer to an older query is dropped.
  useEffect(() => {
    const text = query.trim();
    if (!data || text === '') return;
    let current = true;
    void searchEngine()
      .query(text)
      .then((hits) => {
        if (current) setResults({ text, hits });
      });
    return () => {
      current = false;
    };
  }, [query, data]);

  const aliasOf = new Map(data?.children.map((c) => [c.id, c.alias]) ?? []);
  const text = query.trim();
  const shown = text !== '' && results ? results : undefined;
  const busy = text !== '' && results?.text !== text;

  let status = '';
  if (text === '') status = t('search.empty');
  else if (!ready && !shown) status = t('search.preparing');
  else if (shown && !busy) {
    status =
      shown.hits.length === 0
        ? t('search.noHits')
        : shown.hits.length >= SEARCH_LIMIT
          ? t('search.manyHits', { limit: shown.hits.length })
          : t('search.hits', { count: shown.hits.length });
  }

  return (
    <div className="search-page" data-index={ready ? 'ready' : 'building'}>
      <h1>{t('search.title')}</h1>
      <p className="muted">{t('search.intro')}</p>
      <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()} aria-label={t('search.boxLabel')}>
        <label htmlFor={id}>{t('search.label')}</label>
        <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" data-testid="search-input" />
      </form>
      <p role="status" className="search-status" data-testid="search-status">
        {status}
      </p>
      {shown ? (
        <ol className="search-results" data-testid="search-results" data-results-for={shown.text} aria-busy={busy}>
          {shown.hits.map((hit) => (
            <SearchResultItem
              key={`${hit.conversationId ?? hit.childId}/${hit.field}/${hit.areaId ?? ''}/${hit.actionId ?? ''}`}
              hit={hit}
              alias={aliasOf.get(hit.childId) ?? ''}
            />
          ))}
        </ol>
      ) : null}
    </div>
  );
}
