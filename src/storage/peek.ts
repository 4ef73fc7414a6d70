// What the first screen needs from the database (the lock state, two small settings, the wheel packs),
// read with the browser's IndexedDB API directly, so that the first paint need not wait for Dexie
// (storage/database.ts). Only reads; a database that does not exist yet is not created.
import { databaseNameInUse } from './names';

/**
 * The database if it exists, opened without creating it; undefined where there is none yet (or no
 * IndexedDB at all, as in some private modes). The caller closes it.
 */
function openExisting(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseNameInUse());
    } catch {
      resolve(undefined);
      return;
    }
    // No database yet: abort (which ends in onerror), so that this read creates none; Dexie creates it
    // with its versions later.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => resolve(request.result);
  });
}

/** The values of these rows of the settings table (missing rows are left out; no database: none). */
export async function peekSettings(keys: readonly string[]): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  const idb = await openExisting();
  if (!idb) return values;
  return new Promise((resolve) => {
    const done = () => {
      idb.close();
      resolve(values);
    };
    try {
      if (!idb.objectStoreNames.contains('settings')) return done();
      const tx = idb.transaction('settings', 'readonly');
      const store = tx.objectStore('settings');
      for (const key of keys) {
        const get = store.get(key);
        get.onsuccess = () => {
          const row = get.result as { value?: unknown } | undefined;
          if (row) values.set(key, row.value);
        };
      }
      tx.oncomplete = done;
      tx.onerror = done;
      tx.onabort = done;
    } catch {
      done();
    }
  });
}

/** Whether this device has the database yet, asked without creating it (and without Dexie). */
export async function databaseExists(): Promise<boolean> {
  const idb = await openExisting();
  idb?.close();
  return idb !== undefined;
}
