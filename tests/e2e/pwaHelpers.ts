// Small steps the PWA e2e tests (pwa, offline, update) share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness';

/**
 * Waits until a service worker controls the page. `navigator.serviceWorker.ready` may resolve while the
 * worker is still activating; `controller` is set only once it really answers this page's requests.
 */
export async function waitForController(page: Page, timeout = 30_000): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
    timeout,
    polling: 100,
  });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/** The wheel of the public page or a conversation, with its eight areas, ready for input. */
export async function waitForWheel(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="wheel"] [data-area="included"]').waitFor({ state: 'visible', timeout });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return undefined;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * A Chromium profile on disk, like a user's (openBrowser() gives an incognito-like context, where Chromium
 * never offers to install an app). The profile folder is deleted on close.
 */
export async function openProfileBrowser(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'hjulet-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    serviceWorkers: 'allow',
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
