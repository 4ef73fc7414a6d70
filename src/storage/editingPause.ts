// While one tab turns the lock on or off, or erases everything, the open editors of every other tab write
// what they hold and pause until it is done. Otherwise a tab typing at that moment would lose what it had
// shown (it can neither seal without the key nor write in clear once the lock is on).
//
// Each open editor holds a shared Web Lock; the switching tab asks them over a BroadcastChannel to pause,
// and then waits for the exclusive lock: granted once every editor has written and let go (or after a few
// seconds, for a tab frozen in the background, which wrote what it had when it was hidden).

const CHANNEL = 'hjulet-editing';
const LOCK_NAME = 'hjulet-editing';
const WAIT_FOR_EDITORS_MS = 5000;

type Message = { type: 'pause' } | { type: 'resume' };

export interface EditorHandlers {
  /** Stop typing and write what is held; resolves when written (or the write failed). */
  pause(): Promise<void>;
  resume(): void;
}

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

function channel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
}

/** Registers an open editor; returns the function that unregisters it. */
export function registerEditor(handlers: EditorHandlers): () => void {
  let release: (() => void) | undefined;
  let paused = false;
  let closed = false;
  const hold = () => {
    void locks()
      ?.request(LOCK_NAME, { mode: 'shared' }, () => {
        // Granted after a pause began or the editor closed: let go at once.
        if (paused || closed) return undefined;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(() => undefined);
  };
  const letGo = () => {
    release?.();
    release = undefined;
  };
  hold();
  const messages = channel();
  messages?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type === 'pause' && !paused) {
      paused = true;
      void handlers
        .pause()
        .catch(() => undefined)
        .finally(letGo);
    } else if (event.data?.type === 'resume' && paused) {
      paused = false;
      handlers.resume();
      if (!closed) hold();
    }
  });
  return () => {
    closed = true;
    messages?.close();
    letGo();
  };
}

/** Runs `work` while the other tabs' editors (and this tab's) are paused, after they wrote what they held. */
export async function withEditorsPaused<T>(work: () => Promise<T>): Promise<T> {
  const messages = channel();
  messages?.postMessage({ type: 'pause' } satisfies Message);
  try {
    const manager = locks();
    if (!manager) return await work();
    let result: { value: T } | undefined;
    try {
      await manager.request(LOCK_NAME, { mode: 'exclusive', signal: AbortSignal.timeout(WAIT_FOR_EDITORS_MS) }, async () => {
        result = { value: await work() };
      });
    } catch (error) {
      // Only the wait may time out; an error of the work itself goes on up.
      if (result !== undefined || (error as { name?: string } | null)?.name !== 'TimeoutError') throw error;
    }
    return result ? result.value : await work();
  } finally {
    messages?.postMessage({ type: 'resume' } satisfies Message);
    messages?.close();
  }
}
