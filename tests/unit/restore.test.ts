// Backup and restore through the real storage layer on fake-indexeddb: what goes out comes back exactly,
// and a damaged file, a wrong passphrase or a failing write leave the device exactly as it was.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HjuletDatabase, useDatabase } from '../../src/storage/db';
import { plainCodec, setCodec, type RecordCodec } from '../../src/storage/codec';
import { listChildren, saveChild } from '../../src/storage/children';
import { listAllConversations, putRecords } from '../../src/storage/conversations';
import { isBackupError } from '../../src/domain/backup';
import { createChild, createConversation, type Child } from '../../src/domain/model';
import { applyRestore, createBackupFile, openBackupFile, previewRestore, restoreFromText } from '../../src/features/export/backupActions';
import { arbBackupData, type ArbBackupData } from './arbitraries';

const LOW = 1000; // explicit low PBKDF2 count so property runs stay fast; the default is tested once below
const PASS = 'korrekt häst batteri';
let counter = 0;

function freshDatabase(): void {
  useDatabase(new HjuletDatabase(`restore-test-${counter++}`));
}

afterEach(() => setCodec(plainCodec));

/** Sorted by id, without the revision (storage's own count of writes, which a restore raises). */
const byId = <T extends { id: string; rev?: number }>(list: readonly T[]) =>
  [...list].map(({ rev: _rev, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function snapshot() {
  return { children: byId(await listChildren()), conversations: byId(await listAllConversations()) };
}

async function seeded(data: ArbBackupData): Promise<void> {
  freshDatabase();
  await putRecords(data.children, data.conversations);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('backup → restore through storage', () => {
  it('gives back exactly the same children and conversations, plain and encrypted (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackupData, fc.boolean(), fc.constantFrom('merge' as const, 'replace' as const), async (data, encrypted, mode) => {
        await seeded(data);
        const file = await createBackupFile({ passphrase: encrypted ? PASS : undefined, iterations: LOW });
        expect(file.encrypted).toBe(encrypted);
        expect([file.children, file.conversations]).toEqual([data.children.length, data.conversations.length]);
        freshDatabase();
        await restoreFromText(file.text, mode, encrypted ? PASS : undefined);
        expect(await snapshot()).toEqual({ children: byId(data.children), conversations: byId(data.conversations) });
      }),
      { numRuns: 40 },
    );
  });

  it('backs up one child with only that child’s conversations', async () => {
    freshDatabase();
    const a = createChild({ alias: 'A' });
    const b = createChild({ alias: 'B' });
    const conversations = [a, a, b].map((c) => createConversation({ childId: c.id, setting: 'school', participants: [], uiLanguage: 'sv' }));
    await putRecords([a, b], conversations);
    const file = await createBackupFile({ childId: a.id });
    const parsed = await openBackupFile(file.text);
    expect(parsed.children.map((c) => c.id)).toEqual([a.id]);
    expect(parsed.conversations.map((c) => c.childId)).toEqual([a.id, a.id]);
    expect(file.fileName).toMatch(/-one-child\.json$/);
  });

  it('encrypts with at least 600 000 PBKDF2 iterations by default', async () => {
    freshDatabase();
    await saveChild(createChild({ alias: 'A' }));
    const file = await createBackupFile({ passphrase: PASS });
    const envelope = JSON.parse(file.text) as { format: string; kdf: { iterations: number } };
    expect(envelope.format).toBe('hjulet-backup-encrypted');
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(file.text).not.toContain('"alias"');
  });
});

/** Damage that no valid file survives: a cut anywhere, or (encrypted) any changed character of the sealed data. */
const arbDamage = fc.record({ cutAt: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), flip: fc.nat(), kind: fc.constantFrom('cut', 'flip') });

