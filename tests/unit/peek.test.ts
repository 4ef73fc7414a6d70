// What a start reads before the first paint, without Dexie (storage/peek.ts, lock.ts openAtStart).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { peekSettings } from '../../src/storage/peek';
import { openAtStart } from '../../src/storage/lock';
import { codec, plainCodec, setCodec } from '../../src/storage/codec';
import { lockedCodec } from '../../src/storage/encryptedCodec';
import { LOCK_KEY } from '../../src/storage/lockRecord';
import { FIRST_RUN_KEY, IDLE_MINUTES_KEY } from '../../src/storage/lockSettings';

let counter = 0;
afterEach(() => setCodec(plainCodec));

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('peekSettings', () => {
  it('reads rows Dexie wrote, leaving out missing ones', async () => {
    const database = new HjuletDatabase(`peek-test-${counter++}`);
    useDatabase(database);
    await database.settings.bulkPut([
      { key: 'a', value: { x: 1 } },
      { key: 'b', value: 7 },
    ]);
    database.close();
    const values = await peekSettings(['a', 'b', 'missing']);
    expect([...values.entries()]).toEqual([
      ['a', { x: 1 }],
      ['b', 7],
    ]);
  });

  it('creates no database where there is none', async () => {
    const name = `peek-none-${counter++}`;
    useDatabase(new HjuletDatabase(name));
    expect((await peekSettings(['a'])).size).toBe(0);
    expect(await databaseNames()).not.toContain(name);
  });
});

describe('openAtStart', () => {
  it('gives the lock state and its settings, and puts the codec in place', async () => {
    const database = new HjuletDatabase(`peek-lock-${counter++}`);
    useDatabase(database);
    expect(await openAtStart()).toEqual({ lock: 'off', idleMinutes: 5, firstRunDone: false });
    await database.settings.bulkPut([
      {
        key: LOCK_KEY,
        value: {
          version: 1,
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'AAAA' },
          wrappedKey: { iv: 'a', data: 'b' },
          changedAt: '2026-01-01T00:00:00.000Z',
        },
      },
      { key: IDLE_MINUTES_KEY, value: 12 },
      { key: FIRST_RUN_KEY, value: true },
    ]);
    expect(await openAtStart()).toEqual({ lock: 'locked', idleMinutes: 12, firstRunDone: true });
    expect(codec()).toBe(lockedCodec);
    await database.settings.put({ key: LOCK_KEY, value: { version: 9 } });
    expect((await openAtStart()).lock).toBe('damaged');
    database.close();
  });
});
