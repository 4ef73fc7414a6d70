/** Longest wait between two tries, however many wrong passphrases came before. */
export const MAX_UNLOCK_DELAY_MS = 5 * 60 * 1000;

/**
 * How long to wait after `failures` wrong passphrases in a row: 1 s, 2 s, 4 s, … up to 5 minutes.
 * It slows down guessing at the screen; the real protection is the key derivation (PBKDF2).
 */
export function unlockDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= 0) return 0;
  return Math.min(MAX_UNLOCK_DELAY_MS, 1000 * 2 ** Math.min(Math.floor(failures) - 1, 20));
}

/** Milliseconds still to wait, given when the last failure happened. */
export function remainingDelayMs(failures: number, lastFailureAt: number, now: number): number {
  return Math.max(0, lastFailureAt + unlockDelayMs(failures) - now);
}
