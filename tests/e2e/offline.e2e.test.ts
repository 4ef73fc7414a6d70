// After one visit the app works with the server gone and the network off: it starts, opens deep links
// (the public wheel in any language, a conversation), and everything done offline is kept: a new child,
// a conversation with ratings and notes in two areas, the chosen language, all after reloads.
// Served from a sub-path (/hjulet/), which is where scope and fallback mistakes show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectConsole, guardOrigins, openBrowser, screenshot, startApp, type OpenedBrowser, type RunningApp } from './harness';
import { waitForController, waitForWheel } from './pwaHelpers';

const ALIAS = 'Offline-Olle';
const NOTES = {
  safeGoingWell: 'Känner sig trygg hos mormor',
  safeWorries: 'Mörkrädd på kvällarna',
  healthyNextSteps: 'Boka tid hos skolsköterskan',
};

async function openFresh(page: Page, url: string): Promise<void> {
  // about:blank first, so the next goto is a real page load, not a hash change.
  await page.goto('about:blank');
  await page.goto(url);
}

function field(page: Page, area: string, name: string) {
  return page.locator(`[data-area-panel="${area}"] textarea[name="${name}"]`);
}

function rating(page: Page, area: string, perspective: string, value: number) {
  return page.locator(`[data-area-panel="${area}"] [data-perspective="${perspective}"] [data-rating="${value}"] input`);
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved', undefined, {
    timeout: 10_000,
  });
}

describe('offline after one visit (served at /hjulet/)', () => {
  let app: RunningApp;
  let browser: OpenedBrowser;
  let serverClosed = false;

  beforeAll(async () => {
    app = await startApp({ base: '/hjulet/' });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (!serverClosed) await app?.close();
  });

  it('starts, opens deep links and keeps a whole conversation with no server and no network', async () => {
    const { context, page } = browser;
    const guard = guardOrigins(context, app.origin);
    const log = collectConsole(page);
    // Counts calls of navigator.storage.persist(): saving the first child must ask for lasting storage.
    await context.addInitScript(() => {
      const storage = navigator.storage;
      if (!storage?.persist) return; // about:blank
      const persist = storage.persist.bind(storage);
      (window as { __persistCalls?: number }).__persistCalls = 0;
      storage.persist = () => {
        const w = window as { __persistCalls?: number };
        w.__persistCalls = (w.__persistCalls ?? 0) + 1;
        return persist();
      };
    });
    try {
      // The one online visit.
      await page.goto(app.url);
      await page.locator('h1').first().waitFor();
      await waitForController(page);

      // Server gone and network off.
      await app.close();
      serverClosed = true;
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      await page.reload();
      await page.locator('.add-child form').waitFor({ timeout: 15_000 });

      // Deep links: the public wheel in Arabic (a lazy locale chunk, right to left), and a page address
      // the server never had (navigation fallback to the precached shell).
      await openFresh(page, `${app.url}#/wheel?lang=ar`);
      await waitForWheel(page);
      await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
      await openFresh(page, `${app.url}some/deep/path?x=1#/wheel?lang=fi`);
      await waitForWheel(page);
      await page.waitForFunction(() => document.documentElement.lang === 'fi');

      // Add a child offline.
      await openFresh(page, `${app.url}#/`);
      await page.locator('.add-child input').first().fill(ALIAS);
      await page.locator('.add-child button[type="submit"]').click();
      await page.locator('h1', { hasText: ALIAS }).waitFor();
      await expect.poll(() => page.evaluate(() => (window as { __persistCalls?: number }).__persistCalls)).toBeGreaterThan(0);

      // Hold a conversation in two areas: ratings and notes.
      await page.locator('.start-conversation button[type="submit"]').click();
      await page.locator('[data-area-panel="safe"]').waitFor();
      const conversationId = /#\/conversation\/([^?]+)/.exec(page.url())?.[1];
      expect(conversationId).toBeTruthy();
      await rating(page, 'safe', 'child', 4).check();
      await rating(page, 'safe', 'professional', 3).check();
      await field(page, 'safe', 'goingWell').fill(NOTES.safeGoingWell);
      await field(page, 'safe', 'worries').fill(NOTES.safeWorries);
      await page.locator('[data-testid="wheel"] [data-area="healthy"]').click();
      await page.locator('[data-area-panel="healthy"]').waitFor();
      await rating(page, 'healthy', 'child', 2).check();
      await field(page, 'healthy', 'nextSteps').fill(NOTES.healthyNextSteps);
      await waitSaved(page);

      // Switch language, then reload: the language and everything typed are still there.
      await page.locator('[data-testid="language-switcher"]').first().selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.reload();
      await waitForWheel(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect.poll(() => field(page, 'healthy', 'nextSteps').inputValue()).toBe(NOTES.healthyNextSteps);
      expect(await rating(page, 'healthy', 'child', 2).isChecked()).toBe(true);

      // A fresh start on the conversation's deep link, in the area of the first notes.
      await openFresh(page, `${app.url}#/conversation/${conversationId}?area=safe`);
      await page.locator('[data-area-panel="safe"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await field(page, 'safe', 'goingWell').inputValue()).toBe(NOTES.safeGoingWell);
      expect(await field(page, 'safe', 'worries').inputValue()).toBe(NOTES.safeWorries);
      expect(await rating(page, 'safe', 'child', 4).isChecked()).toBe(true);
      expect(await rating(page, 'safe', 'professional', 3).isChecked()).toBe(true);
      // The wheel shows both rated areas (their names carry the ratings).
      expect(await page.locator('[data-testid="wheel"] [data-area="safe"]').getAttribute('aria-label')).toMatch(/^Safe/);

      // Home lists the child; settings show the storage status, all offline.
      await openFresh(page, `${app.url}#/`);
      await page.locator('[data-testid="child-list"] a', { hasText: ALIAS }).waitFor();
      await openFresh(page, `${app.url}#/settings`);
      await page.locator('[data-testid="storage-persisted"]').waitFor();
      await page.locator('[data-testid="storage-usage"]').waitFor();
      await screenshot(page, 'offline-settings');

      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${app.url}sw.js`);
      expect(log.errors().filter((e) => !/favicon|icons\/icon/.test(`${e.text} ${e.location ?? ''}`))).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } catch (error) {
      await screenshot(page, 'offline-failure').catch(() => undefined);
      throw error;
    }
  });
});
