import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_ERROR_CODES,
  BackupError,
  buildBackup,
  encryptBackup,
  parseBackupFile,
  serializeBackup,
  type BackupErrorCode,
  type ParsedBackup,
} from '../../src/domain/backup';
import { parsePlainJson, UnsafeJsonError } from '../../src/domain/backup/safeJson';
import { base64ToBytes } from '../../src/domain/crypto';
import { emptyEntries, type Child, type Conversation } from '../../src/domain/model';
import { arbBackupData, arbText } from './arbitraries';
import sv from '../../locales/sv/backup.json';
import en from '../../locales/en/backup.json';

const LOW = 1000; // explicit low PBKDF2 count for property tests only
const EXPORTED_AT = '2025-03-01T10:00:00.000Z';

async function parseError(text: string, options: Parameters<typeof parseBackupFile>[1] = {}): Promise<BackupError> {
  let result: ParsedBackup | undefined;
  try {
    result = await parseBackupFile(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    // Messages carry the code only, never anything from the file.
    expect((error as BackupError).message).toMatch(/^backup: [a-z-]+$/);
    return error as BackupError;
  }
  throw new Error(`expected a BackupError, got a result with ${result.children.length} children`);
}

async function expectCode(text: string, code: BackupErrorCode, options: Parameters<typeof parseBackupFile>[1] = {}) {
  expect((await parseError(text, options)).code).toBe(code);
}

function sampleData(): { children: Child[]; conversations: Conversation[] } {
  const child: Child = {
    id: 'c1',
    alias: 'AB',
    birthYear: 2015,
    languages: ['sv', 'so'],
    network: [{ id: 'n1', role: 'Skolsköterska', name: 'Eva', coordinator: true }],
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-01-02T08:00:00.000Z',
  };
  const entries = emptyEntries();
  entries.safe = { ratings: { child: 4, guardian: 3 }, goingWell: 'HEMLIG-NOT', worries: '', nextSteps: '' };
  const conversation: Conversation = {
    id: 'v1',
    childId: 'c1',
    date: '2025-01-02',
    setting: 'school',
    participants: [{ role: 'child' }, { role: 'guardian', name: 'Mamma' }],
    uiLanguage: 'sv',
    familyLanguage: 'so',
    entries,
    notes: 'HEMLIG-NOT',
    actions: [{ id: 'a1', areaId: 'safe', what: 'Prata med mentor', who: 'Skolan', due: '2025-02-01', done: false }],
    followUpDate: '2025-03-01',
    status: 'completed',
    createdAt: '2025-01-02T08:00:00.000Z',
    updatedAt: '2025-01-02T09:00:00.000Z',
  };
  return { children: [child], conversations: [conversation] };
}

function sampleText(): string {
  const { children, conversations } = sampleData();
  return serializeBackup(buildBackup(children, conversations, EXPORTED_AT));
}

describe('backup round trip', () => {
  it('writes the plain format of the contract (docs/architecture.md)', () => {
    const backup = JSON.parse(sampleText()) as Record<string, unknown>;
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'children', 'conversations']);
    expect(backup).toMatchObject({ format: 'hjulet-backup', version: 2, exportedAt: EXPORTED_AT });
  });

  it('gives back exactly the same children and conversations (plain)', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackupData, async ({ children, conversations }) => {
        const parsed = await parseBackupFile(serializeBackup(buildBackup(children, conversations, EXPORTED_AT)));
        expect(parsed).toStrictEqual({ children, conversations, exportedAt: EXPORTED_AT });
      }),
      { numRuns: 150 },
    );
  });

  it('gives back exactly the same children and conversations (encrypted)', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackupData, fc.string({ minLength: 1, maxLength: 30 }), async (data, passphrase) => {
        const json = serializeBackup(buildBackup(data.children, data.conversations, EXPORTED_AT));
        const parsed = await parseBackupFile(await encryptBackup(json, passphrase, LOW), { passphrase });
        expect(parsed).toStrictEqual({ ...data, exportedAt: EXPORTED_AT });
      }),
      { numRuns: 40 },
    );
  });

  it('returns fresh plain objects', async () => {
    const { children } = sampleData();
    const parsed = await parseBackupFile(sampleText());
    expect(parsed.children[0]).not.toBe(children[0]);
    expect(Object.getPrototypeOf(parsed.children[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parsed.conversations[0]?.entries.safe.ratings)).toBe(Object.prototype);
  });

  it('writes the encrypted envelope with its KDF parameters, and no plaintext', async () => {
    const text = await encryptBackup(sampleText(), 'lösenfras', LOW);
    const envelope = JSON.parse(text) as Record<string, Record<string, unknown>>;
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'kdf', 'cipher', 'data']);
    expect(envelope).toMatchObject({
      format: 'hjulet-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: LOW },
      cipher: { name: 'AES-GCM' },
    });
    expect(base64ToBytes(envelope.kdf?.salt as string)).toHaveLength(16);
    expect(base64ToBytes(envelope.cipher?.iv as string)).toHaveLength(12);
    expect(text).not.toContain('HEMLIG');
  });

  it('uses at least 600 000 iterations by default and reads them back from the file', async () => {
    const text = await encryptBackup(sampleText(), 'lösenfras');
    const kdf = (JSON.parse(text) as { kdf: { iterations: number } }).kdf;
    expect(kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect((await parseBackupFile(text, { passphrase: 'lösenfras' })).children).toEqual(sampleData().children);
  });

  it('refuses to encrypt with an empty passphrase', async () => {
    await expect(encryptBackup(sampleText(), '', LOW)).rejects.toThrow(TypeError);
  });
});

