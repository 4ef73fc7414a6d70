// Making and opening a handover file: an encrypted backup (format version 2) of one child, whose record
// in the file carries the handover (to whom, from whom, the message). Nothing leaves the device by itself:
// the user hands the file over and tells the passphrase by phone or in person.
import { newId, todayIsoDate, type Child, type Handover } from '../../domain/model';
import { normalisePassphrase } from '../../domain/handover/passphrase';
import { withoutUndefined } from '../../domain/objects';
import type { ParsedBackup } from '../../domain/backup';
import { updateChild } from '../../storage';

export interface HandoverInput {
  childId: string;
  /** To whom, as a role. */
  role: string;
  sender?: string;
  message?: string;
  passphrase: string;
  now?: Date;
  /** Only for tests. */
  iterations?: number;
}

export function handoverFileName(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  const hh = String(now.getHours()).padStart(2, '0');
  const mm = String(now.getMinutes()).padStart(2, '0');
  return `hjulet-handover-${y}-${m}-${d}-${hh}${mm}.json`;
}

/** The encrypted file and the handover record; the record is stored only once the file exists. */
export async function createHandoverFile(input: HandoverInput): Promise<{ file: File; handover: Handover }> {
  const now = input.now ?? new Date();
  const handover: Handover = withoutUndefined({
    id: newId(),
    direction: 'sent' as const,
    date: todayIsoDate(now),
    role: input.role.trim(),
    sender: input.sender?.trim() || undefined,
    message: input.message?.trim() || undefined,
  });
  const { createBackupFile } = await import('../export/backupActions');
  const made = await createBackupFile({
    childId: input.childId,
    passphrase: normalisePassphrase(input.passphrase),
    iterations: input.iterations,
    now,
    withChild: (child) => ({ ...child, handovers: [...(child.handovers ?? []), handover] }),
  });
  if (made.children !== 1) throw new Error('the child is gone');
  return { file: new File([made.text], handoverFileName(now), { type: 'application/json' }), handover };
}

/** "Handed over on <date> to <role>" on this device. */
export async function recordSentHandover(childId: string, handover: Handover): Promise<void> {
  await updateChild(childId, (child) => ({ ...child, handovers: [...(child.handovers ?? []).filter((h) => h.id !== handover.id), handover] }));
}

/** What a handover file holds: exactly one child, and the handover it was made for. */
export interface OpenedHandover {
  backup: ParsedBackup;
  child: Child;
  sent?: Handover;
}

/** Opens and validates the file; throws the backup's errors ('wrong-passphrase', 'damaged', …) or 'not-a-handover'. */
export async function openHandoverFile(text: string, passphrase: string): Promise<OpenedHandover> {
  const { openBackupFile } = await import('../export/backupActions');
  const backup = await openBackupFile(text, normalisePassphrase(passphrase));
  const [child, ...more] = backup.children;
  if (!child || more.length > 0) throw new NotAHandoverError();
  const sent = [...(child.handovers ?? [])].reverse().find((h) => h.direction === 'sent');
  return sent ? { backup, child, sent } : { backup, child };
}

export class NotAHandoverError extends Error {
  constructor() {
    super('not a handover file');
    this.name = 'NotAHandoverError';
  }
}

/** Writes the child and their conversations, with "received on <date> from <role>" on the child. */
export async function importHandover(opened: OpenedHandover, now: Date = new Date()): Promise<void> {
  const received: Handover = withoutUndefined({
    id: newId(),
    direction: 'received' as const,
    date: todayIsoDate(now),
    role: opened.sent?.sender ?? '',
    message: opened.sent?.message,
  });
  const child: Child = { ...opened.child, handovers: [...(opened.child.handovers ?? []), received], updatedAt: now.toISOString() };
  const { applyRestore } = await import('../export/backupActions');
  await applyRestore({ children: [child], conversations: opened.backup.conversations }, 'merge');
}
