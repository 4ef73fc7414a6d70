import { useCallback, useEffect, useRef, useState } from 'react';
import { hasNewerEdits, mergeEdited, stampEdits } from '../../domain/edits';
import type { Conversation } from '../../domain/model';
import {
  ConversationGoneError,
  conversationRevision,
  flushAllEdits,
  getConversation,
  isQuotaError,
  journalUnsaved,
  registerEditor,
  registerFlusher,
  forgetUnsaved,
  removeOwnUnsaved,
  saveConversation,
  takeUnsaved,
  trackWrite,
  watch,
} from '../../storage';
import { followStoredLock } from '../lock/lockStore';
import { Autosaver } from './autosave';
import { useConversationUi } from './conversationUiStore';

export type DraftState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; conversation: Conversation };
type KeyedState = { id: string; state: DraftState };

// Soon after typing stops, yet not on every keystroke of a fast typist; and at least once a second while
// typing goes on. (What is typed meanwhile is also in the journal, so a crash loses nothing.)
const AUTOSAVE_DELAY_MS = 100;
const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * The conversation being edited: loaded once, kept on screen as typed, saved automatically.
 * - What is on screen is never replaced by a failed write.
 * - Every edit stamps the fields it changed (domain/edits.ts), so this draft, another tab's copy and a
 *   draft a closed page left in the journal merge field by field: the newest edit of each field wins.
 * - Edits written by another tab come in live.
 * - While another tab switches the lock, the draft is written and the view paused (`paused`).
 */
