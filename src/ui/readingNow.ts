// What is being read aloud right now, so that the text on screen can show it: which text (its key, as the
// read-aloud request names it, in which language) and, where the browser reports how far its voice has
// come, which sentence. features/readAloud sets it; ReadText shows it. One reading at a time.
import { useSyncExternalStore } from 'react';
import type { TextRange } from '../domain/voice/sentences';

export interface ReadingNow {
  lang: string;
  key: string;
  /** The sentence being read; the whole text while a recording plays or the voice reports no boundaries. */
  sentence?: TextRange;
}

let now: ReadingNow | undefined;
const listeners = new Set<() => void>();

export function setReadingNow(next: ReadingNow | undefined): void {
  if (
    next === now ||
    (next && now && next.lang === now.lang && next.key === now.key && next.sentence?.start === now.sentence?.start && next.sentence?.end === now.sentence?.end)
  )
    return;
  now = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reading of this text, while it is being read; undefined otherwise (and no re-render for other texts). */
export function useReadingOf(lang: string, key: string): ReadingNow | undefined {
  // Rendered to HTML at build time (the static wheel pages), nothing is being read.
  return useSyncExternalStore(
    subscribe,
    () => (now && now.lang === lang && now.key === key ? now : undefined),
    () => undefined,
  );
}
