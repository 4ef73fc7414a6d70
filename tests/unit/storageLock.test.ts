// The app lock on a real (fake-indexeddb) database: turning it on re-encrypts data written in clear by
// schema version 1, the key is needed to read anything, and every switch is all-or-nothing even when the
// browser dies in the middle (simulated by a failing write inside the transaction).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChild, createConversation, type Child, type Conversation } from '../../src/domain/model';
import { CryptoError } from '../../src/domain/crypto';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { getChild, listChildren, saveChild } from '../../src/storage/children';
import { getConversation, listAllConversations, saveConversation } from '../../src/storage/conversations';
import { LockedError } from '../../src/storage/encryptedCodec';
import { LOCK_KEY, isLockRecord, readLockState } from '../../src/storage/lockRecord';
import { upgradeConversation } from '../../src/domain/upgrade';
import {
  changePassphrase,
  checkPassphrase,
  eraseEverything,
  lock,
  openLockOnStart,
  sealStrayRows,
  turnOffLock,
  turnOnLock,
  unlock,
} from '../../src/storage/lock';

const ITERATIONS = 1000; // test-only, passed explicitly; the app uses the default 600 000
const PASS = 'korrekt häst batteri';
const NOTE = 'Oroar sig för mammas sjukdom';

let counter = 0;
let database: HjuletDatabase;
let crashWhen: ((table: string, type: string) => boolean) | undefined;

/** A database whose writes can be made to fail, as if the browser died just before the commit. */
function crashableDatabase(): HjuletDatabase {
  const d = new HjuletDatabase(`lock-test-${counter++}`);
  d.use({
    stack: 'dbcore',
    name: 'crash-simulator',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => (crashWhen?.(name, req.type) ? Promise.reject(new Error('simulated crash')) : table.mutate(req)),
        };
      },
    }),
  });
  return d;
}

beforeEach(() => {
  crashWhen = undefined;
  database = crashableDatabase();
  useDatabase(database);
  setCodec(plainCodec);
});

afterEach(() => {
  setCodec(plainCodec);
});

/** A few children and conversations written in clear, as schema version 1 did before the lock existed. */
async function seedVersion1(): Promise<{ children: Child[]; conversations: Conversation[] }> {
  const raw = new Dexie(database.name);
  raw.version(1).stores({ children: 'id, updatedAt', conversations: 'id, childId, date, [childId+date], followUpDate, updatedAt', settings: 'key' });
  const children = ['Alva K', 'Bo M', 'Cyrus N'].map((alias) => createChild({ alias, languages: ['ar'] }));
  const conversations = children.flatMap((child, i) =>
    [0, 1].map((j) => {
      const c = createConversation({ childId: child.id, date: `2025-0${i + 1}-1${j}`, setting: 'health', participants: [{ role: 'child' }], uiLanguage: 'sv' });
      c.notes = `${NOTE} ${child.alias} ${j}`;
      return c;
    }),
  );
  await raw.table('children').bulkPut(children);
  await raw.table('conversations').bulkPut(conversations);
  raw.close();
  // What the current code reads back: version 2's shape of the same records (domain/upgrade.ts).
  return { children, conversations: conversations.map(upgradeConversation) };
}

