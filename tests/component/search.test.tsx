// Issue 7: search across aliases and every note, on the device. Results name the child, date, area and
// field, highlight the words, and open the conversation at the matching area. The words stay out of the URL.
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchPage } from '../../src/features/search/SearchPage';
import { SearchBox } from '../../src/features/search/SearchBox';
import { routeOf } from '../../src/features/search/SearchResultItem';
import { useSearchStore } from '../../src/features/search/searchStore';
import { forgetSearchIndex } from '../../src/features/search/searchEngine';
import { conversationOf, createAction, createChild, freshDatabase, store } from './history-fixtures';
import { renderWithI18n } from './renderWithI18n';

const kim = createChild({ alias: 'Kim' });
const ada = createChild({ alias: 'Åda' });
const older = conversationOf(kim, '2025-02-01', {}, { notes: { safe: 'Rädd på skolgården vid klätterställningen' } });
const newer = conversationOf(
  kim,
  '2025-08-01',
  {},
  { notes: { included: 'Vill börja på fotboll' }, actions: [createAction({ what: 'Prata med tränaren om fotboll', who: 'Mentor' })] },
);
const adas = conversationOf(ada, '2025-05-01', {}, { notes: { active: 'Spelar fotboll varje vecka' } });

beforeEach(async () => {
  freshDatabase();
  forgetSearchIndex();
  useSearchStore.setState({ query: '' });
  window.location.hash = '#/search';
  await store(kim, [older, newer]);
  await store(ada, [adas]);
});

async function searchFor(text: string) {
  const user = userEvent.setup();
  await renderWithI18n(<SearchPage />, 'sv');
  await user.type(screen.getByLabelText('Sök på alias eller ord i anteckningarna'), text);
  await waitFor(() => expect(screen.getByTestId('search-results').dataset.resultsFor).toBe(text));
  return within(screen.getByTestId('search-results'));
}

describe('SearchPage', () => {
  it('finds a word inside a note, case and diacritics aside, and links to its conversation and area', async () => {
    const results = await searchFor('KLATTER');
    const items = results.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const link = within(items[0]!).getByRole('link');
    expect(link.getAttribute('href')).toBe(`#/conversation/${older.id}?area=safe`);
    expect(link.textContent).toBe('Kim1 feb. 2025 · Trygg · Det här oroar');
    expect(items[0]!.querySelector('mark')?.textContent).toBe('klätter');
    expect(screen.getByTestId('search-status').textContent).toBe('1 träff');
    // The words typed are not in the address.
    expect(window.location.hash).toBe('#/search');
  });

  it('ranks and labels hits across children, notes and actions', async () => {
    const results = await searchFor('fotboll');
    const hrefs = results.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`#/conversation/${newer.id}?area=included`, `#/conversation/${newer.id}`, `#/conversation/${adas.id}?area=active`]);
    expect(results.getAllByRole('link')[1]?.textContent).toBe('Kim1 aug. 2025 · Åtgärd');
    expect(screen.getByTestId('search-status').textContent).toBe('3 träffar');
  });

  it('narrows by alias and every word must match', async () => {
    const results = await searchFor('ada fotboll');
    expect(results.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([`#/conversation/${adas.id}?area=active`]);
  });

  it('says so when nothing matches', async () => {
    await searchFor('simning');
    expect(screen.getByTestId('search-status').textContent).toBe('Inga träffar.');
    expect(screen.getByTestId('search-results').children).toHaveLength(0);
  });

  it('opens a hit on an alias at the child page', () => {
    expect(routeOf({ childId: 'c1', field: 'alias', snippet: 'Kim', highlights: [] })).toEqual({ name: 'child', childId: 'c1' });
  });
});

describe('SearchBox', () => {
  it('passes the words to the results page in memory, not in the URL', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/';
    await renderWithI18n(<SearchBox />, 'sv');
    await user.type(screen.getByLabelText('Sök på alias eller ord i anteckningarna'), 'klätter');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    expect(useSearchStore.getState().query).toBe('klätter');
    expect(window.location.hash).toBe('#/search');
  });
});
