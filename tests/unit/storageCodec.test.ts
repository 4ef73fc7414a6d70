// The encrypting record codec: what it writes says nothing in clear but ids and dates, reads back exactly
// what was written, and refuses any change to a sealed row.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAction, createChild, createConversation, type Child, type Conversation } from '../../src/domain/model';
import { CryptoError, generateDataKey } from '../../src/domain/crypto';
import {
  CHILD_CLEAR_FIELDS,
  CONVERSATION_CLEAR_FIELDS,
  clearCodec,
  createEncryptedCodec,
  isSealedRow,
  LockedError,
  lockedCodec,
} from '../../src/storage/encryptedCodec';
import type { StoredChild, StoredConversation } from '../../src/storage/codec';
import { upgradeConversation } from '../../src/domain/upgrade';
import { arbChild, arbConversation } from './arbitraries';

const SECRETS = [
  'Zelda Q',
  'Sover dåligt på nätterna',
  'Trivs med kompisarna',
  'Fler vuxna på rasten',
  'Skolsköterskan Ada',
  'Mormor Berit',
  'Rektor Cecilia',
  'Kurator Dan',
];

function sampleChild(): Child {
  const child = createChild({ alias: 'Zelda Q', birthYear: 2015, languages: ['so', 'sv'] });
  return { ...child, rev: 3, network: [{ id: 'n1', role: 'Rektor Cecilia', name: 'Kurator Dan', coordinator: true }] };
}

function sampleConversation(childId: string): Conversation {
  const conversation = createConversation({
    childId,
    date: '2026-03-14',
    setting: 'school',
    participants: [{ role: 'guardian', name: 'Mormor Berit' }],
    uiLanguage: 'sv',
    familyLanguage: 'so',
  });
  conversation.entries.safe = {
    ratings: { child: 4 },
    goingWell: 'Trivs med kompisarna',
    worries: 'Sover dåligt på nätterna',
    nextSteps: 'Fler vuxna på rasten',
  };
  conversation.actions = [createAction({ what: 'Samtal', who: 'Skolsköterskan Ada', due: '2026-04-01' })];
  conversation.notes = 'Mormor Berit var med';
  conversation.followUpDate = '2026-05-01';
  conversation.rev = 7;
  // Edit times are sealed too: when someone typed is nobody's business at rest.
  conversation.edits = { 'entries/safe/worries': 1_760_000_000_000 };
  return conversation;
}

/** One character of the sealed string changed (inside the base64 of the ciphertext or IV). */
function tamper(sealed: string, at: number): string {
  const chars = [...sealed];
  const i = at < 0 ? chars.length + at : at;
  chars[i] = chars[i] === 'A' ? 'B' : 'A';
  return chars.join('');
}

async function rejectsWithCode(promise: Promise<unknown>, code: CryptoError['code']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CryptoError);
  expect((error as CryptoError).code).toBe(code);
}

