import { create } from 'zustand';
import { isCryptoError } from '../../domain/crypto';
import {
  changePassphrase as storeChangePassphrase,
  checkPassphrase,
  clearUnlockFailures,
  DEFAULT_IDLE_MINUTES,
  eraseEverything as storeEraseEverything,
  lock as storeLock,
  markFirstRunDone,
  openAtStart,
  readLockState,
  clearCodec,
  readUnlockFailures,
  recordUnlockFailure,
  saveIdleMinutes,
  sealStrayRows,
  setCodec,
  turnOffLock,
  turnOnLock,
  unlock as storeUnlock,
  withEditorsPaused,
  flushAllEdits,
} from '../../storage';
import { remainingDelayMs, unlockDelayMs } from './unlockDelay';
import { loadUnlockScreen } from './unlockScreenChunk';
import { rememberStartScreen } from './startScreenHint';

/**
 * checking: not known yet (nothing may read data); off: no lock; locked: key not in memory;
 * unlocked: lock on, key in memory; damaged: a lock record that cannot be read (only erasing helps).
 */
export type LockUiStatus = 'checking' | 'off' | 'locked' | 'unlocked' | 'damaged';

interface LockState {
  status: LockUiStatus;
  idleMinutes: number;
  firstRunDone: boolean;
}

/** Session state of the lock. The key itself lives only in the storage codec, never here. */
export const useLockStore = create<LockState>(() => ({
  status: 'checking',
  idleMinutes: DEFAULT_IDLE_MINUTES,
  firstRunDone: true,
}));

// The next start's first paint follows the lock (index.html's script reads the hint: src/navigation/firstPaint.ts).
useLockStore.subscribe(({ status, firstRunDone }) => rememberStartScreen(status, firstRunDone));

/** Run once before the first render: puts the right codec in place before anything is read. */
export async function initLock(): Promise<void> {
  try {
    const { lock: status, idleMinutes, firstRunDone } = await openAtStart();
    // Locked at start: the unlock screen is drawn in the first render, never after a "Loading…".
    if (status === 'locked' || status === 'damaged') await loadUnlockScreen().catch(() => undefined);
    useLockStore.setState({ status, idleMinutes, firstRunDone });
  } catch {
    // No IndexedDB (some private modes): there is nothing stored to protect, and nothing can be saved.
    useLockStore.setState({ status: 'off' });
  }
}

const STRAY_ROW_DELAY_MS = 3000;

/** Set while this tab turns the lock on or off or erases: its own changes of the lock record are not news. */
let switching = 0;

async function whileSwitching<T>(work: () => Promise<T>): Promise<T> {
  switching++;
  try {
    return await work();
  } finally {
    switching--;
  }
}

/**
 * Follows the lock record when another tab changes it: the lock turned on elsewhere locks this tab too;
 * turned off (or everything erased) elsewhere, this tab reads and writes in clear again.
 */
export function followLockRecord(kind: 'off' | 'on' | 'damaged'): void {
  const { status } = useLockStore.getState();
  if (switching > 0 || status === 'checking') return;
  if (kind === 'off' && status !== 'off') {
    setCodec(clearCodec);
    useLockStore.setState({ status: 'off' });
    // A write refused while the switch was under way goes through now, in clear.
    void flushAllEdits().catch(() => undefined);
  } else if (kind !== 'off' && status === 'off') {
    storeLock();
    useLockStore.setState({ status: kind === 'on' ? 'locked' : 'damaged' });
  }
}

/**
 * Reads the lock record now and follows it. An editor paused while another tab switched the lock calls this
 * before typing goes on: the watch of the lock record can come a second later in a busy tab, and what is
 * typed meanwhile could be neither sealed (no key here) nor written in clear (the lock is on).
 */
export async function followStoredLock(): Promise<void> {
  followLockRecord((await readLockState()).kind);
}

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait'; waitMs: number } | { ok: false; reason: 'damaged' };

/** Runs `attempt` with the passphrase unless a wrong one came too recently; counts a wrong one (kept across reloads). */
async function withFailureDelay(attempt: () => Promise<void>): Promise<UnlockResult> {
  const failures = await readUnlockFailures();
  const waitMs = remainingDelayMs(failures.count, failures.at, Date.now());
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  try {
    await attempt();
    await clearUnlockFailures().catch(() => undefined);
    return { ok: true };
  } catch (error) {
    if (isCryptoError(error) && error.code === 'wrong-passphrase') {
      const next = await recordUnlockFailure();
      return { ok: false, reason: 'wrong', waitMs: unlockDelayMs(next.count) };
    }
    return { ok: false, reason: 'damaged' };
  }
}

/** Tries a passphrase, honouring the growing delay after wrong ones (kept across reloads). */
export async function tryUnlock(passphrase: string): Promise<UnlockResult> {
  return withFailureDelay(async () => {
    const key = await storeUnlock(passphrase);
    useLockStore.setState({ status: 'unlocked' });
    // Rows a crash left in clear are sealed in the background, once the first screen has been read.
    setTimeout(() => {
      if (useLockStore.getState().status === 'unlocked') void sealStrayRows(key).catch(() => undefined);
    }, STRAY_ROW_DELAY_MS);
  });
}

/**
 * Checks the passphrase of an unlocked app without changing anything (an adult leaving the child's turn),
 * with the same growing delay after wrong ones, so that guessing at the child's screen is slow too.
 */
export async function confirmPassphrase(passphrase: string): Promise<UnlockResult> {
  return withFailureDelay(() => checkPassphrase(passphrase));
}

/** Saves what is being typed, then forgets the key. The screen switches to the unlock form. */
export async function lockNow(): Promise<void> {
  if (useLockStore.getState().status !== 'unlocked') return;
  await flushAllEdits().catch(() => undefined);
  useLockStore.setState({ status: 'locked' });
  storeLock();
}

export async function turnOn(passphrase: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  await flushAllEdits();
  // Tabs typing right now write what they hold first (in clear, then sealed by the switch) and wait.
  await withEditorsPaused(() =>
    whileSwitching(async () => {
      await turnOnLock(passphrase, onProgress ? { onProgress } : {});
      useLockStore.setState({ status: 'unlocked', firstRunDone: true });
    }),
  );
  await markFirstRunDone().catch(() => undefined);
}

export async function turnOff(passphrase: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  await flushAllEdits();
  await withEditorsPaused(() =>
    whileSwitching(async () => {
      await turnOffLock(passphrase, onProgress ? { onProgress } : {});
      useLockStore.setState({ status: 'off' });
    }),
  );
}

export async function changePassphrase(current: string, next: string): Promise<void> {
  await storeChangePassphrase(current, next);
}

export async function setIdleMinutes(minutes: number): Promise<void> {
  const saved = await saveIdleMinutes(minutes);
  useLockStore.setState({ idleMinutes: saved });
}

export async function dismissFirstRun(): Promise<void> {
  useLockStore.setState({ firstRunDone: true });
  await markFirstRunDone();
}

/** Erases every child, conversation and setting on this device, the lock included. */
export async function eraseAll(): Promise<void> {
  await flushAllEdits().catch(() => undefined);
  await withEditorsPaused(() =>
    whileSwitching(async () => {
      await storeEraseEverything();
      useLockStore.setState({ status: 'off', idleMinutes: DEFAULT_IDLE_MINUTES, firstRunDone: false });
    }),
  );
}
