// The update notice is never shown over the child's turn (a bare page); back in the app it is offered.
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { useUpdateStore } from '../../src/app/serviceWorker';
import { renderWithI18n } from './renderWithI18n';

vi.mock('virtual:pwa-register', () => ({ registerSW: () => async () => undefined }));

afterEach(() => {
  useUpdateStore.setState({ phase: 'none', dismissed: false });
  window.location.hash = '';
});

describe('the update notice and the child’s turn', () => {
  it('stays away while the child’s turn is open and comes back after it', async () => {
    window.location.hash = '#/child-turn/some-conversation';
    useUpdateStore.setState({ phase: 'ready', dismissed: false });
    await renderWithI18n(<App />, 'sv');
    expect(screen.queryByTestId('update-notice')).toBeNull();
    await act(async () => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByTestId('update-notice')).toBeTruthy();
  });
});
