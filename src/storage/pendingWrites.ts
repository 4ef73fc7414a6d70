// Every open editor registers its flush here, so an accepted update or a lock can save first.
const flushers = new Set<() => Promise<void>>();

export function registerFlusher(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllEdits(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
