import type { Child, Conversation } from '../model';
import { nowIso } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

export function buildBackup(children: readonly Child[], conversations: readonly Conversation[], exportedAt: string = nowIso()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    children: [...children],
    conversations: [...conversations],
  };
}

/** Compact JSON: backups can be large and nobody edits them by hand. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}
