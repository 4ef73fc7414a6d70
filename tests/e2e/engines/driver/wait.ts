// Waiting on a condition in the page, the same way in every engine: poll a page function until it returns
// something truthy. Generous timeouts: the machine is shared and slow at times; nothing here measures time.
import type { EnginePage, PageFunction } from './types';

export const DEFAULT_TIMEOUT = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` in the page until it returns a truthy value, and returns that value. */
export async function waitUntil<R, A = null>(
  page: EnginePage,
  fn: PageFunction<A, R>,
  arg?: A,
  { timeout = DEFAULT_TIMEOUT, what = fn.toString().slice(0, 120) }: { timeout?: number; what?: string } = {},
): Promise<R> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      // A navigation may be under way (the document went away mid-script): try again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${what}${reason}`);
    }
    await sleep(100);
  }
}

/** Waits until an element matching `selector` is in the document and rendered (has a box). */
export async function waitForSelector(
  page: EnginePage,
  selector: string,
  { timeout = DEFAULT_TIMEOUT, state = 'visible' as 'visible' | 'attached' | 'detached' } = {},
): Promise<void> {
  await waitUntil(
    page,
    ({ selector, state }) => {
      const element = document.querySelector(selector);
      if (state === 'detached') return !element;
      if (!element) return false;
      if (state === 'attached') return true;
      const style = getComputedStyle(element);
      return element.getClientRects().length > 0 && style.visibility !== 'hidden';
    },
    { selector, state },
    { timeout, what: `${selector} to be ${state}` },
  );
}

/** Polls `read` (Node side) until `accept` holds for its value; returns the value. For expect-like waits. */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, { timeout = DEFAULT_TIMEOUT, what = 'a condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    let value: T | undefined;
    let failure: unknown;
    try {
      value = await read();
      if (accept(value)) return value;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      const last = failure instanceof Error ? failure.message : JSON.stringify(value);
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${last}`);
    }
    await sleep(100);
  }
}
