import type { KdfParams } from '../crypto/kdf';
import type { Child, Conversation } from '../model';

// A contract (docs/architecture.md, "Export formats"): the names and shapes here are what other tools and older backups rely on.
export const BACKUP_FORMAT = 'hjulet-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'hjulet-backup-encrypted';
/** Version 2 adds revisions and per-field edit times (and this round's new fields); version 1 still restores. */
export const BACKUP_VERSION = 2;
/** The encrypted envelope's own shape has not changed since version 1. */
export const ENCRYPTED_BACKUP_VERSION = 1;
/**
 * Files above this are refused before parsing, so a wrong pick cannot freeze the device. A backup of
 * 1 000 children with 10 conversations each, every note field written in full, weighs about 80 MB
 * (tests/unit/backupLimits.test.ts measures it); the limit leaves room for more and longer notes.
 */
export const DEFAULT_MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Deeper nesting than any backup has (about 6 levels) means a hostile or broken file. */
export const MAX_BACKUP_DEPTH = 32;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  children: Child[];
  conversations: Conversation[];
}

export interface EncryptedBackup {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: typeof ENCRYPTED_BACKUP_VERSION;
  kdf: KdfParams;
  cipher: { name: 'AES-GCM'; iv: string };
  /** base64 of the AES-GCM ciphertext (tag at the end) of the plain backup's JSON text. */
  data: string;
}

export interface ParsedBackup {
  children: Child[];
  conversations: Conversation[];
  exportedAt: string;
}
