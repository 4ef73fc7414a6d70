/** Every way an import can fail; each has a friendly text in locales/<lng>/backup.json under errors.<code>. */
export const BACKUP_ERROR_CODES = ['not-a-backup', 'newer-version', 'too-large', 'damaged', 'wrong-passphrase', 'passphrase-needed'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode) {
    // The message is the code alone: notes must never reach an error message or a log (docs/architecture.md, "Privacy rules").
    super(`backup: ${code}`);
    this.name = 'BackupError';
    this.code = code;
  }
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError;
}