/** Everything in the database as one string, as someone with the device's files would see it. */
async function rawDump(): Promise<string> {
  const [c, v, s] = await Promise.all([database.children.toArray(), database.conversations.toArray(), database.settings.toArray()]);
  return JSON.stringify([c, v, s]);
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof CryptoError ? error.code : error instanceof Error ? error.name : undefined;
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('turning the lock on', () => {
  it('seals every record written in clear by version 1 and stores only KDF parameters and a wrapped key', async () => {
    const seeded = await seedVersion1();
    expect(await openLockOnStart()).toBe('off');
    const progress: number[] = [];
    await turnOnLock(PASS, { iterations: ITERATIONS, onProgress: (done) => progress.push(done) });

    const dump = await rawDump();
    for (const text of [NOTE, 'Alva', 'Bo M', 'Cyrus', '"ar"', 'health', PASS]) expect(dump).not.toContain(text);
    expect((await database.children.toArray()).every((row) => typeof row.sealed === 'string')).toBe(true);
    expect((await database.conversations.toArray()).every((row) => typeof row.sealed === 'string')).toBe(true);
    expect(progress.at(-1)).toBe(9);

    const state = await readLockState();
    expect(state.kind).toBe('on');
    const record = (await database.settings.get(LOCK_KEY))?.value;
    expect(isLockRecord(record)).toBe(true);
    expect(Object.keys(record as object).sort()).toEqual(['changedAt', 'journalKey', 'kdf', 'version', 'wrappedKey']);
    expect(record).toMatchObject({ version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS } });

    // Still unlocked after turning on, with every record as it was.
    expect(byId(await listChildren())).toEqual(byId(seeded.children));
    expect(byId(await listAllConversations())).toEqual(byId(seeded.conversations));
  });

  it('needs the passphrase after locking and after a restart; a wrong one changes nothing', async () => {
    const seeded = await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    lock();
    await expect(listChildren()).rejects.toBeInstanceOf(LockedError);
    await expect(saveChild(createChild({ alias: 'X' }))).rejects.toBeInstanceOf(LockedError);

    setCodec(plainCodec); // a fresh page load starts with the plain codec...
    expect(await openLockOnStart()).toBe('locked'); // ...and the lock record puts it back in place
    await expect(getChild(seeded.children[0]!.id)).rejects.toBeInstanceOf(LockedError);
    expect(await codeOf(unlock('fel lösenfras'))).toBe('wrong-passphrase');
    await expect(listChildren()).rejects.toBeInstanceOf(LockedError);

    await unlock(PASS);
    expect(byId(await listChildren())).toEqual(byId(seeded.children));
    const one = seeded.conversations[3]!;
    expect(await getConversation(one.id)).toEqual(one);
  });

  it('honours the KDF parameters stored with the data', async () => {
    await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    const row = (await database.settings.get(LOCK_KEY))!;
    const record = row.value as { kdf: { iterations: number } };
    await database.settings.put({ key: LOCK_KEY, value: { ...record, kdf: { ...record.kdf, iterations: ITERATIONS + 1 } } });
    expect(await codeOf(unlock(PASS))).toBe('wrong-passphrase');
    await database.settings.put(row);
    await unlock(PASS);
  });

  it('is all or nothing: a crash before the commit leaves every record in clear and no lock', async () => {
    const seeded = await seedVersion1();
    crashWhen = (table, type) => table === 'settings' && type === 'put';
    await expect(turnOnLock(PASS, { iterations: ITERATIONS })).rejects.toThrow('simulated crash');
    crashWhen = undefined;

    // "Reopen": the lock is off and everything opens in clear.
    setCodec(plainCodec);
    expect(await openLockOnStart()).toBe('off');
    expect((await database.conversations.toArray()).some((row) => 'sealed' in row)).toBe(false);
    expect(byId(await listAllConversations())).toEqual(byId(seeded.conversations));
    expect(byId(await listChildren())).toEqual(byId(seeded.children));
  });

  it('starts over when a record changes while it re-encrypts, so the newer save is kept and sealed', async () => {
    const seeded = await seedVersion1();
    const edited = { ...seeded.conversations[0]!, notes: 'Ändrad medan låset slogs på' };
    let wrote = false;
    await turnOnLock(PASS, {
      iterations: ITERATIONS,
      onProgress: (done) => {
        if (done === 1 && !wrote) {
          wrote = true;
          void saveConversation(edited);
        }
      },
    });
    expect(wrote).toBe(true);
    expect((await getConversation(edited.id))?.notes).toBe(edited.notes);
    expect(await rawDump()).not.toContain('Ändrad');
  });
});

