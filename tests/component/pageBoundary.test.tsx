// A page that fails stays that page's problem: a translated message, what was pending written first, a
// reload button; a chunk that could not be loaded (after an update in another window) says so.
import { Suspense, use } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageBoundary, isChunkLoadError } from '../../src/app/PageBoundary';
import { registerFlusher } from '../../src/storage';
import { renderWithI18n } from './renderWithI18n';

function Throws(): never {
  throw new Error('render failed');
}

const chunkError = new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/ChildPage-abc.js');
// As pages.ts marks a settled import, so that use() throws its reason at once.
const neverLoads = Object.assign(Promise.reject(chunkError), { status: 'rejected' as const, reason: chunkError });
neverLoads.catch(() => undefined);

/** As the shell loads a page: use() of the chunk's import, which rejects. */
function LazyChild() {
  use(neverLoads);
  return <p>never</p>;
}

let reload: ReturnType<typeof vi.fn>;
let written: string[];
let unregister: () => void;

beforeEach(() => {
  written = [];
  unregister = registerFlusher(async () => {
    written.push('flushed');
  });
  reload = vi.fn();
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  unregister();
  vi.restoreAllMocks();
});

describe('PageBoundary', () => {
  it('shows a translated message for a page that throws, writes what is pending, and reloads on request', async () => {
    await renderWithI18n(
      <>
        <p>header</p>
        <PageBoundary resetKey="#/child/a">
          <Throws />
        </PageBoundary>
      </>,
      'sv',
    );
    const alert = screen.getByTestId('page-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.dataset.kind).toBe('page');
    expect(alert.textContent).toContain('Sidan kunde inte visas');
    expect(alert.textContent).not.toContain('render failed');
    // The rest of the app is still there.
    expect(screen.getByText('header')).toBeTruthy();
    await waitFor(() => expect(written).toEqual(['flushed']));
    await userEvent.click(screen.getByTestId('page-error-reload'));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(written).toEqual(['flushed', 'flushed']);
  });

  it('offers the reload into the new version when a page chunk fails to load', async () => {
    await renderWithI18n(
      <PageBoundary resetKey="#/child/a">
        <Suspense fallback={<p>loading</p>}>
          <LazyChild />
        </Suspense>
      </PageBoundary>,
      'en',
    );
    const alert = await screen.findByTestId('page-error');
    expect(alert.dataset.kind).toBe('chunk');
    expect(alert.textContent).toContain('Hjulet has been updated');
    expect(screen.getByTestId('page-error-reload').textContent).toBe('Reload');
  });

  it('forgets the error when the user goes to another page', async () => {
    const view = await renderWithI18n(
      <PageBoundary resetKey="#/child/a">
        <Throws />
      </PageBoundary>,
      'sv',
    );
    expect(screen.getByTestId('page-error')).toBeTruthy();
    view.rerender(
      <PageBoundary resetKey="#/settings">
        <p>settings page</p>
      </PageBoundary>,
    );
    expect(screen.queryByTestId('page-error')).toBeNull();
    expect(screen.getByText('settings page')).toBeTruthy();
  });

  it('tells chunk failures of every engine from other errors', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: x.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('render failed'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
