// Settings tell plainly whether the browser promises to keep the data, how much is used, and what to
// do when it does not; asking for persistent storage shows the browser's answer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StorageStatus } from '../../src/features/settings/StorageStatus';
import { requestPersistentStorage, toMegabytes } from '../../src/features/settings/persistence';
import { renderWithI18n } from './renderWithI18n';

const MB = 1024 * 1024;

function fakeStorage(options: { persisted: boolean; grant?: boolean; usage?: number; quota?: number }) {
  let persisted = options.persisted;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      if (options.grant) persisted = true;
      return persisted;
    }),
    estimate: vi.fn(async () => ({ usage: options.usage, quota: options.quota })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('StorageStatus', () => {
  it('says storage is persistent and shows usage in the UI language', async () => {
    fakeStorage({ persisted: true, usage: 2.5 * MB, quota: 1024 * MB });
    await renderWithI18n(<StorageStatus />, 'sv');
    const persisted = await screen.findByTestId('storage-persisted');
    expect(persisted.getAttribute('data-persisted')).toBe('true');
    expect(persisted.textContent).toContain('Lagringen är beständig');
    // Swedish decimal comma and the quota's thousands.
    expect(screen.getByTestId('storage-usage').textContent).toMatch(/^Använt: 2,5 MB av 1\s?024 MB\.$/);
    expect(screen.queryByTestId('storage-ask')).toBeNull();
  });

  it('explains non-persistent storage with advice, and shows the browser saying no', async () => {
    const storage = fakeStorage({ persisted: false, grant: false, usage: 3000, quota: 500 * MB });
    await renderWithI18n(<StorageStatus />, 'en');
    expect((await screen.findByTestId('storage-persisted')).textContent).toContain('Storage is not persistent');
    expect(screen.getByText('Install the app on your home screen and make backups regularly.')).toBeTruthy();
    // A few kilobytes show as 0.1 MB, not as 0.
    expect(screen.getByTestId('storage-usage').textContent).toBe('Used: 0.1 MB of 500 MB.');
    await userEvent.click(screen.getByTestId('storage-ask'));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId('storage-denied')).textContent).toContain('The browser said no for now');
  });

  it('shows the new state when the browser grants persistence', async () => {
    fakeStorage({ persisted: false, grant: true, usage: MB, quota: 100 * MB });
    await renderWithI18n(<StorageStatus />, 'en');
    await userEvent.click(await screen.findByTestId('storage-ask'));
    await waitFor(() => expect(screen.getByTestId('storage-persisted').getAttribute('data-persisted')).toBe('true'));
    expect(screen.queryByTestId('storage-denied')).toBeNull();
  });

  it('says so when the browser has no storage API', async () => {
    await renderWithI18n(<StorageStatus />, 'en');
    const persisted = await screen.findByTestId('storage-persisted');
    expect(persisted.getAttribute('data-persisted')).toBe('unknown');
    expect(persisted.textContent).toBe('This browser does not say whether storage is persistent.');
    expect(screen.getByTestId('storage-usage').textContent).toBe('This browser does not show how much space is used.');
  });
});

describe('requestPersistentStorage', () => {
  it('does not ask again once storage is persistent', async () => {
    const storage = fakeStorage({ persisted: true });
    expect(await requestPersistentStorage()).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('returns the browser’s answer, or undefined without the API', async () => {
    fakeStorage({ persisted: false, grant: false });
    expect(await requestPersistentStorage()).toBe(false);
    Reflect.deleteProperty(navigator, 'storage');
    expect(await requestPersistentStorage()).toBeUndefined();
  });

  it('rounds megabytes to one decimal, never showing a few kilobytes as 0', () => {
    expect(toMegabytes(0)).toBe(0);
    expect(toMegabytes(2000)).toBe(0.1);
    expect(toMegabytes(2.54 * MB)).toBe(2.5);
  });
});
