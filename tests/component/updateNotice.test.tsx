// The update notice and its rules, with the service worker registration faked: a waiting version is
// offered; "Update now" saves edits first and, when saving fails (full disk), does not update but says
// why and keeps the text; "Later" hides the notice until the user comes back to the app.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { registerServiceWorker, useUpdateStore } from '../../src/app/serviceWorker';
import { UpdateNotice } from '../../src/app/UpdateNotice';
import { useConversationUi } from '../../src/features/conversation/conversationUiStore';
import { registerFlusher } from '../../src/storage';
import { renderWithI18n } from './renderWithI18n';

const sw = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  updateSW: vi.fn(async (_reload?: boolean) => undefined),
}));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    sw.options = options;
    return sw.updateSW;
  },
}));

const waiting = { state: 'installed' };
const registration = { update: vi.fn(async () => undefined), waiting: waiting as unknown };

beforeAll(async () => {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: { state: 'activated' }, addEventListener: vi.fn() },
  });
  await registerServiceWorker();
  sw.options?.onRegisteredSW?.('sw.js', registration as unknown as ServiceWorkerRegistration);
});

afterEach(() => {
  useUpdateStore.setState({ phase: 'none', dismissed: false });
  useConversationUi.setState({ saveState: 'idle', saveError: undefined });
  sw.updateSW.mockClear();
});

describe('UpdateNotice', () => {
  it('shows nothing until a new version waits, then offers it', async () => {
    await renderWithI18n(<UpdateNotice />, 'sv');
    expect(screen.queryByTestId('update-notice')).toBeNull();
    act(() => sw.options?.onNeedRefresh?.());
    const notice = screen.getByTestId('update-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('En ny version är klar.');
    expect(screen.getByTestId('update-now').textContent).toBe('Uppdatera nu');
    expect(document.documentElement.dataset.build).toBe('local');
  });

  it('saves edits before updating, and does not update when saving fails', async () => {
    let diskFull = true;
    const unregister = registerFlusher(async () => {
      useConversationUi.getState().setSaveState(diskFull ? 'error' : 'saved', diskFull ? 'quota' : undefined);
    });
    try {
      await renderWithI18n(<UpdateNotice />, 'en');
      act(() => sw.options?.onNeedRefresh?.());
      await userEvent.click(screen.getByTestId('update-now'));
      const notice = screen.getByTestId('update-notice');
      expect(notice.getAttribute('data-phase')).toBe('blocked');
      expect(notice.textContent).toContain('Your text could not be saved, so the update waits.');
      expect(screen.getByRole('link', { name: 'Go to backup' }).getAttribute('href')).toBe('#/settings');
      expect(sw.updateSW).not.toHaveBeenCalled();

      diskFull = false;
      await userEvent.click(screen.getByTestId('update-now'));
      expect(sw.updateSW).toHaveBeenCalledWith(true);
      expect(screen.getByTestId('update-notice').getAttribute('data-phase')).toBe('applying');
      expect(screen.getByTestId('update-now').hasAttribute('disabled')).toBe(true);
    } finally {
      unregister();
    }
  });

  it('"Later" hides the notice until the user comes back to the app', async () => {
    await renderWithI18n(<UpdateNotice />, 'en');
    act(() => sw.options?.onNeedRefresh?.());
    await userEvent.click(screen.getByTestId('update-later'));
    expect(screen.queryByTestId('update-notice')).toBeNull();
    expect(sw.updateSW).not.toHaveBeenCalled();
    registration.update.mockClear();
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(registration.update).toHaveBeenCalled();
    expect(screen.getByTestId('update-notice').getAttribute('data-phase')).toBe('ready');
  });
});
