// The app creates its database a moment after the first paint (Dexie loads on demand). A test that opened
// "hjulet" before that would create an empty database without stores, and its transaction would fail.
// Tests that write IndexedDB directly wait here until the app's stores are there.
import type { Page } from 'playwright-core';

/** Resolves once the app has created its database with its stores (Dexie's version 2 is IndexedDB's 20). */
export async function waitForAppDatabase(page: Page, minVersion = 20): Promise<void> {
  // A loop here rather than page.waitForFunction, which takes the promise an async predicate returns for a
  // truthy answer and so would not wait at all.
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(appDatabaseReady, minVersion))) {
    if (Date.now() > deadline) throw new Error('the app did not create its database within 30 s');
    await page.waitForTimeout(50);
  }
}

async function appDatabaseReady(min: number): Promise<boolean> {
  const dbs = await indexedDB.databases();
  // Never open a database that is not listed: that would create it, empty.
  if (!dbs.some((d) => d.name === 'hjulet' && (d.version ?? 0) >= min)) return false;
  const database = await new Promise<IDBDatabase | undefined>((resolve) => {
    const request = indexedDB.open('hjulet');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
  });
  if (!database) return false;
  const ready = database.objectStoreNames.contains('children') && database.objectStoreNames.contains('conversations');
  database.close();
  return ready;
}
