import { useEffect, useReducer, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicRoute, useRoute } from '../../navigation';
import { useLockStore } from './lockStore';
import { useAutoLock } from './useAutoLock';
import { useLockRecordSync } from './useLockRecordSync';
import { loadedUnlockScreen, loadUnlockScreen } from './unlockScreenChunk';

/**
 * Shows the app only when it may be read: while the lock state is unknown nothing is shown, and while
 * locked only the unlock screen. Public pages (the wheel, the guide, the poster, the privacy description,
 * the accessibility statement: src/navigation/routes.ts) hold no data and stay open.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  const open = isPublicRoute(route);
  const status = useLockStore((s) => s.status);
  useAutoLock();
  // A page with no child data needs neither the database nor the lock record (nor Dexie in its first load).
  useLockRecordSync(!open);
  // Just unlocked: start at the page's content again, as after any page change.
  const previous = useRef(status);
  // The unlock screen is a chunk of its own (few devices use the lock): loaded at start when locked
  // (initLock), and ahead of time while unlocked, so that locking never waits for it.
  const [, screenLoaded] = useReducer((n: number) => n + 1, 0);
  const needsScreen = !open && status !== 'checking' && status !== 'off';
  useEffect(() => {
    if (needsScreen && !loadedUnlockScreen()) void loadUnlockScreen().then(screenLoaded, screenLoaded);
  }, [needsScreen]);
  useEffect(() => {
    if (previous.current === 'locked' && status === 'unlocked') document.getElementById('main')?.focus({ preventScroll: true });
    previous.current = status;
  }, [status]);
  if (open) return children;
  if (status === 'checking') return <p className="muted">{t('status.loading')}</p>;
  if (status === 'locked' || status === 'damaged') {
    return loadedUnlockScreen() ?? <p className="muted">{t('status.loading')}</p>;
  }
  return children;
}
