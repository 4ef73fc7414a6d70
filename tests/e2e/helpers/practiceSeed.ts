// Records for the practice e2e tests, written straight into IndexedDB (lock off) after the app has
// created its database: children with a network, conversations with ratings, notes and actions.
import type { Page } from 'playwright-core';
import { waitForAppDatabase } from './appDatabase';
import { readDatabaseInPage } from './indexedDbDump';

export const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'] as const;

export interface SeedChild {
  id: string;
  alias: string;
  network?: Array<{ id: string; role: string; name?: string; coordinator: boolean }>;
}

export type SeedConversation = { id: string; childId: string; date: string } & Record<string, unknown>;

/** Opens the app once and waits until it has created its database, writes the records, and dismisses the first-run note. */
export async function seedPractice(page: Page, url: string, children: SeedChild[], conversations: SeedConversation[]): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="first-run"]').waitFor();
  await waitForAppDatabase(page);
  await page.evaluate(
    async ({ children, conversations, areas }) => {
      const at = new Date().toISOString();
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('hjulet');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(['children', 'conversations'], 'readwrite');
        for (const c of children) tx.objectStore('children').put({ languages: ['sv'], network: [], createdAt: at, updatedAt: at, ...c });
        for (const c of conversations) {
          const entries = Object.fromEntries(areas.map((a) => [a, { ratings: {}, goingWell: '', worries: '', nextSteps: '' }]));
          tx.objectStore('conversations').put({
            setting: 'school',
            participants: [{ role: 'child' }, { role: 'guardian', name: 'mamma' }],
            uiLanguage: 'sv',
            notes: '',
            actions: [],
            status: 'draft',
            createdAt: `${c.date}T09:00:00.000Z`,
            updatedAt: at,
            ...c,
            entries: { ...entries, ...((c.entries as object | undefined) ?? {}) },
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { children, conversations, areas: [...AREAS] },
  );
  await page.locator('[data-testid="first-run-dismiss"]').click();
}

/** The stored conversation as it is in IndexedDB (lock off). */
export async function storedConversation(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  const stores = JSON.parse(await page.evaluate(readDatabaseInPage)) as { conversations: Array<Record<string, unknown>> };
  return stores.conversations.find((row) => row.id === id);
}

/** How many children the device holds. */
export async function storedChildCount(page: Page): Promise<number> {
  return (JSON.parse(await page.evaluate(readDatabaseInPage)) as { children: unknown[] }).children.length;
}
