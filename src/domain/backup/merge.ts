import type { Child, Conversation } from '../model';

export type ImportMode = 'merge' | 'replace';

export interface BackupData {
  children: readonly Child[];
  conversations: readonly Conversation[];
}

export interface KindCounts {
  added: number;
  updated: number;
  /** Records in the file that were not written because the device's copy is the same age or newer. */
  unchanged: number;
  deleted: number;
}

/** What storage must do, in one transaction, to apply an import; computed without touching storage. */
export interface MergePlan {
  putChildren: Child[];
  putConversations: Conversation[];
  deleteChildIds: string[];
  deleteConversationIds: string[];
  counts: { children: KindCounts; conversations: KindCounts };
}

interface Timestamped {
  id: string;
  updatedAt: string;
}

function time(record: Timestamped): number {
  const t = Date.parse(record.updatedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

function planKind<T extends Timestamped>(
  existing: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
): { put: T[]; deleteIds: string[]; counts: KindCounts } {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.map((r) => r.id));
  const put: T[] = [];
  const counts: KindCounts = { added: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const record of incoming) {
    const current = byId.get(record.id);
    if (current === undefined) {
      put.push(record);
      counts.added++;
    } else if (mode === 'replace' || time(record) > time(current)) {
      // Merge: the newer edit wins; on a tie the device keeps its own copy, so nothing changes.
      put.push(record);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  // Only replace deletes: it makes the device hold exactly what the file holds.
  const deleteIds = mode === 'replace' ? existing.filter((r) => !incomingIds.has(r.id)).map((r) => r.id) : [];
  counts.deleted = deleteIds.length;
  return { put, deleteIds, counts };
}

/**
 * Pure plan for importing `incoming` into `existing`.
 * - merge: adds what is new, overwrites a record only when the file's `updatedAt` is newer, deletes nothing.
 * - replace: afterwards the device holds exactly the file's children and conversations; everything else
 *   is deleted (so replacing with a one-child backup removes all other children; the UI must say so).
 */
export function mergePlan(existing: BackupData, incoming: BackupData, mode: ImportMode): MergePlan {
  const children = planKind(existing.children, incoming.children, mode);
  const conversations = planKind(existing.conversations, incoming.conversations, mode);
  return {
    putChildren: children.put,
    putConversations: conversations.put,
    deleteChildIds: children.deleteIds,
    deleteConversationIds: conversations.deleteIds,
    counts: { children: children.counts, conversations: conversations.counts },
  };
}
