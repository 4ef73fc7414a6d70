// First e2e: the harness itself works (server headers, Chromium flags, screenshot, axe, origin guard),
// then the built app opens, sets <html lang> and shows the wheel at #/wheel without leaving its origin.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, collectConsole, formatViolations, guardOrigins, openBrowser, runAxe, screenshot, startApp, type RunningApp } from './harness';

const FIXTURE_HTML = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Fixture</title><link rel="icon" href="data:,"><link rel="stylesheet" href="style.css"></head>
<body><main><h1>Hjulet</h1><p>En statisk sida för att prova testmiljön.</p></main></body>
</html>`;

describe('e2e harness', () => {
  let fixtureDir: string;
  let fixture: RunningApp;
  let other: RunningApp;

  beforeAll(async () => {
    fixtureDir = mkdtempSync(path.join(tmpdir(), 'hjulet-e2e-'));
    writeFileSync(path.join(fixtureDir, 'index.html'), FIXTURE_HTML);
    writeFileSync(path.join(fixtureDir, 'style.css'), 'body { font-family: sans-serif; color: #111; }');
    fixture = await startApp({ dir: fixtureDir });
    // A second port is a second origin: the guard must notice any request to it.
    other = await startApp({ dir: fixtureDir });
  });

  afterAll(async () => {
    await fixture?.close();
    await other?.close();
    if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
  });

  it('launches Chromium with our flags and a temporary profile', async () => {
    const { page, close } = await openBrowser();
    try {
      await page.goto('chrome://version');
      const args = (await page.locator('#command_line').textContent())?.split(/\s+/) ?? [];
      for (const flag of CHROMIUM_ARGS) expect(args).toContain(flag);
      const profile = args.find((a) => a.startsWith('--user-data-dir='));
      expect(profile, 'a --user-data-dir of its own').toBeDefined();
      expect(profile).toContain(tmpdir());
    } finally {
      await close();
    }
  });

  it('serves a page with the security headers, screenshots it and finds no axe violation', async () => {
    const { context, page, close } = await openBrowser();
    try {
      const guard = guardOrigins(context, fixture.origin);
      const log = collectConsole(page);
      const response = await page.goto(fixture.url);
      expect(response?.status()).toBe(200);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(await page.locator('h1').textContent()).toBe('Hjulet');

      const file = await screenshot(page, 'harness-fixture');
      expect(statSync(file).size).toBeGreaterThan(1000);

      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(log.errors()).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runAxe reports a real violation', async () => {
    const { page, close } = await openBrowser();
    try {
      await page.goto(fixture.url);
      // An image without alt text breaks WCAG 1.1.1 (axe rule image-alt).
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')?.append(img);
      });
      const ids = (await runAxe(page)).map((v) => v.id);
      expect(ids).toContain('image-alt');
    } finally {
      await close();
    }
  });

  it('guardOrigins records a request to another origin but not data: URLs', async () => {
    const { context, page, close } = await openBrowser();
    try {
      const guard = guardOrigins(context, fixture.origin);
      await page.goto(fixture.url);
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.alt = '';
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.body.append(img);
      });
      expect(guard.foreign).toEqual([]);
      await page.goto(other.url);
      expect(guard.foreign).toContain(`document ${other.url}`);
      expect(guard.foreign).toContain(`stylesheet ${other.url}style.css`);
    } finally {
      await close();
    }
  });
});

describe('app smoke', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens with <html lang> set, shows the wheel at #/wheel, and stays on its origin', async () => {
    const { context, page, close } = await openBrowser();
    try {
      const guard = guardOrigins(context, app.origin);
      const log = collectConsole(page);
      await page.goto(app.url);
      await page.waitForLoadState('load');
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(lang).toMatch(/^(sv|en|fi|so|ar|kmr)$/);

      await page.goto(`${app.url}#/wheel`);
      const wheel = page.locator('[data-testid="wheel"]');
      await wheel.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await wheel.locator('svg').count()).toBeGreaterThan(0);
      await screenshot(page, 'smoke-wheel');

      expect(log.errors()).toEqual([]);
      expect(guard.foreign).toEqual([]);
    } catch (error) {
      await screenshot(page, 'smoke-failure').catch(() => undefined);
      throw error;
    } finally {
      await close();
    }
  });
});
