// The privacy description says what the app stores, field by field, and which fields the lock seals. It
// must follow the data model: a field added to a record (and so to the backup schema) fails here until the
// description says what it is, in Swedish and English; a field that no longer exists fails too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocuments } from '../../scripts/check-locales.mjs';
import { ChildSchema, ConversationSchema } from '../../src/domain/backup/schema';
import { CHILD_CLEAR_FIELDS, CONVERSATION_CLEAR_FIELDS } from '../../src/storage/encryptedCodec';
import { PRIVACY_FACTS, isSealedField, type PrivacyRecord } from '../../src/storage/privacyFacts';
import { DEFAULT_ITERATIONS } from '../../src/domain/crypto';
import { ROOT } from '../e2e/helpers/build';

type Doc = { stored: { fields: Record<PrivacyRecord, Record<string, string>> } };
const read = (lng: string) => JSON.parse(readFileSync(path.join(ROOT, 'locales', 'documents', `privacy-${lng}.json`), 'utf8')) as Doc;

const conversation = ConversationSchema.entries;
const schemaFields: Record<PrivacyRecord, string[]> = {
  child: Object.keys(ChildSchema.entries),
  conversation: Object.keys(conversation),
  areaEntry: Object.keys(conversation.entries.entries.safe.entries),
  action: Object.keys(conversation.actions.item.entries),
};

/** Every {{placeholder}} in a JSON document. */
function placeholdersIn(value: unknown): Set<string> {
  const text = JSON.stringify(value);
  return new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string));
}

describe('the privacy description', () => {
  for (const lng of ['sv', 'en']) {
    it(`describes exactly the stored fields of every record (${lng})`, () => {
      const fields = read(lng).stored.fields;
      for (const record of Object.keys(schemaFields) as PrivacyRecord[]) {
        expect(Object.keys(fields[record]).sort(), record).toEqual([...schemaFields[record]].sort());
        for (const text of Object.values(fields[record])) expect(text.trim().length).toBeGreaterThan(3);
      }
    });
  }

  it('has the same keys and placeholders in English as in Swedish (the locale check)', () => {
    expect(checkDocuments(path.join(ROOT, 'locales'))).toEqual([]);
  });

  it('uses only the figures the page fills in, and they are the code’s', () => {
    const page = new Set(['database', 'iterations', 'saltBytes', 'idleMinutes', 'retentionChoices']);
    for (const name of placeholdersIn(read('sv'))) expect(page.has(name), name).toBe(true);
    expect(PRIVACY_FACTS.iterations).toBe(DEFAULT_ITERATIONS);
    expect(PRIVACY_FACTS.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PRIVACY_FACTS.retentionMonths).not.toContain(0);
  });

  it('says a field is sealed exactly when the codec does not keep it in clear', () => {
    for (const field of schemaFields.child) expect(isSealedField('child', field)).toBe(!(CHILD_CLEAR_FIELDS as readonly string[]).includes(field));
    for (const field of schemaFields.conversation) {
      expect(isSealedField('conversation', field)).toBe(!(CONVERSATION_CLEAR_FIELDS as readonly string[]).includes(field));
    }
    expect(isSealedField('conversation', 'notes')).toBe(true);
    expect(isSealedField('child', 'alias')).toBe(true);
    expect(isSealedField('conversation', 'date')).toBe(false);
    for (const field of [...schemaFields.areaEntry, ...schemaFields.action]) expect(isSealedField('areaEntry', field)).toBe(true);
  });
});
