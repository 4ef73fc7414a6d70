// For readers that need not load Dexie while the device has no database (a first visit; a family's phone
// at the QR code's wheel): what they would read is known to be empty until the database appears.
import { databaseRequested } from './database';
import { databaseExists } from './peek';

/**
 * Resolves once the database exists: at once if it does, when this tab first asks for it, or when the
 * page is shown again and another tab has made it meanwhile (switching tabs is how a user gets there).
 */
export function whenDatabaseExists(): Promise<void> {
  // Without a document (a worker; a test's page already torn down) only this tab's own request can tell.
  if (typeof document === 'undefined') return databaseRequested;
  const page = document;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      page.removeEventListener('visibilitychange', check);
      resolve();
    };
    const check = () => {
      if (page.visibilityState === 'visible') void databaseExists().then((exists) => exists && finish());
    };
    page.addEventListener('visibilitychange', check);
    void databaseRequested.then(finish);
    void databaseExists().then((exists) => exists && finish());
  });
}
