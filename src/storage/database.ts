// Dexie is a fifth of the start page's code, and the first screen does not need it: storage/peek.ts reads
// what a start needs with the browser's own IndexedDB API. So the database (and Dexie with it) is loaded
// on demand, the first time a repository asks for it here; every storage module but db.ts goes through this.
import type { HjuletDatabase } from './db';

let loading: Promise<typeof import('./db')> | undefined;
let requested: () => void = () => undefined;
/** Resolves the first time anything in this tab asks for the database (which then exists). */
export const databaseRequested = new Promise<void>((resolve) => (requested = resolve));

/** The database, loading its code on the first call. Promise.resolve keeps Dexie's live-query tracking. */
export function getDatabase(): Promise<HjuletDatabase> {
  requested();
  loading ??= import('./db');
  return Promise.resolve(loading.then((module) => module.db()));
}
