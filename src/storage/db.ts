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
    super(name);
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
