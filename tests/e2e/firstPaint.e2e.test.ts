// The first paint (issue 19): while the app's code is still on its way (held back here, as a slow connection
// does), the page already shows the header and the first screen's opening texts in the user's language and
// direction; when the app arrives it draws the same page in the same place, working, and nothing moves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { guardOrigins, openBrowser, startApp, type OpenedBrowser, type RunningApp } from './harness';

/** Holds back the app's code chunk until `release()`; the first paint's own script comes at once. */
async function holdAppCode(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/assets\/app-[^/]*\.js$/, (route) => (holding ? held.push(route) : route.continue()));
  return {
    release: async () => {
      holding = false;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
    stop: () => page.unroute(/\/assets\/app-[^/]*\.js$/),
  };
}

async function top(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return Math.round(box.y);
}

describe('the first paint, before the app code has arrived', () => {
  let app: RunningApp;
  let browser: OpenedBrowser;

  beforeAll(async () => {
    app = await startApp();
    // No service worker: the held chunk must come from the network (a worker's cache would answer first).
    browser = await openBrowser({ locale: 'en-US', serviceWorkers: 'block', viewport: { width: 412, height: 860 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the first-run note and the home screen in the browser language, then the app in the same place', async () => {
    const { context, page } = browser;
    const guard = guardOrigins(context, app.origin);
    const hold = await holdAppCode(page);
    await page.goto(app.url, { waitUntil: 'commit' });
    await page.locator('main[inert] .first-run').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('main[inert] .first-run').textContent()).resolves.toContain('You are responsible for the data');
    await expect(page.locator('header[inert] nav').textContent()).resolves.toContain('Settings');
    // Nothing in it can be used yet: it is inert, and the app's own note (with its buttons) is not there.
    expect(await page.locator('[data-testid="first-run"]').count()).toBe(0);
    const before = { note: await top(page, '.first-run h2'), intro: await top(page, '.home-intro h1') };

    await hold.release();
    await page.locator('[data-testid="first-run"]').waitFor();
    expect(await page.locator('[inert]').count()).toBe(0);
    expect({ note: await top(page, '.first-run h2'), intro: await top(page, '.home-intro h1') }).toEqual(before);

    // Dismissed, the next start draws the home screen without the note; in Arabic, right to left.
    await page.locator('[data-testid="first-run-dismiss"]').click();
    await page.locator('[data-testid="first-run"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="language-switcher"]').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const again = await holdAppCode(page);
    await hold.stop();
    await page.reload({ waitUntil: 'commit' });
    await page.locator('main[inert] .home-intro').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.locator('.first-run').count()).toBe(0);
    const intro = await top(page, '.home-intro h1');
    await again.release();
    await page.locator('[data-testid="child-list"]').waitFor({ state: 'attached' });
    expect(await top(page, '.home-intro h1')).toBe(intro);
    await again.stop();
    expect(guard.foreign).toEqual([]);
  });

  it('shows the public wheel’s opening texts at #/wheel', async () => {
    const { page } = browser;
    const hold = await holdAppCode(page);
    await page.goto('about:blank');
    await page.goto(`${app.url}#/wheel`, { waitUntil: 'commit' });
    await page.locator('main[inert] .public-wheel .lead').waitFor();
    const lead = await top(page, '.public-wheel .lead');
    await hold.release();
    await page.locator('[data-area-id], .public-areas li').first().waitFor();
    expect(await page.locator('main[inert]').count()).toBe(0);
    expect(await top(page, '.public-wheel .lead')).toBe(lead);
    await hold.stop();
  });
});
