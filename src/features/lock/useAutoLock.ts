import { useEffect } from 'react';
import { lockNow, useLockStore } from './lockStore';

/** What counts as someone using the app. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;

/**
 * Locks the app after `idleMinutes` without activity, and at once when it comes back into view after
 * being hidden for longer than that (phones stop timers in the background, so the return is checked too).
 * Uses Date.now() and setTimeout only, so tests can move time with a fake clock.
 */
export function useAutoLock(): void {
  const unlocked = useLockStore((s) => s.status === 'unlocked');
  const idleMinutes = useLockStore((s) => s.idleMinutes);

  useEffect(() => {
    if (!unlocked) return;
    const idleMs = idleMinutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const idle = Date.now() - last;
      if (idle >= idleMs) {
        void lockNow();
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(check, Math.max(250, idleMs - idle));
    };
    const onActivity = () => {
      last = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', check);
    window.addEventListener('focus', check);
    check();
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', check);
      window.removeEventListener('focus', check);
    };
  }, [unlocked, idleMinutes]);
}