describe('turning the lock off', () => {
  it('asks for the passphrase, then writes everything back in clear and removes the lock record', async () => {
    const seeded = await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    expect(await codeOf(turnOffLock('fel'))).toBe('wrong-passphrase');
    expect((await readLockState()).kind).toBe('on');

    await turnOffLock(PASS);
    expect((await readLockState()).kind).toBe('off');
    expect((await database.conversations.toArray()).some((row) => 'sealed' in row)).toBe(false);
    setCodec(plainCodec);
    expect(await openLockOnStart()).toBe('off');
    expect(byId(await listAllConversations())).toEqual(byId(seeded.conversations));
    expect(byId(await listChildren())).toEqual(byId(seeded.children));
  });

  it('survives a crash before the commit, including a save written in clear meanwhile', async () => {
    const seeded = await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    const added = createChild({ alias: 'Saved during the switch' });
    crashWhen = (table, type) => table === 'settings' && type === 'delete';
    let saved = false;
    await expect(
      turnOffLock(PASS, {
        onProgress: (done) => {
          // The transitional codec writes in clear: this row is plain in a still-locked database.
          if (done === 1 && !saved) {
            saved = true;
            void saveChild(added);
          }
        },
      }),
    ).rejects.toThrow('simulated crash');
    crashWhen = undefined;

    setCodec(plainCodec);
    expect(await openLockOnStart()).toBe('locked');
    expect((await database.children.get(added.id))?.sealed).toBeUndefined();
    const key = await unlock(PASS);
    const all = await listChildren();
    expect(all.map((c) => c.alias).sort()).toEqual([...seeded.children.map((c) => c.alias), added.alias].sort());
    expect(byId(await listAllConversations())).toEqual(byId(seeded.conversations));
    // The stray clear row is sealed again.
    expect(await sealStrayRows(key)).toBe(1);
    expect(await rawDump()).not.toContain('Saved during');
    expect((await getChild(added.id))?.alias).toBe(added.alias);
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the data key only: the new passphrase opens, the old one no longer does, no record is rewritten', async () => {
    const seeded = await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    const rowsBefore = JSON.stringify(await database.conversations.toArray());
    const recordBefore = (await database.settings.get(LOCK_KEY))?.value as { kdf: { salt: string } };

    expect(await codeOf(changePassphrase('fel', 'ny lösenfras här', { iterations: ITERATIONS }))).toBe('wrong-passphrase');
    await changePassphrase(PASS, 'ny lösenfras här', { iterations: ITERATIONS });
    expect(JSON.stringify(await database.conversations.toArray())).toBe(rowsBefore);
    const recordAfter = (await database.settings.get(LOCK_KEY))?.value as { kdf: { salt: string } };
    expect(recordAfter.kdf.salt).not.toBe(recordBefore.kdf.salt);

    lock();
    expect(await codeOf(unlock(PASS))).toBe('wrong-passphrase');
    await unlock('ny lösenfras här');
    expect(byId(await listAllConversations())).toEqual(byId(seeded.conversations));
    await checkPassphrase('ny lösenfras här');
  });

  it('keeps the old passphrase working when the browser dies before the one write', async () => {
    const seeded = await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    crashWhen = (table, type) => table === 'settings' && type === 'put';
    await expect(changePassphrase(PASS, 'ny lösenfras här', { iterations: ITERATIONS })).rejects.toThrow('simulated crash');
    crashWhen = undefined;
    lock();
    expect(await codeOf(unlock('ny lösenfras här'))).toBe('wrong-passphrase');
    await unlock(PASS);
    expect(byId(await listChildren())).toEqual(byId(seeded.children));
  });
});

describe('erasing everything', () => {
  it('removes every record and setting, the lock with them', async () => {
    await seedVersion1();
    await turnOnLock(PASS, { iterations: ITERATIONS });
    lock();
    await eraseEverything();
    expect(await database.children.count()).toBe(0);
    expect(await database.conversations.count()).toBe(0);
    expect(await database.settings.count()).toBe(0);
    expect(await openLockOnStart()).toBe('off');
    expect(await listChildren()).toEqual([]);
  });
});
