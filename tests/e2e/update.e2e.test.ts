// A new version deployed while someone is typing in a conversation is offered, never imposed: the notice
// appears, nothing reloads by itself (a marker on window survives, "Later" keeps it that way), and
// "Update now" saves what was typed, then loads the new build, with every word typed under the old one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, collectConsole, ensureBuild, guardOrigins, openBrowser, screenshot, startApp, type OpenedBrowser, type RunningApp } from './harness';
import { waitForController } from './pwaHelpers';

const BUILD_B = 'update-test-b';

/** Build B: the same sources with another build id, so its main chunk and service worker differ. */
function buildB(outDir: string): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // NODE_ENV: Vitest sets it to "test", which would give B React's development build.
    // RELEASE_TAG: every file of B gets a new name, as in a real release where the texts changed too.
    env: { ...process.env, BASE: '/', VITE_BUILD_ID: BUILD_B, RELEASE_TAG: 'b', NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('build B failed');
}

/** "Deploys" a build: replaces everything in the served folder, as a static host would. */
function deploy(from: string, served: string): void {
  for (const entry of readdirSync(served)) rmSync(path.join(served, entry), { recursive: true, force: true });
  cpSync(from, served, { recursive: true });
}

const marker = (page: Page) => page.evaluate(() => (window as { __hjuletMarker?: string }).__hjuletMarker);
const build = (page: Page) => page.evaluate(() => document.documentElement.dataset.build);
const setMarker = (page: Page, value: string) =>
  page.evaluate((v) => {
    (window as { __hjuletMarker?: string }).__hjuletMarker = v;
  }, value);
// What the app does when the user comes back to it (it then looks for a new version).
const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

