// A chunk that fails to load reloads the window once (a stale build after an update elsewhere), but not
// while the page is being left: leaving aborts the chunks still loading, and a reload then would cancel
// the navigation the user asked for (Firefox reported it as NS_BINDING_ABORTED in the offline journey).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let reload: ReturnType<typeof vi.fn>;
const original = window.location;
let added: Array<[string, EventListenerOrEventListenerObject]> = [];

/** A fresh copy of the module (its once-only state), listening on this window until the test ends. */
async function listen(): Promise<void> {
  vi.resetModules();
  const { reloadOnMissingChunks } = await import('../../src/app/staleBuild');
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject) => {
    added.push([type, listener]);
    add(type, listener);
  });
  reloadOnMissingChunks();
}

function preloadError(): Event {
  const event = new Event('vite:preloadError', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  sessionStorage.clear();
  reload = vi.fn();
  Object.defineProperty(window, 'location', { configurable: true, value: { ...original, reload } });
});

afterEach(() => {
  for (const [type, listener] of added) window.removeEventListener(type, listener);
  added = [];
  vi.restoreAllMocks();
  Object.defineProperty(window, 'location', { configurable: true, value: original });
});

describe('reloadOnMissingChunks', () => {
  it('reloads when a chunk is missing while the page is in use', async () => {
    await listen();
    expect(preloadError().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('does not reload for the chunks that leaving the page aborted, and does again once the page is shown anew', async () => {
    await listen();
    window.dispatchEvent(new Event('beforeunload'));
    expect(preloadError().defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reload).not.toHaveBeenCalled();
    // Back from the back-forward cache: a missing chunk is a stale build again.
    window.dispatchEvent(new Event('pageshow'));
    preloadError();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