describe('encrypting codec', () => {
  it('keeps only ids, dates, status and timestamps in clear, and no free text anywhere outside `sealed`', async () => {
    const codec = createEncryptedCodec(await generateDataKey());
    const child = sampleChild();
    const conversation = sampleConversation(child.id);
    const childRow = await codec.encodeChild(child);
    const conversationRow = await codec.encodeConversation(conversation);

    expect(Object.keys(childRow).sort()).toEqual([...CHILD_CLEAR_FIELDS, 'sealed'].sort());
    expect(Object.keys(conversationRow).sort()).toEqual([...CONVERSATION_CLEAR_FIELDS, 'sealed'].sort());
    expect(conversationRow).toMatchObject({ id: conversation.id, childId: child.id, date: '2026-03-14', followUpDate: '2026-05-01', status: 'draft' });
    const stored = JSON.stringify([childRow, conversationRow]);
    for (const secret of [...SECRETS, 'Mormor', '2015', '"so"', 'school', 'guardian']) expect(stored).not.toContain(secret);
    expect(isSealedRow(childRow)).toBe(true);
    expect(childRow.sealed).toMatch(/^aesgcm1\./);
  });

  it('round-trips any child and conversation exactly (one without a revision in version 2’s shape)', async () => {
    const codec = createEncryptedCodec(await generateDataKey());
    await fc.assert(
      fc.asyncProperty(arbChild, arbConversation(['c1', 'c2']), async (child, conversation) => {
        expect(await codec.decodeChild(await codec.encodeChild(child))).toEqual(child);
        // No revision: sealed by the code of database version 1, so it is upgraded as it is read.
        const expected = conversation.rev === undefined ? upgradeConversation(conversation) : conversation;
        expect(await codec.decodeConversation(await codec.encodeConversation(conversation))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('draws a fresh IV for every write', async () => {
    const codec = createEncryptedCodec(await generateDataKey());
    const child = sampleChild();
    const a = (await codec.encodeChild(child)).sealed as string;
    const b = (await codec.encodeChild(child)).sealed as string;
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(a).not.toBe(b);
  });

  it('rejects a changed byte in the IV, the ciphertext or the tag, and a wrong key', async () => {
    const key = await generateDataKey();
    const codec = createEncryptedCodec(key);
    const conversation = sampleConversation('c1');
    const row = await codec.encodeConversation(conversation);
    const sealed = row.sealed as string;
    const ivStart = 'aesgcm1.'.length;
    const dataStart = sealed.lastIndexOf('.') + 1;
    for (const at of [ivStart + 1, dataStart + 2, Math.floor((dataStart + sealed.length) / 2), -4]) {
      await rejectsWithCode(codec.decodeConversation({ ...row, sealed: tamper(sealed, at) }), 'damaged');
    }
    await rejectsWithCode(codec.decodeConversation({ ...row, sealed: 'aesgcm1.x' }), 'damaged');
    await rejectsWithCode(createEncryptedCodec(await generateDataKey()).decodeConversation(row), 'damaged');
    expect(await codec.decodeConversation(row)).toEqual(conversation);
  });

  it('rejects sealed contents moved to another row or another child', async () => {
    const codec = createEncryptedCodec(await generateDataKey());
    const a = await codec.encodeChild(sampleChild());
    const b = await codec.encodeChild(createChild({ alias: 'Other' }));
    await rejectsWithCode(codec.decodeChild({ ...b, sealed: a.sealed } as StoredChild), 'damaged');
    const conversation = await codec.encodeConversation(sampleConversation('child-1'));
    await rejectsWithCode(codec.decodeConversation({ ...conversation, childId: 'child-2' } as StoredConversation), 'damaged');
  });

  it('reads rows still in clear (written before the lock was on) and can write in clear while turning off', async () => {
    const key = await generateDataKey();
    const child = sampleChild();
    expect(await createEncryptedCodec(key).decodeChild(child)).toEqual(child);
    const clearWriter = createEncryptedCodec(key, { write: 'clear' });
    const row = await clearWriter.encodeChild(child);
    expect(row).toEqual(child);
    expect(isSealedRow(row)).toBe(false);
    // ...and the same transitional codec still opens sealed rows.
    expect(await clearWriter.decodeChild(await createEncryptedCodec(key).encodeChild(child))).toEqual(child);
  });

  it('refuses every read and write while locked', async () => {
    const child = sampleChild();
    await expect(lockedCodec.decodeChild(child)).rejects.toBeInstanceOf(LockedError);
    await expect(lockedCodec.encodeChild(child)).rejects.toBeInstanceOf(LockedError);
    await expect(lockedCodec.decodeConversation(sampleConversation(child.id))).rejects.toBeInstanceOf(LockedError);
    await expect(lockedCodec.encodeConversation(sampleConversation(child.id))).rejects.toBeInstanceOf(LockedError);
  });

  it('with the lock off, writes in clear and refuses a sealed row instead of showing it as an empty record', async () => {
    const child = sampleChild();
    expect(await clearCodec.encodeChild(child)).toEqual(child);
    expect(await clearCodec.decodeChild(child)).toEqual(child);
    const sealed = await createEncryptedCodec(await generateDataKey()).encodeChild(child);
    await expect(clearCodec.decodeChild(sealed)).rejects.toBeInstanceOf(LockedError);
    const conversation = sampleConversation(child.id);
    expect(await clearCodec.decodeConversation(await clearCodec.encodeConversation(conversation))).toEqual(conversation);
  });

  it('never puts record content into its error messages', async () => {
    const codec = createEncryptedCodec(await generateDataKey());
    const row = await codec.encodeChild(sampleChild());
    const error = await codec.decodeChild({ ...row, sealed: tamper(row.sealed as string, -6) }).catch((e: unknown) => e);
    expect(String(error)).not.toContain('Zelda');
    expect(String((error as Error).stack)).not.toContain('Zelda');
  });
});