export function useConversationDraft(id: string) {
  const [keyed, setKeyed] = useState<KeyedState | undefined>(undefined);
  const [paused, setPaused] = useState(false);
  const state: DraftState = keyed && keyed.id === id ? keyed.state : { status: 'loading' };
  const setSaveState = useConversationUi((s) => s.setSaveState);
  const saverRef = useRef<Autosaver<Conversation> | undefined>(undefined);
  const latestRef = useRef<KeyedState | undefined>(undefined);
  const pausedShownRef = useRef<(() => void) | undefined>(undefined);
  const pausedOnScreenRef = useRef(false);

  // After the paused view is committed (the pause waits for it, see below).
  useEffect(() => {
    pausedOnScreenRef.current = paused;
    if (!paused) return;
    pausedShownRef.current?.();
    pausedShownRef.current = undefined;
  }, [paused]);

  useEffect(() => {
    let cancelled = false;
    let recoveredFrom: Parameters<typeof forgetUnsaved>[0] | undefined;
    const current = (): Conversation | undefined => {
      const latest = latestRef.current;
      return latest?.id === id && latest.state.status === 'ready' ? latest.state.conversation : undefined;
    };
    const show = (conversation: Conversation | undefined) => {
      latestRef.current = { id, state: conversation ? { status: 'ready', conversation } : { status: 'missing' } };
      setKeyed(latestRef.current);
    };
    /** Brings a stored copy (ours just written, or another tab's) into the draft, keeping what is newer here. */
    const absorb = (stored: Conversation) => {
      const draft = current();
      if (!draft || (draft.rev ?? 0) >= (stored.rev ?? 0)) return;
      show(mergeEdited(stored, draft));
    };

    const saver = new Autosaver<Conversation>({
      // Always the latest draft (with the revision it builds on), not the copy that was scheduled.
      write: async () => {
        const draft = current();
        if (!draft) return;
        try {
          absorb(await saveConversation(draft));
        } catch (error) {
          if (!(error instanceof ConversationGoneError)) throw error;
          if (!cancelled) show(undefined);
        }
      },
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      onStatus: (status, error) => {
        if (status === 'saving' || status === 'pending') setSaveState('saving');
        else if (status === 'error') setSaveState('error', isQuotaError(error) ? 'quota' : 'other');
        else if (status === 'saved') {
          setSaveState('saved');
          // Everything typed here is written: this tab's journalled copy is no longer needed, nor the
          // entries a draft was recovered from at the start.
          removeOwnUnsaved(id);
          if (recoveredFrom) forgetUnsaved(recoveredFrom);
          recoveredFrom = undefined;
        }
      },
    });
    saverRef.current = saver;
    const flush = () => saver.flush();
    // The page is going away: start the last write now, and journal the draft in case it cannot finish.
    const flushUrgently = () => {
      void saver.flush({ urgent: true });
      const draft = current();
      if (saver.hasUnwritten && draft) journalUnsaved(draft);
    };
    const unregister = registerFlusher(flush);
    const unregisterEditor = registerEditor({
      // Keystrokes still land until the paused view is on screen (inert, a render later): wait for it, so
      // that the write covers everything typed before the other tab switches.
      pause: async () => {
        if (!cancelled && !pausedOnScreenRef.current) {
          const shown = new Promise<void>((resolve) => {
            pausedShownRef.current = resolve;
          });
          setPaused(true);
          await shown;
        }
        await saver.flush();
      },
      // This tab follows the switch first (and locks, if the lock went on), then typing goes on.
      resume: () => {
        void followStoredLock()
          .catch(() => undefined)
          .finally(() => {
            if (!cancelled) setPaused(false);
          });
      },
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushUrgently();
    };
    window.addEventListener('pagehide', flushUrgently);
    window.addEventListener('beforeunload', flushUrgently);
    document.addEventListener('visibilitychange', onHidden);

    let stopWatching: (() => void) | undefined;
    getConversation(id).then(
      (stored) => {
        if (cancelled) return;
        // A draft a page could not finish writing is merged in (only its newer fields count) and saved.
        const unsaved = stored ? takeUnsaved(id) : undefined;
        const recovered = stored && unsaved && hasNewerEdits(stored, unsaved.draft);
        show(recovered ? mergeEdited(stored, unsaved.draft) : stored);
        if (recovered) {
          // The entries it came from go once it is written (see onStatus).
          recoveredFrom = unsaved.read;
          saver.schedule(current() as Conversation);
        } else if (unsaved) forgetUnsaved(unsaved.read);
        if (!stored) return;
        // Another tab's writes come in as they land (the revision is a clear field: no decryption to notice).
        stopWatching = watch(
          () => conversationRevision(id),
          (rev) => {
            const draft = current();
            if (cancelled || !draft) return;
            if (rev === undefined) {
              // Deleted elsewhere; only if nothing here waits to be written (a write would say "gone" anyway).
              if (!saver.hasUnwritten) show(undefined);
              return;
            }
            if (rev > (draft.rev ?? 0))
              void getConversation(id).then(
                (copy) => copy && !cancelled && absorb(copy),
                () => undefined,
              );
          },
        );
      },
      () => {
        if (!cancelled) show(undefined);
      },
    );
    return () => {
      cancelled = true;
      pausedShownRef.current?.();
      stopWatching?.();
      trackWrite(saver.flush());
      saver.dispose();
      unregister();
      unregisterEditor();
      window.removeEventListener('pagehide', flushUrgently);
      window.removeEventListener('beforeunload', flushUrgently);
      document.removeEventListener('visibilitychange', onHidden);
      setSaveState('idle');
    };
  }, [id, setSaveState]);

  // Changes build on the latest draft (not on a render's copy), so quick successive edits all count.
  const update = useCallback((change: (conversation: Conversation) => Conversation) => {
    const latest = latestRef.current;
    if (!latest || latest.state.status !== 'ready') return;
    const conversation = stampEdits(latest.state.conversation, change(latest.state.conversation));
    latestRef.current = { id: latest.id, state: { status: 'ready', conversation } };
    setKeyed(latestRef.current);
    saverRef.current?.schedule(conversation);
    // Journalled at once too (a synchronous write of one small entry): a tab that crashes before the
    // autosave has written keeps its last keystrokes. Removed again once everything is written.
    journalUnsaved(conversation);
  }, []);

  const flush = useCallback(() => saverRef.current?.flush() ?? flushAllEdits(), []);

  return { state, update, flush, paused };
}
