import { useEffect, useState } from 'react';

/**
 * False until the browser is idle after the first paint (at most `timeoutMs` later): for what a first screen
 * can show a moment later, so that its code and data never compete with the first paint (issue 19).
 */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    // Safari has no requestIdleCallback: a short timeout is the nearest.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(handle);
  }, [timeoutMs]);
  return idle;
}
