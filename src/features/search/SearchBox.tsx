import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation';
import { useSearchStore } from './searchStore';

// The search engine (index code, worker) loads only when someone starts to search: not in the first load.
const warmUpSearch = () => void import('./searchEngine').then((m) => m.warmUpSearch());

/** A search field that opens the results page with the words typed (passed in memory, not in the URL). */
export function SearchBox() {
  const { t } = useTranslation('history');
  const id = useId();
  const setQuery = useSearchStore((s) => s.setQuery);
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(text);
    navigate({ name: 'search' });
  }

  return (
    <form className="search-box" role="search" onSubmit={submit} aria-label={t('search.boxLabel')}>
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="search-row">
        <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} onFocus={warmUpSearch} autoComplete="off" />
        <button type="submit">{t('search.submit')}</button>
      </div>
    </form>
  );
}
