import { START_SCREEN_KEY, type StartScreen } from '../../navigation/firstPaint';
import type { LockUiStatus } from './lockStore';

/** The start screen a lock state shows, for the first paint of the next start; undefined while not known. */
export function startScreenOf(status: LockUiStatus, firstRunDone: boolean): StartScreen | undefined {
  if (status === 'checking') return undefined;
  if (status !== 'off') return 'locked';
  return firstRunDone ? 'home' : 'welcome';
}

/**
 * Remembers it (a word, no child data) where index.html's first-paint script can read it before any code
 * has loaded: localStorage. Only a hint: a wrong one costs a moment of the wrong note, never data.
 */
export function rememberStartScreen(status: LockUiStatus, firstRunDone: boolean): void {
  const screen = startScreenOf(status, firstRunDone);
  if (!screen) return;
  try {
    if (localStorage.getItem(START_SCREEN_KEY) !== screen) localStorage.setItem(START_SCREEN_KEY, screen);
  } catch {
    // Private mode may forbid storage: the next start then paints as on a new device.
  }
}
