export { BackupError, isBackupError, BACKUP_ERROR_CODES, type BackupErrorCode } from './errors';
export { type ParsedBackup } from './format';
export { buildBackup, serializeBackup } from './build';
export { encryptBackup } from './encrypt';
export { parseBackupFile } from './parse';
export { mergePlan, type MergePlan, type ImportMode, type BackupData } from './merge';
