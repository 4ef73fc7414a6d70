import Dexie, { type Table } from 'dexie';
import { upgradeConversation } from '../domain/upgrade';
import type { StoredChild, StoredConversation } from './codec';
import { isSealedRow } from './encryptedCodec';
import { DATABASE_NAME, setDatabaseNameInUse } from './names';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A recorded reading of one of the app's texts (issue 13: a voice in every language); not child data. */
/** A recorded voice (storage/recordings.ts); the fields past `lang` need no index, so no new version. */
export interface RecordingRow {
  /** `${lang}|${band}|${key}` */
  id: string;
  lang: string;
  band?: string;
  key?: string;
  textHash?: string;
  mime?: string;
  audioHash?: string;
  audio?: ArrayBuffer;
  /** The audio's size, so the storage used is counted without reading the audio back. */
  bytes?: number;
  recordedAt?: string;
  [field: string]: unknown;
}

/**
 * The one IndexedDB database. Versions are numbered and only ever added:
 * each new version gets an upgrade function and a test against a database written by the older one.
 */
/** The database's name in the browser (the privacy description names it). */

export class HjuletDatabase extends Dexie {
  children!: Table<StoredChild, string>;
  conversations!: Table<StoredConversation, string>;
  settings!: Table<SettingRow, string>;
  recordings!: Table<RecordingRow, string>;

  constructor(name = DATABASE_NAME) {
    // No shared query cache: with it (Dexie's default 'cloned'), every live read is deep-cloned and the
    // raw rows are kept as well; reading 10 000 conversations for the home screen then cost ~0.25 s of
    // cloning, twice the memory and a lot of garbage on a cheap phone. Live queries still re-run on changes.
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      children: 'id, updatedAt',
      conversations: 'id, childId, date, [childId+date], followUpDate, updatedAt',
      settings: 'key',
    });
    // Version 2: the child's voice, consent, worries, transfer (new fields, no new index on them), the
    // recordings store, and who took part as version 2 records it. Sealed rows cannot be decrypted here:
    // the codec upgrades them as they are read (storage/encryptedCodec.ts).
    this.version(2)
      .stores({ recordings: 'id, lang' })
      .upgrade((tx) =>
        tx
          .table<StoredConversation, string>('conversations')
          .toCollection()
          .modify((row, ref) => {
            if (!isSealedRow(row)) ref.value = upgradeConversation(row);
          }),
      );
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
  setDatabaseNameInUse(database.name);
}
