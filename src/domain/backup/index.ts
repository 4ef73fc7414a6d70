export { BackupError, isBackupError, BACKUP_ERROR_CODES, type BackupErrorCode } from './errors';
export {
  BACKUP_FORMAT,
  ENCRYPTED_BACKUP_FORMAT,
  BACKUP_VERSION,
  DEFAULT_MAX_BACKUP_BYTES,
  type Backup,
  type EncryptedBackup,
  type ParsedBackup,
} from './format';
export { buildBackup, serializeBackup } from './build';
export { encryptBackup } from './encrypt';
export { parseBackupFile, type ParseBackupOptions } from './parse';
export { mergePlan, type MergePlan, type ImportMode, type BackupData, type KindCounts } from './merge';
