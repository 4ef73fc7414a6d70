// What the first screen needs from the database (the lock state, two small settings, the wheel packs),
// read with the browser's IndexedDB API directly, so that the first paint need not wait for Dexie
// (storage/database.ts). Only reads; a database that does not exist yet is not created.
import { databaseNameInUse } from './names';

/** The values of these rows of the settings table (missing rows are left out; no database: none). */
export function peekSettings(keys: readonly string[]): Promise<Map<string, unknown>> {
  return new Promise((resolve) => {
    const values = new Map<string, unknown>();
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseNameInUse());
    } catch {
      // No IndexedDB here (some private modes): nothing stored.
      resolve(values);
      return;
    }
    // No database yet: abort, so that this read creates none (Dexie creates it with its versions later).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(values);
    request.onsuccess = () => {
      const idb = request.result;
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
    };
  });
}

/** Whether this device has the database yet, asked without creating it (and without Dexie). */
export function databaseExists(): Promise<boolean> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseNameInUse());
    } catch {
      resolve(false);
      return;
    }
    // A new database would be made here: abort, which ends in onerror.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
  });
}
