// Which translated text explains a failed import. Kept apart from the backup code, so the settings page
// can show errors without loading the schema library.
import { BACKUP_ERROR_CODES, type BackupErrorCode } from '../../domain/backup/errors';

function codeOf(error: unknown): BackupErrorCode | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'BackupError' && (BACKUP_ERROR_CODES as readonly unknown[]).includes(code) ? (code as BackupErrorCode) : undefined;
}

export function backupErrorCode(error: unknown): BackupErrorCode | undefined {
  return codeOf(error);
}

/** A translation key (with namespace) for the error; anything unexpected counts as a damaged file. */
export function backupErrorKey(error: unknown): `backup:errors.${BackupErrorCode}` {
  return `backup:errors.${codeOf(error) ?? 'damaged'}`;
}
