import * as v from 'valibot';
import { decryptString } from '../crypto/aesGcm';
import { CryptoError } from '../crypto/errors';
import { deriveKeyFromPassphrase } from '../crypto/kdf';
import type { Child, Conversation } from '../model';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  DEFAULT_MAX_BACKUP_BYTES,
  ENCRYPTED_BACKUP_FORMAT,
  ENCRYPTED_BACKUP_VERSION,
  MAX_BACKUP_DEPTH,
  type ParsedBackup,
} from './format';
import { nestsDeeperThan, parsePlainJson, UnsafeJsonError } from './safeJson';
import { normaliseRecords } from './normalise';
import { upgradeConversation } from '../upgrade';
import { EncryptedBackupSchema, PlainBackupSchema } from './schema';

export interface ParseBackupOptions {
  passphrase?: string;
  /** Largest accepted file in UTF-8 bytes (DEFAULT_MAX_BACKUP_BYTES by default). */
  maxBytes?: number;
  /** The device's time: no imported timestamp may lie after it. */
  now?: Date;
}

/** UTF-8 length of `text`, counting only until it passes `limit` (the answer is then > limit). */
function utf8LengthUpTo(text: string, limit: number): number {
  // Each UTF-16 unit takes one to three bytes (a surrogate pair four for two units), so the length
  // alone often decides without counting.
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Parses untrusted text; a file that is clearly meant as a backup but broken is 'damaged'. */
function parseJsonOrThrow(text: string): unknown {
  if (nestsDeeperThan(text, MAX_BACKUP_DEPTH)) {
    throw new BackupError(text.trimStart().startsWith('{') && text.includes(BACKUP_FORMAT) ? 'damaged' : 'not-a-backup');
  }
  try {
    return parsePlainJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new BackupError('damaged');
    const looksOurs = text.trimStart().startsWith('{') && text.includes(BACKUP_FORMAT);
    throw new BackupError(looksOurs ? 'damaged' : 'not-a-backup');
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks format and version before the schema, so that a newer file gets its own message. */
function checkHeader(root: unknown, formats: readonly string[]): string {
  if (!isPlainRecord(root) || typeof root.format !== 'string' || !formats.includes(root.format)) {
    throw new BackupError('not-a-backup');
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('damaged');
  }
  if (version > (root.format === ENCRYPTED_BACKUP_FORMAT ? ENCRYPTED_BACKUP_VERSION : BACKUP_VERSION)) throw new BackupError('newer-version');
  return root.format;
}

async function decryptEnvelope(root: unknown, passphrase: string | undefined): Promise<string> {
  const result = v.safeParse(EncryptedBackupSchema, root, { abortEarly: true });
  if (!result.success) throw new BackupError('damaged');
  if (passphrase === undefined || passphrase === '') throw new BackupError('passphrase-needed');
  const envelope = result.output;
  let key: CryptoKey;
  try {
    key = await deriveKeyFromPassphrase(passphrase, envelope.kdf);
  } catch {
    throw new BackupError('damaged');
  }
  try {
    return await decryptString(key, { iv: envelope.cipher.iv, data: envelope.data });
  } catch (error) {
    // GCM cannot tell a wrong passphrase from changed ciphertext; the wrong passphrase is by far the
    // likelier cause, and the message for it also mentions a damaged file.
    if (error instanceof CryptoError) throw new BackupError('wrong-passphrase');
    throw new BackupError('damaged');
  }
}

function assertUnique(ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw new BackupError('damaged');
}

/** Rules the schema cannot express: unique ids, and every conversation belongs to a child in the file. */
function checkReferences(children: readonly Child[], conversations: readonly Conversation[]): void {
  assertUnique(children.map((c) => c.id));
  assertUnique(conversations.map((c) => c.id));
  const childIds = new Set(children.map((c) => c.id));
  for (const child of children) {
    assertUnique((child.network ?? []).map((n) => n.id));
    assertUnique((child.handovers ?? []).map((h) => h.id));
  }
  for (const conversation of conversations) {
    if (!childIds.has(conversation.childId)) throw new BackupError('damaged');
    assertUnique(conversation.actions.map((a) => a.id));
    assertUnique((conversation.safetyConcerns ?? []).map((s) => s.id));
  }
}

function validatePlain(root: unknown, now: Date): ParsedBackup {
  const result = v.safeParse(PlainBackupSchema, root, { abortEarly: true });
  if (!result.success) throw new BackupError('damaged');
  const { children, conversations, exportedAt, version } = result.output;
  checkReferences(children, conversations);
  // A version-1 file comes in the shape version 2 gives its records (domain/upgrade.ts).
  const upgraded = version === 1 ? conversations.map(upgradeConversation) : conversations;
  return { ...normaliseRecords(children, upgraded, now), exportedAt };
}

/**
 * Reads a backup file (plain or encrypted) into fresh, fully validated plain objects.
 * Throws BackupError and nothing else; on any error no partial result exists, so nothing gets written.
 */
export async function parseBackupFile(text: string, options: ParseBackupOptions = {}): Promise<ParsedBackup> {
  try {
    return await parseBackupFileUnchecked(text, options);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // Anything unexpected (e.g. out of memory in JSON.parse) still surfaces as a clean "damaged".
    throw new BackupError('damaged');
  }
}

async function parseBackupFileUnchecked(text: string, options: ParseBackupOptions): Promise<ParsedBackup> {
  if (typeof text !== 'string') throw new BackupError('not-a-backup');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (utf8LengthUpTo(text, maxBytes) > maxBytes) throw new BackupError('too-large');

  const now = options.now ?? new Date();
  const root = parseJsonOrThrow(text);
  const format = checkHeader(root, [BACKUP_FORMAT, ENCRYPTED_BACKUP_FORMAT]);
  if (format === BACKUP_FORMAT) return validatePlain(root, now);

  const inner = await decryptEnvelope(root, options.passphrase);
  let innerRoot: unknown;
  try {
    if (nestsDeeperThan(inner, MAX_BACKUP_DEPTH)) throw new BackupError('damaged');
    innerRoot = parsePlainJson(inner);
  } catch {
    throw new BackupError('damaged');
  }
  // An encrypted file must hold a plain backup, never another envelope.
  try {
    checkHeader(innerRoot, [BACKUP_FORMAT]);
  } catch (error) {
    if (error instanceof BackupError && error.code === 'newer-version') throw error;
    throw new BackupError('damaged');
  }
  return validatePlain(innerRoot, now);
}
