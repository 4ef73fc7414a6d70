// Database version 2 opened on a database written by version 1 (seeded with version 1's schema and
// records as round one wrote them, in clear and sealed), and backup version 1 restored by version 2.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { plainCodec, setCodec } from '../../src/storage/codec';
import { createEncryptedCodec } from '../../src/storage/encryptedCodec';
import { getConversation, listAllConversations, saveConversation } from '../../src/storage/conversations';
import { getChild } from '../../src/storage/children';
import { buildBackup, parseBackupFile, serializeBackup } from '../../src/domain/backup';
import { generateDataKey } from '../../src/domain/crypto';
import { createChild, createConversation, type Conversation } from '../../src/domain/model';

let counter = 0;
afterEach(() => setCodec(plainCodec));

const VERSION_1_STORES = {
  children: 'id, updatedAt',
  conversations: 'id, childId, date, [childId+date], followUpDate, updatedAt',
  settings: 'key',
};

/** A database exactly as round one's code left it: version 1, records without revisions. */
async function version1Database(rows: { children: unknown[]; conversations: unknown[] }): Promise<string> {
  const name = `migration-test-${counter++}`;
  const raw = new Dexie(name);
  raw.version(1).stores(VERSION_1_STORES);
  await raw.open();
  await raw.table('children').bulkPut(rows.children);
  await raw.table('conversations').bulkPut(rows.conversations);
  expect(raw.verno).toBe(1);
  raw.close();
  return name;
}

function roundOneConversation(childId: string, roles: Array<'child' | 'guardian'>, notes: string): Conversation {
  const c = createConversation({ childId, setting: 'school', participants: roles.map((role) => ({ role })), uiLanguage: 'sv' });
  return { ...c, notes };
}

describe('database version 2 on a version 1 database', () => {
  it('upgrades clear rows (who took part), keeps everything else, and adds the recordings store', async () => {
    const child = createChild({ alias: 'A' });
    const withChild = roundOneConversation(child.id, ['child', 'guardian'], 'barnet var med');
    const withoutChild = roundOneConversation(child.id, ['guardian'], 'bara vårdnadshavaren');
    const name = await version1Database({ children: [child], conversations: [withChild, withoutChild] });

    const database = new HjuletDatabase(name);
    useDatabase(database);
    await database.open();
    expect(database.verno).toBe(2);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['children', 'conversations', 'recordings', 'settings']);

    expect(await getConversation(withChild.id)).toEqual({ ...withChild, participation: { childPresent: true, ways: [] } });
    expect(await getConversation(withoutChild.id)).toEqual(withoutChild);
    expect(await getChild(child.id)).toEqual(child);
    // The stored row itself was upgraded (not only the copy read), and the indexes still answer.
    expect((await database.conversations.get(withChild.id))?.participation).toEqual({ childPresent: true, ways: [] });
    expect(await database.conversations.where('childId').equals(child.id).count()).toBe(2);
    await database.recordings.put({ id: 'so|6-12|wheel:areas.safe.label', lang: 'so' });
    expect(await database.recordings.where('lang').equals('so').count()).toBe(1);

    // The next write is revision 1 and keeps the upgraded field.
    const saved = await saveConversation({ ...(await getConversation(withChild.id))!, notes: 'ändrad' });
    expect(saved.rev).toBe(1);
    expect((await getConversation(withChild.id))?.participation?.childPresent).toBe(true);
    database.close();
  });

  it('upgrades rows sealed by version 1 as they are read (the upgrade cannot decrypt them)', async () => {
    const key = await generateDataKey();
    const sealing = createEncryptedCodec(key);
    const child = createChild({ alias: 'B' });
    const conversation = roundOneConversation(child.id, ['child'], 'hemlig');
    const name = await version1Database({
      children: [await sealing.encodeChild(child)],
      conversations: [await sealing.encodeConversation(conversation)],
    });
    const database = new HjuletDatabase(name);
    useDatabase(database);
    setCodec(sealing);
    expect(await listAllConversations()).toEqual([{ ...conversation, participation: { childPresent: true, ways: [] } }]);
    // Still sealed at rest after the upgrade.
    expect(JSON.stringify(await database.conversations.toArray())).not.toContain('hemlig');
    database.close();
  });
});

describe('backup version 1 restored by version 2', () => {
  it('gives the records version 2’s shape', async () => {
    const child = createChild({ alias: 'C' });
    const conversation = roundOneConversation(child.id, ['child'], 'från en gammal fil');
    const file = JSON.parse(serializeBackup(buildBackup([child], [conversation], '2025-01-01T00:00:00.000Z'))) as Record<string, unknown>;
    file.version = 1;
    const parsed = await parseBackupFile(JSON.stringify(file));
    expect(parsed.conversations).toEqual([{ ...conversation, participation: { childPresent: true, ways: [] } }]);
    // A version 2 file is taken as it is.
    const v2 = await parseBackupFile(serializeBackup(buildBackup([child], [conversation], '2025-01-01T00:00:00.000Z')));
    expect(v2.conversations).toEqual([conversation]);
  });
});
