// The autosaver behind every conversation edit: saves shortly after typing, one write at a time, and
// never drops a value whose write failed (a full disk must not eat the text on screen).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveStatus } from '../../src/features/conversation/autosave';
import { isQuotaError } from '../../src/storage/writeErrors';

function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

/** A write whose calls can be resolved or failed one by one. */
function controlledWrite() {
  const calls: Array<{ value: string; resolve: () => void; reject: (e: unknown) => void }> = [];
  const write = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { write, calls };
}

describe('Autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes only the latest value, once, after the delay', async () => {
    const written: string[] = [];
    const saver = new Autosaver<string>({ write: async (v) => void written.push(v), delayMs: 300 });
    saver.schedule('H');
    saver.schedule('He');
    saver.schedule('Hej');
    await vi.advanceTimersByTimeAsync(299);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['Hej']);
    expect(saver.isDirty).toBe(false);
  });

  it('reports pending → saving → saved, and pending only after schedule() returned', async () => {
    const statuses: AutosaveStatus[] = [];
    const written: string[] = [];
    const saver = new Autosaver<string>({ write: async (v) => void written.push(v), onStatus: (s) => statuses.push(s) });
    saver.schedule('text');
    // schedule() may run inside a React state updater: no listener call synchronously.
    expect(statuses).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['pending']);
    await saver.flush();
    expect(written).toEqual(['text']);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['text']);
  });

  it('flush() right after schedule() writes at once', async () => {
    const statuses: AutosaveStatus[] = [];
    const written: string[] = [];
    const saver = new Autosaver<string>({ write: async (v) => void written.push(v), onStatus: (s) => statuses.push(s) });
    saver.schedule('text');
    await saver.flush();
    expect(written).toEqual(['text']);
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('keeps the value when the write throws instead of rejecting', async () => {
    let broken = true;
    const written: string[] = [];
    const saver = new Autosaver<string>({
      write: (v) => {
        if (broken) throw new Error('codec failed');
        written.push(v);
        return Promise.resolve();
      },
    });
    saver.schedule('text');
    await saver.flush();
    expect(saver.isDirty).toBe(true);
    broken = false;
    await saver.flush();
    expect(written).toEqual(['text']);
  });

  it('keeps the value pending when the disk is full, reports the quota error, and saves it on retry', async () => {
    let full = true;
    const written: string[] = [];
    const errors: unknown[] = [];
    const saver = new Autosaver<string>({
      write: async (v) => {
        if (full) throw quotaError();
        written.push(v);
      },
      onStatus: (status, error) => {
        if (status === 'error') errors.push(error);
      },
    });
    saver.schedule('anteckning');
    await saver.flush();
    expect(written).toEqual([]);
    expect(saver.isDirty).toBe(true);
    expect(errors).toHaveLength(1);
    expect(isQuotaError(errors[0])).toBe(true);

    full = false;
    await saver.flush();
    expect(written).toEqual(['anteckning']);
    expect(saver.isDirty).toBe(false);
  });

  it('a failed write never replaces text typed while it was in flight', async () => {
    const { write, calls } = controlledWrite();
    const saver = new Autosaver<string>({ write });
    saver.schedule('first');
    const flushing = saver.flush();
    saver.schedule('first and more');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['first']);
    calls[0]?.reject(quotaError());
    await flushing;
    expect(saver.isDirty).toBe(true);
    const retry = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]?.value).toBe('first and more');
    calls[1]?.resolve();
    await retry;
    expect(saver.isDirty).toBe(false);
  });

  it('every flush() waits until all text typed before it is written, even with overlapping flushes', async () => {
    const { write, calls } = controlledWrite();
    const saver = new Autosaver<string>({ write });
    saver.schedule('a');
    const first = saver.flush(); // write "a" in flight
    saver.schedule('ab');
    const timerFlush = saver.flush(); // waits for "a", then writes "ab"
    const updateFlush = saver.flush(); // must not resolve before "ab" is written
    let updateDone = false;
    void updateFlush.then(() => {
      updateDone = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['a']);
    calls[0]?.resolve();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab']);
    expect(updateDone).toBe(false);
    calls[1]?.resolve();
    await Promise.all([timerFlush, updateFlush]);
    expect(updateDone).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('an urgent flush (the page is going away) starts the last write at once, beside one in flight', async () => {
    const { write, calls } = controlledWrite();
    const saver = new Autosaver<string>({ write });
    saver.schedule('a');
    void saver.flush(); // "a" in flight, not yet done
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule('ab');
    const urgent = saver.flush({ urgent: true });
    await vi.advanceTimersByTimeAsync(0);
    // Not queued behind "a": by the time "a" ends the page may be gone.
    expect(calls.map((c) => c.value)).toEqual(['a', 'ab']);
    let done = false;
    void urgent.then(() => {
      done = true;
    });
    calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    calls[0]?.resolve();
    await urgent;
    expect(saver.isDirty).toBe(false);
  });
});

describe('isQuotaError', () => {
  it('knows the browsers’ and Dexie’s ways of saying the disk is full', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    // Dexie: AbortError with the cause as `inner`, BulkError with `failures`.
    expect(isQuotaError({ name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: quotaError() } })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quotaError() }))).toBe(true);
  });

  it('says no to other failures', () => {
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(new Error('network'))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    // A cycle does not hang it.
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });
});
