import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation } from '../../domain/model';
import { getConversation, isQuotaError, journalUnsaved, registerFlusher, saveConversation, takeUnsaved } from '../../storage';
import { useConversationUi } from './conversationUiStore';
import { Autosaver } from './autosave';

export type DraftState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; conversation: Conversation };
type KeyedState = { id: string; state: DraftState };

/**
 * The conversation being edited: loaded once, kept on screen as typed, saved automatically.
 * What is on screen is never replaced by a failed write.
 */
export function useConversationDraft(id: string) {
  const [keyed, setKeyed] = useState<KeyedState | undefined>(undefined);
  const state: DraftState = keyed && keyed.id === id ? keyed.state : { status: 'loading' };
  const setSaveState = useConversationUi((s) => s.setSaveState);
  const saverRef = useRef<Autosaver<Conversation> | undefined>(undefined);
  const latestRef = useRef<KeyedState | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const saver = new Autosaver<Conversation>({
      write: saveConversation,
      onStatus: (status, error) => {
        if (status === 'saving' || status === 'pending') setSaveState('saving');
        else if (status === 'saved') setSaveState('saved');
        else if (status === 'error') setSaveState('error', isQuotaError(error) ? 'quota' : 'other');
      },
    });
    saverRef.current = saver;
    const flush = () => saver.flush();
    // The page is going away: start the last write now, not behind one still in flight.
    const flushUrgently = () => {
      void saver.flush({ urgent: true });
      const current = latestRef.current;
      if (saver.hasUnwritten && current?.id === id && current.state.status === 'ready') journalUnsaved(current.state.conversation);
    };
    const unregister = registerFlusher(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushUrgently();
    };
    window.addEventListener('pagehide', flushUrgently);
    window.addEventListener('beforeunload', flushUrgently);
    document.addEventListener('visibilitychange', onHidden);
    getConversation(id).then(
      (conversation) => {
        if (cancelled) return;
        // A draft the last page could not finish writing wins over the stored one, and is saved now.
        const unsaved = conversation ? takeUnsaved(id) : undefined;
        const shown = unsaved ?? conversation;
        latestRef.current = { id, state: shown ? { status: 'ready', conversation: shown } : { status: 'missing' } };
        setKeyed(latestRef.current);
        if (unsaved) saver.schedule(unsaved);
      },
      () => {
        if (cancelled) return;
        latestRef.current = { id, state: { status: 'missing' } };
        setKeyed(latestRef.current);
      },
    );
    return () => {
      cancelled = true;
      void saver.flush();
      unregister();
      window.removeEventListener('pagehide', flushUrgently);
      window.removeEventListener('beforeunload', flushUrgently);
      document.removeEventListener('visibilitychange', onHidden);
      setSaveState('idle');
    };
  }, [id, setSaveState]);

  // Changes build on the latest draft (not on a render's copy), so quick successive edits all count.
  const update = useCallback((change: (conversation: Conversation) => Conversation) => {
    const current = latestRef.current;
    if (!current || current.state.status !== 'ready') return;
    const conversation = change(current.state.conversation);
    latestRef.current = { id: current.id, state: { status: 'ready', conversation } };
    setKeyed(latestRef.current);
    saverRef.current?.schedule(conversation);
  }, []);

  const flush = useCallback(() => saverRef.current?.flush() ?? Promise.resolve(), []);

  return { state, update, flush };
}
