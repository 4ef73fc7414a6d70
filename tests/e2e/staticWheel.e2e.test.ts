// Issue 17, the instant public wheel page: `<base>wheel/<lang>/` is HTML made at build time. With scripts
// off it shows the wheel and every area's texts in all six languages, with the right lang and dir; with
// scripts on its areas follow the wheel's DOM contract (buttons, aria-pressed, arrows in reading order,
// Enter and Space), and after one visit it opens offline, as does the app it links to. Axe finds nothing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages';
import {
  collectConsole,
  formatViolations,
  guardOrigins,
  launchBrowser,
  runAxe,
  screenshot,
  startApp,
  type ConsoleLog,
  type OriginGuard,
  type RunningApp,
} from './harness';
import { AREAS, expectStaticWheelPage, wheelTexts } from './helpers/staticWheel';
import { waitForController, waitForWheel } from './pwaHelpers';
import type { Browser } from 'playwright-core';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let guard: OriginGuard;
let log: ConsoleLog;

async function open(options: { javaScriptEnabled: boolean }): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', serviceWorkers: 'allow', ...options });
  guard = guardOrigins(context, app.origin);
  page = await context.newPage();
  log = collectConsole(page);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});
afterEach(async () => {
  expect(guard.foreign).toEqual([]);
  expect(log.errors()).toEqual([]);
  await context?.close();
});

describe('with scripts off', () => {
  beforeEach(() => open({ javaScriptEnabled: false }));

  it('shows the wheel and every area’s texts in each of the six languages, with lang and dir', async () => {
    for (const lng of LANGUAGES) {
      await page.goto(`${app.url}wheel/${lng}/`);
      await expectStaticWheelPage(page, lng);
      // Nothing ran: the wheel is a picture with a name, not buttons that would do nothing.
      expect(await page.locator('[role="button"]').count()).toBe(0);
      expect(await page.locator('[data-wheel-hint]').isHidden()).toBe(true);
      // Each area is one link away, and the app is too.
      await page.locator(`.wheel-page-areas a[href="#area-included"]`).click();
      expect(page.url()).toMatch(/#area-included$/);
      expect(await page.locator('[data-testid="open-app"]').getAttribute('href')).toBe(`../../#/wheel?lang=${lng}`);
    }
    await page.goto(`${app.url}wheel/ar/`);
    await screenshot(page, 'static-wheel-ar-no-js');
  });

  it('has no accessibility violations (Swedish and Arabic)', async () => {
    // axe needs scripts, so this context runs them, but the page's own script is answered with nothing:
    // the page is exactly what a browser with scripts off shows.
    await context.close();
    await open({ javaScriptEnabled: true });
    await context.route('**/assets/wheel-page-*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    for (const lng of ['sv', 'ar']) {
      await page.goto(`${app.url}wheel/${lng}/`);
      expect(await page.locator('[role="button"]').count()).toBe(0);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    }
  });
});

describe('with scripts on', () => {
  beforeEach(() => open({ javaScriptEnabled: true }));

  async function pressed(): Promise<string[]> {
    return page.locator('[data-testid="wheel"] [data-area][aria-pressed="true"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-area') ?? ''));
  }
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-area'));

  for (const { lng, forward, backward } of [
    { lng: 'sv', forward: 'ArrowRight', backward: 'ArrowLeft' },
    { lng: 'ar', forward: 'ArrowLeft', backward: 'ArrowRight' },
  ]) {
    it(`makes the wheel's areas buttons that follow the keyboard in reading order (${lng})`, async () => {
      await page.goto(`${app.url}wheel/${lng}/`);
      await page.locator('[data-testid="wheel"] [data-area][role="button"]').first().waitFor();
      const areas = wheelTexts(lng);
      for (const id of AREAS) {
        const area = page.locator(`[data-testid="wheel"] [data-area="${id}"]`);
        expect(await area.getAttribute('role')).toBe('button');
        expect((await area.getAttribute('aria-label'))?.startsWith(areas[id]?.label ?? '?')).toBe(true);
      }
      expect(await pressed()).toEqual(['safe']);
      expect(await page.locator('[data-wheel-hint]').isVisible()).toBe(true);

      // Tab reaches the wheel: one tab stop, on the selected area.
      await page.locator('.brand').focus();
      for (let i = 0; i < 20 && (await focused()) !== 'safe'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('safe');
      await page.keyboard.press(forward);
      expect(await focused()).toBe('healthy');
      expect(await pressed()).toEqual(['healthy']);
      expect(await page.locator('#area-healthy').getAttribute('class')).toContain('is-selected');
      await page.keyboard.press(backward);
      await page.keyboard.press(backward);
      expect(await focused()).toBe('included');
      await page.keyboard.press('Home');
      expect(await focused()).toBe('safe');
      await page.keyboard.press('End');
      expect(await pressed()).toEqual(['included']);
      await page.locator('[data-testid="wheel"] [data-area="nurtured"]').click();
      expect(await pressed()).toEqual(['nurtured']);
      await page.keyboard.press('Space');
      expect(await pressed()).toEqual(['nurtured']);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  }

  it('opens offline after one visit, and so does the app it links to', async () => {
    await page.goto(`${app.url}wheel/so/`);
    await waitForController(page);
    // The page has the worker cache the region's wheel pack too, which the app asks for at its start.
    // Polled with evaluate: waitForFunction would take the async predicate's promise for a truthy answer.
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('hjulet-wheel-pack')).keys()).length), { timeout: 15_000, interval: 200 })
      .toBeGreaterThan(0);
    await context.setOffline(true);
    try {
      await page.reload();
      await expectStaticWheelPage(page, 'so');
      await page.locator('[data-testid="open-app"]').click();
      await waitForWheel(page);
      // The language is applied once its texts are loaded, a moment after the wheel is drawn.
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('so');
      await page.goto(`${app.url}wheel/kmr/`);
      await expectStaticWheelPage(page, 'kmr');
    } catch (error) {
      await screenshot(page, 'static-wheel-offline-failure').catch(() => undefined);
      throw error;
    }
  });
});
