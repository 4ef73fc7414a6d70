import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * Reads data live from the database: re-runs `read` whenever the tables it touched change.
 * Decoding (maybe decryption) happens inside `read` through the repositories, which wrap Web Crypto
 * in Promise.resolve so Dexie keeps tracking. Answers for other deps than the current ones are not shown.
 */
export function useLive<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<{ deps: readonly unknown[]; value: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(read).subscribe({
      next: (value) => setResult({ deps, value }),
      error: () => setResult(undefined),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result && sameDeps(result.deps, deps) ? result.value : undefined;
}

/** Calls `next` with the result of `read` now and whenever the tables it read change (in any tab). */
export function watch<T>(read: () => Promise<T>, next: (value: T) => void): () => void {
  const subscription = liveQuery(read).subscribe({ next, error: () => undefined });
  return () => subscription.unsubscribe();
}
