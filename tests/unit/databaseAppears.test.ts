// When a reader that waited without Dexie may read the database (storage/databaseAppears.ts).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HjuletDatabase } from '../../src/storage/db';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

let counter = 0;

/** A page whose visibility the test sets, as a browser does when the user switches tabs. */
function stubPage() {
  const page = Object.assign(new EventTarget(), { visibilityState: 'hidden' as DocumentVisibilityState });
  vi.stubGlobal('document', page);
  return {
    page,
    show() {
      page.visibilityState = 'visible';
      page.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 30));
  return done;
}

/** A fresh copy of the modules, so that "this tab asked for the database" starts false. */
async function load(name: string) {
  const fresh = await import('../../src/storage/db');
  fresh.useDatabase(new fresh.HjuletDatabase(name));
  const { whenDatabaseExists } = await import('../../src/storage/databaseAppears');
  const { getDatabase } = await import('../../src/storage/database');
  return { whenDatabaseExists, getDatabase };
}

describe('whenDatabaseExists', () => {
  it('waits while there is none, and resolves when this tab asks for it', async () => {
    stubPage();
    const { whenDatabaseExists, getDatabase } = await load(`appears-${counter++}`);
    const appears = whenDatabaseExists();
    expect(await settled(appears)).toBe(false);
    void getDatabase();
    expect(await settled(appears)).toBe(true);
  });

  it('resolves when the page is shown again and another tab has made the database meanwhile', async () => {
    const { show } = stubPage();
    const name = `appears-other-${counter++}`;
    const { whenDatabaseExists } = await load(name);
    const appears = whenDatabaseExists();
    expect(await settled(appears)).toBe(false);
    const otherTab = new HjuletDatabase(name);
    await otherTab.open();
    otherTab.close();
    expect(await settled(appears)).toBe(false);
    show();
    expect(await settled(appears)).toBe(true);
  });

  it('resolves at once where the database exists', async () => {
    stubPage();
    const name = `appears-exists-${counter++}`;
    const existing = new HjuletDatabase(name);
    await existing.open();
    existing.close();
    const { whenDatabaseExists } = await load(name);
    expect(await settled(whenDatabaseExists())).toBe(true);
  });

  it('throws nothing when the page is gone before the answer comes (no document: only this tab can tell)', async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('unhandledRejection', onError);
    try {
      stubPage();
      const { whenDatabaseExists, getDatabase } = await load(`appears-gone-${counter++}`);
      const first = whenDatabaseExists();
      vi.unstubAllGlobals();
      expect(typeof document).toBe('undefined');
      const second = whenDatabaseExists();
      expect(await settled(second)).toBe(false);
      void getDatabase();
      expect(await settled(first)).toBe(true);
      expect(await settled(second)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      process.off('unhandledRejection', onError);
    }
  });
});
