// The figures the privacy description states, taken from the code that decides them, so that the
// description never says something the app does not do.
import { DEFAULT_ITERATIONS, SALT_BYTES } from '../domain/crypto/kdf';
import { RETENTION_CHOICES } from '../domain/retention';
import { DATABASE_NAME } from './names';
import { CHILD_CLEAR_FIELDS, CONVERSATION_CLEAR_FIELDS } from './encryptedCodec';
import { DEFAULT_IDLE_MINUTES } from './lockSettings';

export const PRIVACY_FACTS = {
  database: DATABASE_NAME,
  iterations: DEFAULT_ITERATIONS,
  saltBytes: SALT_BYTES,
  idleMinutes: DEFAULT_IDLE_MINUTES,
  /** The retention periods on offer, in months ("never" left out). */
  retentionMonths: RETENTION_CHOICES.filter((months) => months > 0),
} as const;

/** The kinds of record the description has a table for. */
export type PrivacyRecord = 'child' | 'conversation' | 'areaEntry' | 'action';

/** Whether the lock encrypts a field of a record: everything but the clear fields (areas and actions are inside the conversation). */
export function isSealedField(record: PrivacyRecord, field: string): boolean {
  if (record === 'child') return !(CHILD_CLEAR_FIELDS as readonly string[]).includes(field);
  if (record === 'conversation') return !(CONVERSATION_CLEAR_FIELDS as readonly string[]).includes(field);
  return true;
}
