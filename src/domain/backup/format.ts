import type { KdfParams } from '../crypto/kdf';
import type { Child, Conversation } from '../model';

// A contract (docs/architecture.md, "Export formats"): the names and shapes here are what other tools and older backups rely on.
export const BACKUP_FORMAT = 'hjulet-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'hjulet-backup-encrypted';
export const BACKUP_VERSION = 1;
/** Files above this are refused before parsing, so a wrong pick cannot freeze the device. */
export const DEFAULT_MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  children: Child[];
  conversations: Conversation[];
}

export interface EncryptedBackup {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
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
