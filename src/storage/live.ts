import { startTransition, useEffect, useState } from 'react';

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

let painted: Promise<void> | undefined;
/**
 * Resolves once the page has drawn a frame (at most 200 ms from the first call; at once where nothing is
 * drawn): a screen's live data is read right after its first render, and Dexie's download and start then no
 * longer hold back the first paint on a slow phone (issue 19).
 */
function afterFirstPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return (painted ??= new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden page draws no frames.
    setTimeout(resolve, 200);
  }));
}

/** Dexie's liveQuery, loaded with Dexie on first use (storage/database.ts: not in the first load). */
const dexie = () => afterFirstPaint().then(() => import('dexie'));

/**
 * Calls `next` with the result of `read` now and whenever the tables it read change (in any tab);
 * `error` when a read fails. Returns the function that stops it.
 */
export function watch<T>(read: () => Promise<T>, next: (value: T) => void, error: () => void = () => undefined): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  void dexie().then(({ liveQuery }) => {
    if (stopped) return;
    const subscription = liveQuery(read).subscribe({ next, error });
    unsubscribe = () => subscription.unsubscribe();
  }, error);
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

interface LiveOptions {
  /**
   * Show each answer as a transition: React renders it in slices between other work, so that a big answer
   * (the home screen's 1 000 children) never holds the main thread in one long task.
   */
  transition?: boolean;
}

/**
 * Reads data live from the database: re-runs `read` whenever the tables it touched change.
 * Decoding (maybe decryption) happens inside `read` through the repositories, which wrap Web Crypto
 * in Promise.resolve so Dexie keeps tracking. Answers for other deps than the current ones are not shown.
 */
export function useLive<T>(read: () => Promise<T>, deps: readonly unknown[], { transition = false }: LiveOptions = {}): T | undefined {
  const [result, setResult] = useState<{ deps: readonly unknown[]; value: T } | undefined>(undefined);
  useEffect(
    () =>
      watch(
        read,
        (value) => (transition ? startTransition(() => setResult({ deps, value })) : setResult({ deps, value })),
        () => setResult(undefined),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
  return result && sameDeps(result.deps, deps) ? result.value : undefined;
}
