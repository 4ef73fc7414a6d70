// Steps and probes shared by the lock and privacy e2e tests (labels are Swedish, the default).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForAppDatabase } from './helpers/appDatabase';
import { readDatabaseInPage } from './helpers/indexedDbDump';

/** Turns the lock on from whatever form is on screen (settings or the first-run note). */
export async function fillTurnOnForm(page: Page, passphrase: string): Promise<void> {
  const form = page.locator('[data-testid="turn-on-lock"]');
  await form.locator('[data-testid="new-passphrase"]').fill(passphrase);
  await form.locator('[data-testid="repeat-passphrase"]').fill(passphrase);
  await form.getByLabel('Jag förstår att ingen kan ta fram anteckningarna om jag glömmer lösenfrasen.').check();
  await form.getByRole('button', { name: 'Slå på låset' }).click();
}

export async function turnOnLockInSettings(page: Page, passphrase: string): Promise<void> {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.locator('[data-testid="lock-settings"][data-lock="off"]').waitFor();
  await fillTurnOnForm(page, passphrase);
  await page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 30_000 });
}

export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.locator('[data-testid="unlock-passphrase"]').fill(passphrase);
  await page.locator('[data-testid="unlock-submit"]').click();
  await page.locator('[data-testid="lock-screen"]').waitFor({ state: 'detached', timeout: 30_000 });
}

/** Everything in the app's IndexedDB database, every store and row, as one JSON string. */
export async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(readDatabaseInPage);
}

export interface DbRows {
  children: Array<Record<string, unknown>>;
  conversations: Array<Record<string, unknown>>;
  settings: Array<{ key: string; value: unknown }>;
}

export async function readRows(page: Page): Promise<DbRows> {
  return JSON.parse(await dumpIndexedDb(page)) as DbRows;
}

/**
 * Writes children and conversations straight into IndexedDB in clear (as the app does with the lock
 * off), for tests that need many records or old dates, once the app has created its database.
 */
export async function seedClear(
  page: Page,
  children: Array<{ id: string; alias: string; createdAt?: string }>,
  conversations: Array<{ id: string; childId: string; date: string; notes: string }>,
): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(
    async ({ children, conversations }) => {
      const at = new Date().toISOString();
      const entry = { ratings: {}, goingWell: '', worries: '', nextSteps: '' };
      const areas = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('hjulet');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(['children', 'conversations'], 'readwrite');
        for (const c of children) {
          tx.objectStore('children').put({ id: c.id, alias: c.alias, languages: ['sv'], network: [], createdAt: c.createdAt ?? at, updatedAt: at });
        }
        for (const c of conversations) {
          tx.objectStore('conversations').put({
            id: c.id,
            childId: c.childId,
            date: c.date,
            setting: 'school',
            participants: [{ role: 'child' }],
            uiLanguage: 'sv',
            entries: Object.fromEntries(areas.map((a) => [a, { ...entry, goingWell: `${c.notes} (${a})` }])),
            notes: c.notes,
            actions: [],
            status: 'draft',
            createdAt: at,
            updatedAt: at,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { children, conversations },
  );
}

/** Fails with the first of `texts` found in `haystack`, naming it. */
export function expectNoneOf(haystack: string, texts: readonly string[], where: string): void {
  const found = texts.filter((text) => haystack.includes(text));
  expect(found, `found in ${where}`).toEqual([]);
}

/** All text and attribute values in the document, form values included. */
export async function everythingOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input, textarea, select')).map((el) => (el as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${values.join('\n')}\n${document.title}\n${location.href}`;
  });
}
