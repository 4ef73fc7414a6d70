// Backup and restore through the storage layer. Loaded on demand (dynamic import) because it pulls in
// the schema library; the bench build calls the same functions, so the figures measure this code.
import {
  BackupError,
  buildBackup,
  encryptBackup,
  mergePlan,
  parseBackupFile,
  serializeBackup,
  type BackupData,
  type ImportMode,
  type MergePlan,
  type ParsedBackup,
} from '../../domain/backup';
import type { Child, Conversation } from '../../domain/model';
import { getChild, listAllConversations, listChildren, listConversations, putRecords } from '../../storage';
import { backupFileName } from './backupRules';

export interface BackupFile {
  text: string;
  fileName: string;
  encrypted: boolean;
  children: number;
  conversations: number;
}

export interface CreateBackupOptions {
  /** One child and their conversations; all data when left out. */
  childId?: string;
  /** Encrypts the file when given (AES-GCM, PBKDF2-SHA-256). */
  passphrase?: string;
  /** Only for tests and the bench; real exports keep the default (600 000). */
  iterations?: number;
  now?: Date;
  /** Changes the child's copy in the file (a handover adds its record there before anything is stored). */
  withChild?: (child: Child) => Child;
}

/** A plain copy with only JSON values, without storage-only fields (`sealed`) or undefined keys. */
function plainRecord<T extends object>(record: T): T {
  const { sealed: _sealed, ...rest } = record as T & { sealed?: unknown };
  return JSON.parse(JSON.stringify(rest)) as T;
}

async function readData(childId: string | undefined): Promise<BackupData & { children: Child[]; conversations: Conversation[] }> {
  if (childId !== undefined) {
    const child = await getChild(childId);
    if (!child) return { children: [], conversations: [] };
    return { children: [child], conversations: await listConversations(childId) };
  }
  const [children, conversations] = await Promise.all([listChildren(), listAllConversations()]);
  // A conversation whose child is gone can be reached from no screen, and a file holding one would not
  // restore (every conversation must belong to a child in the file); it is left out.
  const ids = new Set(children.map((c) => c.id));
  return { children, conversations: conversations.filter((c) => ids.has(c.childId)) };
}

/**
 * Builds the backup file's text. Before anything is encrypted or handed over, the plain JSON is read back
 * with the import's own validation: a file that could not be restored is never offered as a backup.
 */
export async function createBackupFile(options: CreateBackupOptions = {}): Promise<BackupFile> {
  const now = options.now ?? new Date();
  const data = await readData(options.childId);
  const children = data.children.map((child) => plainRecord(options.withChild ? options.withChild(child) : child));
  const conversations = data.conversations.map(plainRecord);
  const json = serializeBackup(buildBackup(children, conversations, now.toISOString()));
  await parseBackupFile(json);
  const encrypted = options.passphrase !== undefined && options.passphrase !== '';
  const text = encrypted ? await encryptBackup(json, options.passphrase as string, options.iterations) : json;
  return {
    text,
    fileName: backupFileName(now, { encrypted, oneChild: options.childId !== undefined }),
    encrypted,
    children: children.length,
    conversations: conversations.length,
  };
}

/** Reads and fully validates a backup file; throws BackupError (e.g. 'passphrase-needed') and nothing else. */
export function openBackupFile(text: string, passphrase?: string): Promise<ParsedBackup> {
  return parseBackupFile(text, passphrase === undefined ? {} : { passphrase });
}

async function existingData(): Promise<BackupData> {
  const [children, conversations] = await Promise.all([listChildren(), listAllConversations()]);
  return { children, conversations };
}

export type PlanCounts = MergePlan['counts'];

/** What each mode would do to the device right now, for the preview before anything is written. */
export async function previewRestore(incoming: BackupData): Promise<Record<ImportMode, PlanCounts>> {
  const existing = await existingData();
  return { merge: mergePlan(existing, incoming, 'merge').counts, replace: mergePlan(existing, incoming, 'replace').counts };
}

/**
 * Writes a validated backup in one transaction. Merge: the newer `updatedAt` wins, nothing is deleted.
 * Replace: afterwards the device holds exactly the file's children and conversations. If the write fails,
 * the transaction is rolled back and nothing has changed.
 */
export async function applyRestore(incoming: BackupData, mode: ImportMode): Promise<PlanCounts> {
  // The plan is made again from the device's current data, not reused from the preview.
  const plan = mergePlan(await existingData(), incoming, mode);
  if (mode === 'replace') {
    // Clearing inside the same transaction also removes anything another tab added since the plan.
    await putRecords([...incoming.children], [...incoming.conversations], { replaceAll: true });
  } else {
    await putRecords(plan.putChildren, plan.putConversations, {
      deleteChildIds: plan.deleteChildIds,
      deleteConversationIds: plan.deleteConversationIds,
    });
  }
  return plan.counts;
}

/** Open and apply in one go (no preview): a file that fails validation or decryption writes nothing. */
export async function restoreFromText(text: string, mode: ImportMode, passphrase?: string): Promise<PlanCounts> {
  const backup = await openBackupFile(text, passphrase);
  return applyRestore(backup, mode);
}

export { BackupError };
