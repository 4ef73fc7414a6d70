// What the app's IndexedDB database holds, read straight from IndexedDB (no app code): a page function for
// page.evaluate() in Playwright and in the engine driver layer alike (it uses nothing from outside itself).

/** Every store and row of the "hjulet" database as one JSON string. */
export async function readDatabaseInPage(): Promise<string> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('hjulet');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out: Record<string, unknown[]> = {};
  for (const name of Array.from(database.objectStoreNames)) {
    out[name] = await new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
  }
  database.close();
  return JSON.stringify(out);
}