describe('a failed restore changes nothing', () => {
  it('rejects a damaged file with a BackupError and leaves the device as it was (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackupData, arbBackupData, fc.boolean(), arbDamage, async (onDevice, inFile, encrypted, damage) => {
        await seeded(inFile);
        const { text } = await createBackupFile({ passphrase: encrypted ? PASS : undefined, iterations: LOW });
        let damaged: string;
        if (damage.kind === 'cut' || !encrypted) {
          damaged = text.slice(0, Math.floor(damage.cutAt * text.length));
        } else {
          const envelope = JSON.parse(text) as { data: string };
          const chars = envelope.data.split('');
          const at = damage.flip % chars.length;
          chars[at] = chars[at] === 'A' ? 'B' : 'A';
          damaged = JSON.stringify({ ...envelope, data: chars.join('') });
        }
        await seeded(onDevice);
        const before = await snapshot();
        const error = await rejection(restoreFromText(damaged, 'replace', encrypted ? PASS : undefined));
        expect(isBackupError(error)).toBe(true);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('rejects the wrong passphrase, or none, and writes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbBackupData,
        fc.string({ minLength: 1, maxLength: 20 }).filter((p) => p.normalize('NFC') !== PASS),
        async (data, wrong) => {
          await seeded(data);
          const { text } = await createBackupFile({ passphrase: PASS, iterations: LOW });
          await seeded({ children: [], conversations: [] });
          const wrongError = await rejection(restoreFromText(text, 'replace', wrong));
          expect(isBackupError(wrongError) && wrongError.code).toBe('wrong-passphrase');
          const noneError = await rejection(restoreFromText(text, 'replace'));
          expect(isBackupError(noneError) && noneError.code).toBe('passphrase-needed');
          expect(await snapshot()).toEqual({ children: [], conversations: [] });
        },
      ),
      { numRuns: 15 },
    );
  });

  it('rolls back a replace when a record cannot be encoded or stored', async () => {
    const device = createChild({ alias: 'On the device' });
    const incoming = createChild({ alias: 'In the file' });
    const conversation = createConversation({ childId: incoming.id, setting: 'health', participants: [], uiLanguage: 'sv' });

    // Encoding fails (e.g. the app locked meanwhile): nothing was written, nothing cleared.
    freshDatabase();
    await saveChild(device);
    const before = await snapshot();
    const failingEncode: RecordCodec = { ...plainCodec, encodeConversation: () => Promise.reject(new Error('locked')) };
    setCodec(failingEncode);
    await rejection(applyRestore({ children: [incoming], conversations: [conversation] }, 'replace'));
    setCodec(plainCodec);
    expect(await snapshot()).toEqual(before);

    // Storing fails inside the transaction, after the tables were cleared: the clear is rolled back too.
    const badRow: RecordCodec = { ...plainCodec, encodeConversation: async (c) => ({ ...c, id: undefined as unknown as string }) };
    setCodec(badRow);
    await rejection(applyRestore({ children: [incoming], conversations: [conversation] }, 'replace'));
    setCodec(plainCodec);
    expect(await snapshot()).toEqual(before);
  });
});

describe('merge and replace', () => {
  function at(iso: string, child: Child): Child {
    return { ...child, updatedAt: iso };
  }

  it('merge: the newer updatedAt wins, new records are added, nothing is deleted', async () => {
    freshDatabase();
    const shared = createChild({ alias: 'Shared' });
    const olderOnDevice = createChild({ alias: 'Kept' });
    const onlyOnDevice = createChild({ alias: 'Only here' });
    await putRecords([at('2025-01-01T00:00:00.000Z', { ...shared, alias: 'Device v1' }), at('2025-06-01T00:00:00.000Z', olderOnDevice), onlyOnDevice], []);
    const onlyInFile = createChild({ alias: 'Only in file' });
    const incoming = {
      children: [
        at('2025-02-01T00:00:00.000Z', { ...shared, alias: 'File v2' }),
        at('2025-01-01T00:00:00.000Z', { ...olderOnDevice, alias: 'Stale in file' }),
        onlyInFile,
      ],
      conversations: [],
    };
    const preview = await previewRestore(incoming);
    expect(preview.merge.children).toEqual({ added: 1, updated: 1, unchanged: 1, deleted: 0 });
    expect(preview.replace.children).toEqual({ added: 1, updated: 2, unchanged: 0, deleted: 1 });
    await applyRestore(incoming, 'merge');
    const aliases = (await listChildren()).map((c) => c.alias).sort();
    expect(aliases).toEqual(['File v2', 'Kept', 'Only here', 'Only in file']);
  });

  it('replace: the device holds exactly what the file holds', async () => {
    freshDatabase();
    const gone = createChild({ alias: 'Gone' });
    await putRecords([gone], [createConversation({ childId: gone.id, setting: 'school', participants: [], uiLanguage: 'sv' })]);
    const kept = createChild({ alias: 'From file' });
    const conversation = createConversation({ childId: kept.id, setting: 'school', participants: [], uiLanguage: 'sv' });
    const counts = await applyRestore({ children: [kept], conversations: [conversation] }, 'replace');
    expect(counts.children.deleted).toBe(1);
    expect(counts.conversations.deleted).toBe(1);
    expect(await snapshot()).toEqual({ children: byId([kept]), conversations: byId([conversation]) });
  });
});
