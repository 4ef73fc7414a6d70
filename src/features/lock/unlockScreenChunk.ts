// The unlock screen's chunk, kept out of the first load of devices without the lock.
import { createElement, type ReactElement } from 'react';

let screen: ReactElement | undefined;

/** Loads the unlock screen (once); rejects when its chunk cannot be fetched. */
export async function loadUnlockScreen(): Promise<void> {
  if (screen) return;
  const { UnlockScreen } = await import('./UnlockScreen');
  screen = createElement(UnlockScreen);
}

/** The unlock screen, once its chunk is loaded. */
export function loadedUnlockScreen(): ReactElement | undefined {
  return screen;
}
