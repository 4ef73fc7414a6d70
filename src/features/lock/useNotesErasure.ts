import { useEffect } from 'react';
import { todayIsoDate } from '../../domain/model';
import type { NotesErasure, NotesGraceDays } from '../../domain/retention';
import { eraseDueNotes, findNotesErasures, readNotesGraceDays, useLive } from '../../storage';

/** The grace period after a transfer, live; undefined while loading. */
export function useNotesGraceDays(): NotesGraceDays | undefined {
  return useLive(() => readNotesGraceDays(), []);
}

/** Transferred notes that go within the warning week (and those due now), live. */
export function useNotesErasures(grace: NotesGraceDays | undefined): { due: NotesErasure[]; soon: NotesErasure[] } | undefined {
  const today = todayIsoDate();
  return useLive(async () => (grace === undefined ? undefined : findNotesErasures(grace, today)), [grace, today]);
}

/**
 * Erases what is due, automatically: whenever the list of due conversations changes (a start, an unlock,
 * a new day, a transfer marked in another tab). Mounted inside the lock gate, so it only runs unlocked.
 */
export function useEraseDueNotes(): void {
  const grace = useNotesGraceDays();
  const erasures = useNotesErasures(grace);
  const due = erasures?.due.map((e) => e.conversationId).join(',') ?? '';
  useEffect(() => {
    if (grace === undefined || due === '') return;
    // A failure (the app locked meanwhile, a full disk) is tried again on the next change.
    eraseDueNotes(grace, todayIsoDate()).catch(() => undefined);
  }, [grace, due]);
}
