export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  write: (value: T) => Promise<unknown>;
  /** Wait this long after the last change before writing … */
  delayMs?: number;
  /** … but no longer than this after the first unwritten change, while changes keep coming. */
  maxWaitMs?: number;
  onStatus?: (status: AutosaveStatus, error?: unknown) => void;
}

/**
 * Saves the latest value shortly after the last change, one write at a time (except when the page is going away).
 * A failed write keeps the value as pending, so the next change or flush tries again.
 */
export class Autosaver<T> {
  private pending: T | undefined;
  private hasPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet handed to a write came (for maxWaitMs). */
  private pendingSince: number | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly delayMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.delayMs = options.delayMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  }

  schedule(value: T): void {
    this.pending = value;
    this.hasPending = true;
    // Told a moment later, not now: schedule() may run inside a React state updater, where listeners
    // must not set other components' state. Skipped if a flush took the value meanwhile.
    queueMicrotask(() => {
      if (this.hasPending) this.options.onStatus?.('pending');
    });
    clearTimeout(this.timer);
    const now = Date.now();
    // A clock put back must not stretch the wait: then the wait starts again from now.
    if (this.pendingSince === undefined || this.pendingSince > now) this.pendingSince = now;
    const left = this.maxWaitMs - (now - this.pendingSince);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(this.delayMs, left)));
  }

  get isDirty(): boolean {
    return this.hasPending;
  }

  /** Something typed is not yet known to be written (pending, or its write still running). */
  get hasUnwritten(): boolean {
    return this.hasPending || this.inFlight.size > 0;
  }

  /**
   * Writes what is pending now (before an update reload, on leaving the view). A resolved flush() means
   * "nothing typed so far is still unwritten". With `urgent` (pagehide, beforeunload, hidden) the write
   * starts at once instead of queueing behind one in flight: the page may be gone before that one ends.
   * Overlapping writes are safe because storage never replaces a newer record with an older one.
   */
  async flush(options: { urgent?: boolean } = {}): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!options.urgent) {
      // Loop: while we waited, another flush may have started the next write; wait for that one too.
      while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    }
    if (this.hasPending) this.startWrite();
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  private startWrite(): void {
    const value = this.pending as T;
    this.hasPending = false;
    this.pendingSince = undefined;
    this.options.onStatus?.('saving');
    // Promise.resolve().then(...): a write that throws at once is caught like one that rejects.
    const write: Promise<void> = Promise.resolve()
      .then(() => this.options.write(value))
      .then(() => {
        if (!this.hasPending && this.inFlight.size === 1) this.options.onStatus?.('saved');
      })
      .catch((error: unknown) => {
        // Keep the newest value: if nothing newer came in, the failed one is still to be saved.
        if (!this.hasPending) {
          this.pending = value;
          this.hasPending = true;
        }
        this.options.onStatus?.('error', error);
      })
      .finally(() => {
        this.inFlight.delete(write);
      });
    this.inFlight.add(write);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