describe('update flow', () => {
  let work: string;
  let served: string;
  let builtA: string;
  let builtB: string;
  let app: RunningApp;
  let browser: OpenedBrowser;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hjulet-update-'));
    served = path.join(work, 'served');
    mkdirSync(served);
    builtB = path.join(work, 'b');
    // A private copy of A: dist/ may be rebuilt by another run while this one deploys back and forth.
    builtA = path.join(work, 'a');
    cpSync(ensureBuild({ outDir: 'dist', base: '/' }), builtA, { recursive: true });
    buildB(builtB);
    deploy(builtA, served);
    app = await startApp({ dir: served });
  });

  afterAll(async () => {
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    deploy(builtA, served);
    browser = await openBrowser();
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('offers build B while a conversation is open and loads it with every typed word once accepted', async () => {
    const { context, page } = browser;
    const guard = guardOrigins(context, app.origin);
    const log = collectConsole(page);
    const notice = page.locator('[data-testid="update-notice"]');
    const goingWell = page.locator('[data-area-panel="safe"] textarea[name="goingWell"]');
    try {
      await page.goto(app.url);
      await page.locator('.add-child form').waitFor();
      await waitForController(page);
      const buildA = await build(page);
      expect(buildA).toBeTruthy();
      expect(buildA).not.toBe(BUILD_B);

      // A conversation under build A, with typing in progress.
      await page.locator('.add-child input').first().fill('Uppdatera-Ulla');
      await page.locator('.add-child button[type="submit"]').click();
      await page.locator('.start-conversation button[type="submit"]').click();
      await goingWell.waitFor();
      await page.locator('[data-area-panel="safe"] [data-perspective="child"] [data-rating="5"] input').check();
      await goingWell.pressSequentially('Skrivet under A.');
      await setMarker(page, 'page of build A');

      // Deploy B to the same origin; the app finds it when the user comes back to it.
      deploy(builtB, served);
      await comeBack(page);
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.getAttribute('data-phase')).toBe('ready');
      expect(await notice.textContent()).toContain('En ny version är klar');

      // Typing goes on; nothing reloads by itself.
      await goingWell.pressSequentially(' Mer under A.');
      await page.waitForTimeout(1500);
      expect(await marker(page)).toBe('page of build A');
      expect(await build(page)).toBe(buildA);

      // "Later" hides the notice and still reloads nothing; coming back offers B again.
      await page.locator('[data-testid="update-later"]').click();
      await notice.waitFor({ state: 'hidden' });
      await page.waitForTimeout(500);
      expect(await marker(page)).toBe('page of build A');
      await comeBack(page);
      await notice.waitFor();

      // The last words are typed right before accepting, inside the autosave delay.
      await goingWell.pressSequentially(' Sista ordet.');
      // Well before the app's 10 s fallback: the new worker taking over is what triggers the reload.
      await Promise.all([page.waitForEvent('load', { timeout: 8_000 }), page.locator('[data-testid="update-now"]').click()]);

      // Build B runs, in a new page, with all the text typed under A.
      await goingWell.waitFor();
      expect(await marker(page)).toBeUndefined();
      expect(await build(page)).toBe(BUILD_B);
      expect(await goingWell.inputValue()).toBe('Skrivet under A. Mer under A. Sista ordet.');
      expect(await page.locator('[data-area-panel="safe"] [data-perspective="child"] [data-rating="5"] input').isChecked()).toBe(true);
      expect(await notice.count()).toBe(0);
      await waitForController(page);
      const waiting = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      expect(waiting).toBe(false);

      expect(log.errors()).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } catch (error) {
      await screenshot(page, 'update-failure').catch(() => undefined);
      throw error;
    }
  });

  it('a window where nobody accepted keeps running A when another window updates, and offers the reload', async () => {
    const { context, page } = browser;
    const guard = guardOrigins(context, app.origin);
    const log = collectConsole(page);
    const goingWell = page.locator('[data-area-panel="safe"] textarea[name="goingWell"]');
    try {
      await page.goto(app.url);
      await page.locator('.add-child form').waitFor();
      await waitForController(page);
      const buildA = await build(page);
      await page.locator('.add-child input').first().fill('Två-fönster-Tove');
      await page.locator('.add-child button[type="submit"]').click();
      await page.locator('.start-conversation button[type="submit"]').click();
      await goingWell.waitFor();
      await goingWell.pressSequentially('Fönster ett.');
      await setMarker(page, 'first window');

      // A second window of the app, on the start page.
      const other = await context.newPage();
      await other.goto(app.url);
      await other.locator('.add-child form').waitFor();

      deploy(builtB, served);
      await comeBack(other);
      await other.locator('[data-testid="update-notice"]').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="update-notice"]').waitFor({ timeout: 30_000 });

      // The second window accepts and becomes B.
      await Promise.all([other.waitForEvent('load', { timeout: 8_000 }), other.locator('[data-testid="update-now"]').click()]);
      await other.locator('.add-child form').waitFor();
      expect(await build(other)).toBe(BUILD_B);

      // The first window did not reload: still A, still typing, and it offers the reload.
      await page.waitForTimeout(1000);
      expect(await marker(page)).toBe('first window');
      expect(await build(page)).toBe(buildA);
      expect(await page.locator('[data-testid="update-notice"]').getAttribute('data-phase')).toBe('ready');
      await goingWell.pressSequentially(' Och mer.');
      await Promise.all([page.waitForEvent('load', { timeout: 8_000 }), page.locator('[data-testid="update-now"]').click()]);
      await goingWell.waitFor();
      expect(await build(page)).toBe(BUILD_B);
      expect(await goingWell.inputValue()).toBe('Fönster ett. Och mer.');

      expect(log.errors()).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } catch (error) {
      await screenshot(page, 'update-two-windows-failure').catch(() => undefined);
      throw error;
    }
  });

  it('a window left on A keeps working after another window updated: a language and a page it had not loaded come from B, with every typed word', async () => {
    const { context, page } = browser;
    const guard = guardOrigins(context, app.origin);
    const log = collectConsole(page);
    const goingWell = page.locator('[data-area-panel="safe"] textarea[name="goingWell"]');
    try {
      await page.goto(app.url);
      await page.locator('.add-child form').waitFor();
      await waitForController(page);
      const buildA = await build(page);
      await page.locator('.add-child input').first().fill('Kvar-på-A-Kalle');
      await page.locator('.add-child button[type="submit"]').click();
      await page.locator('.start-conversation button[type="submit"]').click();
      await goingWell.waitFor();
      await goingWell.pressSequentially('Skrivet under A.');

      // A third window, on the start page, also stays on A.
      const third = await context.newPage();
      const thirdLog = collectConsole(third);
      await third.goto(app.url);
      await third.locator('.add-child form').waitFor();

      // Another window accepts B: A's files leave the device's cache, and B's are all new names.
      const other = await context.newPage();
      await other.goto(app.url);
      await other.locator('.add-child form').waitFor();
      deploy(builtB, served);
      await comeBack(other);
      await other.locator('[data-testid="update-notice"]').waitFor({ timeout: 30_000 });
      await Promise.all([other.waitForEvent('load', { timeout: 8_000 }), other.locator('[data-testid="update-now"]').click()]);
      await other.locator('.add-child form').waitFor();
      expect(await build(other)).toBe(BUILD_B);
      expect(await build(page)).toBe(buildA);
      // Right after an update the browser's HTTP cache may still hold A's files (Chromium's usually does,
      // for a while): cleared, as eviction does, so that A's files are really gone.
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

      // The first window, still on A, types on and picks a language it never loaded (Finnish): what
      // was typed is saved and the window comes back in B, in Finnish, with the text.
      await goingWell.pressSequentially(' Och mer.');
      await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), page.locator('[data-testid="language-switcher"]').selectOption('fi')]);
      await goingWell.waitFor();
      expect(await build(page)).toBe(BUILD_B);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
      expect(await goingWell.inputValue()).toBe('Skrivet under A. Och mer.');

      // The third window, still on A, opens a page whose chunk it never loaded: it too comes back in B.
      expect(await build(third)).toBe(buildA);
      await Promise.all([third.waitForEvent('load', { timeout: 15_000 }), third.evaluate(() => (window.location.hash = '#/settings'))]);
      await third.locator('[data-testid="lock-settings"]').waitFor();
      expect(await build(third)).toBe(BUILD_B);

      // The browser reports A's missing files (the situation itself): a 404, and for a missing stylesheet
      // the refusal of the 404's plain-text body; nothing else may go wrong.
      const missingFile = /status of 404|Refused to apply style from '[^']*\/assets\/[^']*\.css' because its MIME type \('text\/plain'\)/;
      const unexpected = (entries: Array<{ text: string }>) => entries.filter((e) => !missingFile.test(e.text));
      expect(unexpected(log.errors())).toEqual([]);
      expect(unexpected(thirdLog.errors())).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } catch (error) {
      await screenshot(page, 'update-stale-window-failure').catch(() => undefined);
      throw error;
    }
  });
});
