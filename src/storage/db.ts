import Dexie, { type Table } from 'dexie';
import type { StoredChild, StoredConversation } from './codec';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The one IndexedDB database. Versions are numbered and only ever added:
 * each new version gets an upgrade function and a test against a database written by the older one.
 */
export class HjuletDatabase extends Dexie {
  children!: Table<StoredChild, string>;
  conversations!: Table<StoredConversation, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = 'hjulet') {
    // No shared query cache: with it (Dexie's default 'cloned'), every live read is deep-cloned and the
    // raw rows are kept as well; reading 10 000 conversations for the home screen then cost ~0.25 s of
    // cloning, twice the memory and a lot of garbage on a cheap phone. Live queries still re-run on changes.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      children: 'id, updatedAt',
      conversations: 'id, childId, date, [childId+date], followUpDate, updatedAt',
      settings: 'key',
    });
  }
}

let instance: HjuletDatabase | undefined;

export function db(): HjuletDatabase {
  instance ??= new HjuletDatabase();
  return instance;
}

/** For tests: use a fresh database under another name. */
export function useDatabase(database: HjuletDatabase): void {
  instance = database;
}
