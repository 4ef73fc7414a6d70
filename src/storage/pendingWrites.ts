// Every open editor registers its flush here, so an accepted update, a lock or a page error can save first.
// A write started by an editor that is closing is tracked too, so that waiting for "all saved" includes it.
const flushers = new Set<() => Promise<void>>();
const closing = new Set<Promise<unknown>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Tracks the last write of an editor that is going away (its flusher is already gone). */
export function trackWrite(write: Promise<unknown>): void {
  const tracked = write.catch(() => undefined).finally(() => closing.delete(tracked));
  closing.add(tracked);
}

/** Resolves when every open editor has written what it holds, and every closing editor's last write ended. */
export async function flushAllEdits(): Promise<void> {
  await Promise.all([...[...flushers].map((flush) => flush()), ...closing]);
}
