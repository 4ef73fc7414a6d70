export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  write: (value: T) => Promise<unknown>;
  delayMs?: number;
  onStatus?: (status: AutosaveStatus, error?: unknown) => void;
}

/**
 * Saves the latest value shortly after the last change, one write at a time.
 * A failed write keeps the value as pending, so the next change or flush tries again.
 */
export class Autosaver<T> {
  private pending: T | undefined;
  private hasPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private readonly delayMs: number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.delayMs = options.delayMs ?? 300;
  }

  schedule(value: T): void {
    this.pending = value;
    this.hasPending = true;
    this.options.onStatus?.('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  get isDirty(): boolean {
    return this.hasPending;
  }

  /** Writes what is pending now (on pagehide, before an update reload, on leaving the view). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) await this.inFlight;
    if (!this.hasPending) return;
    const value = this.pending as T;
    this.hasPending = false;
    this.options.onStatus?.('saving');
    this.inFlight = this.options
      .write(value)
      .then(() => {
        if (!this.hasPending) this.options.onStatus?.('saved');
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
        this.inFlight = undefined;
      });
    await this.inFlight;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}