describe('passphrases', () => {
  it('always rejects a wrong passphrase', async () => {
    const text = await encryptBackup(sampleText(), 'rätt lösenfras', LOW);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((p) => p.normalize('NFC') !== 'rätt lösenfras'),
        async (passphrase) => {
          await expectCode(text, 'wrong-passphrase', { passphrase });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('asks for the passphrase when there is none', async () => {
    const text = await encryptBackup(sampleText(), 'x', LOW);
    await expectCode(text, 'passphrase-needed');
    await expectCode(text, 'passphrase-needed', { passphrase: '' });
  });

  it('ignores a passphrase given for a plain backup', async () => {
    expect((await parseBackupFile(sampleText(), { passphrase: 'x' })).conversations).toHaveLength(1);
  });
});

describe('damaged files are always rejected, never half-read', () => {
  it('rejects every truncation of a plain or encrypted file', async () => {
    await fc.assert(
      fc.asyncProperty(arbBackupData, fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), async (data, encrypted, cut) => {
        const json = serializeBackup(buildBackup(data.children, data.conversations, EXPORTED_AT));
        const text = encrypted ? await encryptBackup(json, 'p', LOW) : json;
        const at = Math.min(text.length - 1, Math.floor(cut * text.length));
        await parseError(text.slice(0, at), { passphrase: 'p' });
      }),
      { numRuns: 60 },
    );
  });

  it('rejects any one changed, removed or inserted character of an encrypted file', async () => {
    const text = await encryptBackup(sampleText(), 'p', LOW);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.constantFrom('change', 'remove', 'insert'),
        fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
        async (pos, how, char) => {
          const replaced = how === 'change' && text[pos] === char ? (char === 'A' ? 'B' : 'A') : char;
          const damaged =
            how === 'remove' ? text.slice(0, pos) + text.slice(pos + 1) : text.slice(0, pos) + replaced + text.slice(how === 'change' ? pos + 1 : pos);
          // Whitespace between JSON tokens changes nothing, so it is the one edit a file may survive.
          if (how === 'insert' && /\s/.test(char)) return;
          await parseError(damaged, { passphrase: 'p' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('either rejects a randomly changed plain file or returns complete, valid data', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbBackupData,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ unit: 'binary', minLength: 0, maxLength: 3 }),
        fc.nat(3),
        async (data, where, insert, removeCount) => {
          const text = serializeBackup(buildBackup(data.children, data.conversations, EXPORTED_AT));
          const pos = Math.floor(where * text.length);
          const damaged = text.slice(0, pos) + insert + text.slice(pos + removeCount);
          let parsed: ParsedBackup;
          try {
            parsed = await parseBackupFile(damaged);
          } catch (error) {
            expect(error).toBeInstanceOf(BackupError);
            return;
          }
          // A surviving edit (e.g. inside a note) must still be a whole, valid backup.
          const again = await parseBackupFile(serializeBackup(buildBackup(parsed.children, parsed.conversations, parsed.exportedAt)));
          expect(again).toStrictEqual(parsed);
        },
      ),
      { numRuns: 200 },
    );
  });

  type Damage = [string, (b: Record<string, any>) => void]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const damages: Damage[] = [
    ['missing children', (b) => delete b.children],
    ['children not an array', (b) => (b.children = {})],
    ['unknown top-level field', (b) => (b.extra = 1)],
    ['bad exportedAt', (b) => (b.exportedAt = 'yesterday')],
    ['child id not a string', (b) => (b.children[0].id = 7)],
    ['empty child id', (b) => (b.children[0].id = '')],
    ['alias missing', (b) => delete b.children[0].alias],
    ['birthYear a string', (b) => (b.children[0].birthYear = '2015')],
    ['birthYear null', (b) => (b.children[0].birthYear = null)],
    ['languages with a number', (b) => (b.children[0].languages = ['sv', 3])],
    ['network contact without coordinator', (b) => delete b.children[0].network[0].coordinator],
    ['unknown child field', (b) => (b.children[0].personnummer = '811218-9876')],
    ['createdAt not ISO', (b) => (b.children[0].createdAt = '1 jan 2025')],
    ['createdAt impossible', (b) => (b.children[0].createdAt = '2025-02-30T08:00:00.000Z')],
    ['date with time', (b) => (b.conversations[0].date = '2025-01-02T00:00:00Z')],
    ['date impossible', (b) => (b.conversations[0].date = '2025-13-01')],
    ['followUpDate not a date', (b) => (b.conversations[0].followUpDate = 'snart')],
    ['unknown setting', (b) => (b.conversations[0].setting = 'home')],
    ['unknown status', (b) => (b.conversations[0].status = 'archived')],
    ['unknown participant role', (b) => (b.conversations[0].participants[0].role = 'teacher')],
    ['rating 6', (b) => (b.conversations[0].entries.safe.ratings.child = 6)],
    ['rating 0', (b) => (b.conversations[0].entries.safe.ratings.child = 0)],
    ['rating 2.5', (b) => (b.conversations[0].entries.safe.ratings.child = 2.5)],
    ['rating as text', (b) => (b.conversations[0].entries.safe.ratings.child = '3')],
    ['unknown perspective', (b) => (b.conversations[0].entries.safe.ratings.teacher = 3)],
    ['seven areas', (b) => delete b.conversations[0].entries.included],
    ['nine areas', (b) => (b.conversations[0].entries.happy = b.conversations[0].entries.safe)],
    ['note not a string', (b) => (b.conversations[0].entries.safe.worries = null)],
    ['notes missing', (b) => delete b.conversations[0].notes],
    ['action with unknown area', (b) => (b.conversations[0].actions[0].areaId = 'happy')],
    ['action due not a date', (b) => (b.conversations[0].actions[0].due = '2025-02-31')],
    ['action done not boolean', (b) => (b.conversations[0].actions[0].done = 'no')],
    ['duplicate action ids', (b) => b.conversations[0].actions.push({ ...b.conversations[0].actions[0] })],
    ['conversation for a missing child', (b) => (b.conversations[0].childId = 'nobody')],
    ['duplicate child ids', (b) => b.children.push({ ...b.children[0] })],
    ['duplicate conversation ids', (b) => b.conversations.push({ ...b.conversations[0] })],
    ['duplicate network ids', (b) => b.children[0].network.push({ ...b.children[0].network[0] })],
    ['version 0', (b) => (b.version = 0)],
    ['version as text', (b) => (b.version = '1')],
  ];

  it.each(damages)('rejects %s as damaged', async (_name, damage) => {
    const backup = JSON.parse(sampleText()) as Record<string, unknown>;
    damage(backup);
    await expectCode(JSON.stringify(backup), 'damaged');
  });

  it('rejects a damaged payload inside a correctly encrypted file', async () => {
    const inner = JSON.parse(sampleText()) as Record<string, unknown>;
    delete inner.conversations;
    const envelope = await encryptBackup(sampleText(), 'p', LOW);
    for (const payload of [JSON.stringify(inner), 'not json', envelope, '{"format":"hjulet-backup","version":1']) {
      await expectCode(await encryptBackup(payload, 'p', LOW), 'damaged', { passphrase: 'p' });
    }
  });
});

describe('unsafe keys', () => {
  const inserts: [string, string][] = [
    ['top level __proto__', '{"__proto__":{"polluted":true},'],
    ['nested __proto__', '"ratings":{"__proto__":{"polluted":true},'],
    ['constructor', '"ratings":{"constructor":{"prototype":{"polluted":true}},'],
    ['prototype', '"entries":{"prototype":{},'],
  ];

  it.each(inserts)('rejects %s as damaged without polluting anything', async (_name, insert) => {
    const text = sampleText();
    const anchor = insert.startsWith('{') ? '{' : insert.slice(0, insert.indexOf('{') + 1);
    const damaged = text.replace(anchor, insert);
    expect(damaged).not.toBe(text);
    await expectCode(damaged, 'damaged');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // The schema's strict objects would refuse these keys too; this pins the first line of defence.
  it('refuses forbidden keys at any depth while parsing JSON', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => parsePlainJson(`{"a":[{"b":{"${key}":{}}}]}`)).toThrow(UnsafeJsonError);
      expect(() => parsePlainJson(`{"${key}":1}`)).toThrow(UnsafeJsonError);
    }
    expect(parsePlainJson('{"a":["__proto__"],"proto":1}')).toEqual({ a: ['__proto__'], proto: 1 });
  });

  it('rejects __proto__ inside an encrypted payload', async () => {
    const inner = sampleText().replace('"ratings":{', '"ratings":{"__proto__":{"x":1},');
    await expectCode(await encryptBackup(inner, 'p', LOW), 'damaged', { passphrase: 'p' });
  });
});

describe('format and version', () => {
  it('says not-a-backup for other files', async () => {
    for (const text of ['', 'hello', '[]', 'null', '42', '{"format":"other","version":1}', '{}', '%PDF-1.7', '{"a":']) {
      await expectCode(text, 'not-a-backup');
    }
  });

  it('says damaged for a broken file that is clearly a backup', async () => {
    await expectCode('{"format":"hjulet-backup","version":1,"children":[', 'damaged');
  });

  it('says newer-version for a plain or encrypted file from a newer app, before asking for anything', async () => {
    const plain = JSON.parse(sampleText()) as Record<string, unknown>;
    plain.version = 3;
    plain.somethingNew = true;
    await expectCode(JSON.stringify(plain), 'newer-version');
    const encrypted = JSON.parse(await encryptBackup(sampleText(), 'p', LOW)) as Record<string, unknown>;
    encrypted.version = 3;
    encrypted.kdf = { name: 'Argon2id' };
    await expectCode(JSON.stringify(encrypted), 'newer-version');
  });

  it('says newer-version for a newer payload inside an encrypted file', async () => {
    const inner = sampleText().replace('"version":2', '"version":3');
    await expectCode(await encryptBackup(inner, 'p', LOW), 'newer-version', { passphrase: 'p' });
  });
});

describe('size limit', () => {
  it('refuses a file of nested brackets before parsing it, as not a backup or as damaged', async () => {
    const depth = 200_000;
    await expectCode('['.repeat(depth) + ']'.repeat(depth), 'not-a-backup');
    await expectCode(`{"format":"hjulet-backup","version":2,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`, 'damaged');
    // Brackets inside strings are text, not nesting.
    const { children, conversations } = sampleData();
    const [conversation] = conversations as [Conversation];
    conversation.notes = '[{'.repeat(5000);
    const text = serializeBackup(buildBackup(children, [conversation], EXPORTED_AT));
    expect((await parseBackupFile(text)).conversations[0]?.notes).toBe(conversation.notes);
  });

  it('counts UTF-8 bytes, not characters', async () => {
    const { children, conversations } = sampleData();
    const [conversation] = conversations as [Conversation];
    conversation.notes = 'åäö€𝄞'.repeat(50);
    const text = serializeBackup(buildBackup(children, [conversation], EXPORTED_AT));
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(text.length);
    await expectCode(text, 'too-large', { maxBytes: bytes - 1 });
    expect((await parseBackupFile(text, { maxBytes: bytes })).conversations[0]?.notes).toBe(conversation.notes);
  });

  it('checks the size before anything else', async () => {
    await expectCode('x'.repeat(2000), 'too-large', { maxBytes: 1000 });
  });
});

describe('error messages', () => {
  it('never contain note text', async () => {
    const backup = JSON.parse(sampleText()) as { conversations: { entries: { safe: { ratings: unknown } } }[] };
    backup.conversations[0]!.entries.safe.ratings = 'HEMLIG-NOT';
    const error = await parseError(JSON.stringify(backup));
    expect(error.message).not.toContain('HEMLIG');
    expect(JSON.stringify(error)).not.toContain('HEMLIG');
    expect(error.cause).toBeUndefined();
  });

  it('have a friendly Swedish and English text for every code', () => {
    for (const code of BACKUP_ERROR_CODES) {
      for (const locale of [sv, en]) {
        const text = (locale.errors as Record<string, string>)[code];
        expect(text, code).toBeTruthy();
      }
    }
    expect(Object.keys(sv.errors).sort()).toEqual([...BACKUP_ERROR_CODES].sort());
    expect(Object.keys(en.errors).sort()).toEqual([...BACKUP_ERROR_CODES].sort());
  });
});

// Keeps the shared arbitrary honest: free text really does include awkward values.
it('arbText can produce key-like values', () => {
  const samples = fc.sample(arbText, 2000);
  expect(samples).toContain('__proto__');
});

describe('imported timestamps', () => {
  it('are put in UTC and never after the device clock, edit times included', async () => {
    const { children, conversations } = sampleData();
    const [conversation] = conversations as [Conversation];
    const [child] = children as [Child];
    const now = new Date('2026-12-01T12:00:00.000Z');
    const text = serializeBackup(
      buildBackup(
        [{ ...child, createdAt: '2025-01-01T10:00:00+05:00', updatedAt: '9999-12-31T23:59:59.999Z' }],
        [{ ...conversation, updatedAt: new Date(now.getTime() + 25 * 3600_000).toISOString(), edits: { notes: now.getTime() + 10_000, status: 5 } }],
        EXPORTED_AT,
      ),
    );
    const parsed = await parseBackupFile(text, { now });
    expect(parsed.children[0]?.createdAt).toBe('2025-01-01T05:00:00.000Z');
    expect(parsed.children[0]?.updatedAt).toBe(now.toISOString());
    expect(parsed.conversations[0]?.updatedAt).toBe(now.toISOString());
    expect(parsed.conversations[0]?.edits).toEqual({ notes: now.getTime(), status: 5 });
  });
});
