// Real hosting: Debian's nginx with exactly the configuration of docs/hosting.md serves the build, at the
// root of a site and under /hjulet/. Checked: every security header (from their one source), the cache
// rules (hashed assets immutable; the page, the service worker and the wheel pages revalidated), gzip,
// MIME types, the offline start after one visit, and an update from build A to build B through nginx.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { ROOT, collectConsole, ensureBuild, guardOrigins, openBrowser, screenshot } from './harness';
import { NGINX, startNginx, type RunningNginx } from './helpers/nginx';
import { waitForController } from './pwaHelpers';

const BUILD_B = 'nginx-test-b';

function buildB(outDir: string, base: string): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BASE: base, VITE_BUILD_ID: BUILD_B, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`build B (${base}) failed`);
}

/** Replaces what nginx serves, as copying a new dist/ onto a server does. */
function deploy(from: string, to: string): void {
  for (const entry of readdirSync(to)) rmSync(path.join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

const build = (page: Page) => page.evaluate(() => document.documentElement.dataset.build);

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return response;
}

const SITES = [
  { site: 'root', base: '/', outDir: 'dist' },
  { site: 'subPath', base: '/hjulet/', outDir: 'dist-e2e-hjulet' },
] as const;

describe('the nginx configuration of docs/hosting.md', () => {
  for (const { site, base, outDir } of SITES) {
    describe(`at ${base}`, () => {
      let work: string;
      let builtA: string;
      let builtB: string;
      let nginx: RunningNginx;
      let served: string;
      let appUrl: string;

      beforeAll(async () => {
        if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: bash scripts/ensure-nginx.sh installs it`);
        work = mkdtempSync(path.join(tmpdir(), 'hjulet-nginx-builds-'));
        builtA = path.join(work, 'a');
        builtB = path.join(work, 'b');
        cpSync(ensureBuild({ outDir, base }), builtA, { recursive: true });
        buildB(builtB, base);
        nginx = await startNginx(site);
        served = base === '/' ? nginx.www : path.join(nginx.www, base.replace(/\//g, ''));
        if (base !== '/') cpSync(builtA, served, { recursive: true });
        else deploy(builtA, served);
        appUrl = `${nginx.origin}${base}`;
      });

      afterAll(async () => {
        await nginx?.close();
        if (work) rmSync(work, { recursive: true, force: true });
      });

      it('sends the security headers and the cache rules, gzipped where it helps', async () => {
        const asset = readdirSync(path.join(served, 'assets')).find((f) => f.startsWith('index-') && f.endsWith('.js'));
        expect(asset).toBeTruthy();
        const checks: Array<[string, string]> = [
          ['', 'no-cache'],
          ['index.html', 'no-cache'],
          ['sw.js', 'no-cache'],
          ['wheel/so/', 'no-cache'],
          ['wheel-pack.json', 'no-cache'],
          ['manifest.webmanifest', 'no-cache'],
          [`assets/${asset}`, 'public, max-age=31536000, immutable'],
        ];
        for (const [file, cache] of checks) {
          const response = await get(`${appUrl}${file}`, { 'accept-encoding': 'gzip' });
          expect(response.status, file).toBe(200);
          for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} of ${file}`).toBe(value);
          expect(response.headers.get('cache-control'), file).toBe(cache);
        }
        expect((await get(`${appUrl}assets/${asset}`, { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
        expect((await get(`${appUrl}wheel/ar/`, { 'accept-encoding': 'gzip' })).headers.get('content-encoding')).toBe('gzip');
        expect((await get(`${appUrl}manifest.webmanifest`)).headers.get('content-type')).toContain('application/manifest+json');
        expect((await get(`${appUrl}wheel/so/`)).headers.get('content-type')).toContain('text/html');
        const font = readdirSync(path.join(served, 'assets')).find((f) => f.endsWith('.woff2'));
        expect((await get(`${appUrl}assets/${font}`)).headers.get('content-type')).toBe('font/woff2');
        // A wheel page's address without its slash leads to it, on the same host and port.
        const redirect = await get(`${appUrl}wheel/so`);
        expect(redirect.status).toBe(301);
        expect(redirect.headers.get('location')).toBe(`${base}wheel/so/`);
        expect((await get(`${appUrl}assets/missing-file.js`)).status).toBe(404);
      });

      it('starts offline after one visit, the app and the static wheel page alike', async () => {
        const browser = await openBrowser();
        const { context, page } = browser;
        const guard = guardOrigins(context, nginx.origin);
        try {
          await page.goto(`${appUrl}wheel/so/`);
          await waitForController(page);
          await page.goto(appUrl);
          await page.locator('.add-child form').waitFor();
          await context.setOffline(true);
          await page.reload();
          await page.locator('.add-child form').waitFor();
          await page.goto(`${appUrl}wheel/ar/`);
          expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
          await page.locator('[data-testid="wheel"] [data-area="included"]').waitFor();
          expect(guard.foreign).toEqual([]);
        } catch (error) {
          await screenshot(page, `nginx-offline-${site}`).catch(() => undefined);
          throw error;
        } finally {
          await browser.close();
        }
      });

      it('offers build B once it is deployed, and runs it after "Update now"', async () => {
        const browser = await openBrowser();
        const { context, page } = browser;
        const guard = guardOrigins(context, nginx.origin);
        const log = collectConsole(page);
        try {
          deploy(builtA, served);
          await page.goto(appUrl);
          await page.locator('.add-child form').waitFor();
          await waitForController(page);
          expect(await build(page)).not.toBe(BUILD_B);

          deploy(builtB, served);
          await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
          const notice = page.locator('[data-testid="update-notice"]');
          await notice.waitFor({ timeout: 30_000 });
          await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), page.locator('[data-testid="update-now"]').click()]);
          await page.locator('.add-child form').waitFor();
          expect(await build(page)).toBe(BUILD_B);
          // The static pages of B are what the new worker serves, offline too.
          await context.setOffline(true);
          await page.goto(`${appUrl}wheel/sv/`);
          await page.locator('[data-testid="wheel"] [data-area="safe"]').waitFor();
          expect(log.errors()).toEqual([]);
          expect(guard.foreign).toEqual([]);
        } catch (error) {
          await screenshot(page, `nginx-update-${site}`).catch(() => undefined);
          throw error;
        } finally {
          await browser.close();
        }
      });
    });
  }
});
