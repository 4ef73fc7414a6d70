// Steps shared by the data-loss e2e tests (issue 11): the page going to the background, a renderer crash,
// and what is at rest in the browser outside the app's own reading (localStorage, Cache Storage).
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** Where the app journals a draft it could not write yet (src/storage/unloadJournal.ts). */
export const JOURNAL_PREFIX = 'hjulet.unsaved.';

/** The conversation's field with this label (an area's note, the overall notes, an action's what or who). */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Waits until the conversation says everything typed is written. */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 30_000 });
}

/** Types at the end of the field, as someone coming back to it does. */
export async function typeAtEnd(target: Locator, text: string): Promise<void> {
  await target.click();
  await target.press('Control+End');
  await target.page().keyboard.type(text);
}

/**
 * The page goes to the background as Chromium fires it when the user switches to another app or tab:
 * document.visibilityState becomes "hidden" and `visibilitychange` fires (with `pagehide`, persisted, when
 * the page also goes into the back-forward cache). Headless Chromium never hides a page by itself (neither
 * another tab in front nor a minimised window changes visibilityState there), so the state is overridden.
 * Returns whether the app journalled the conversation's draft in that moment (listeners run synchronously).
 */
export async function hide(page: Page, conversationId: string, { pagehide = false } = {}): Promise<boolean> {
  return page.evaluate(
    ({ key, pagehide }) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      if (pagehide) window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      // Each tab journals under `<prefix><conversation id>.<tab>`.
      return Object.keys(localStorage).some((k) => k.startsWith(key));
    },
    { key: `${JOURNAL_PREFIX}${conversationId}.`, pagehide },
  );
}

/** The page comes back to the front (undoes hide()). */
export async function show(page: Page, { pageshow = false } = {}): Promise<void> {
  await page.evaluate((pageshow) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    if (pageshow) window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    document.dispatchEvent(new Event('visibilitychange'));
  }, pageshow);
}

/** Kills the page's renderer process, as a crash or a killed tab would: no pagehide, no last write. */
export async function crash(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** Every key and value in localStorage, as one string. */
export async function rawLocalStorage(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
}

/** The journal's entries, key → stored text. */
export async function journalEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith(prefix))), JOURNAL_PREFIX);
}

/** Every request URL and response body in Cache Storage (the service worker's caches), as one string. */
export async function rawCacheStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        parts.push(name, request.url, response ? await response.text() : '');
      }
    }
    return parts.join('\n');
  });
}
