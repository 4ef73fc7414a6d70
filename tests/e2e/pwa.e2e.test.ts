// The app is a real, installable PWA, also when served from a sub-path: the manifest is linked and valid,
// its icons load with the sizes they claim, a service worker controls the page, and Chromium reports no
// installability error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsole, guardOrigins, screenshot, startApp, type RunningApp } from './harness';
import { openProfileBrowser, pngSize, waitForController, waitForWheel } from './pwaHelpers';

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

interface Manifest {
  id?: string;
  name?: string;
  short_name?: string;
  name_localized?: Record<string, unknown>;
  lang?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: ManifestIcon[];
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

for (const base of ['/hjulet/', '/']) {
  describe(`installable PWA served at ${base}`, () => {
    let app: RunningApp;
    let browser: Awaited<ReturnType<typeof openProfileBrowser>>;

    beforeAll(async () => {
      app = await startApp({ base });
      // A profile on disk: in an incognito-like context Chromium never offers to install.
      browser = await openProfileBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it('links a valid manifest whose icons load, is controlled by its service worker, and is installable', async () => {
      const { context, page } = browser;
      const guard = guardOrigins(context, app.origin);
      const log = collectConsole(page);
      try {
        await page.goto(`${app.url}#/wheel`);
        await waitForWheel(page);

        // Linked from the page, and resolved inside the app's base.
        const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
        expect(manifestHref).toBeTruthy();
        const manifestUrl = new URL(manifestHref ?? '', app.url).href;
        expect(manifestUrl).toBe(`${app.url}manifest.webmanifest`);
        const response = await page.request.get(manifestUrl);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('application/manifest+json');
        const manifest = (await response.json()) as Manifest;

        expect(manifest.name).toContain('Barnets bästa');
        expect(manifest.short_name).toBe('Hjulet');
        expect(manifest.lang).toBe('sv');
        expect(JSON.stringify(manifest.name_localized?.en)).toMatch(/Best Interests of the Child/);
        expect(manifest.display).toBe('standalone');
        expect(manifest.theme_color).toMatch(HEX_COLOUR);
        expect(manifest.background_color).toMatch(HEX_COLOUR);
        // start_url, scope and id resolve to the base the app is served from (sub-path or root).
        expect(new URL(manifest.start_url ?? '', manifestUrl).href).toBe(app.url);
        expect(new URL(manifest.scope ?? '', manifestUrl).href).toBe(app.url);
        expect(new URL(manifest.id ?? '', new URL(manifest.start_url ?? '', manifestUrl)).href).toBe(app.url);

        const icons = manifest.icons ?? [];
        const has = (size: string, purpose: string) =>
          icons.some((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').split(' ').includes(purpose));
        expect(has('192x192', 'any')).toBe(true);
        expect(has('512x512', 'any')).toBe(true);
        expect(has('512x512', 'maskable')).toBe(true);
        for (const icon of icons) {
          const iconResponse = await page.request.get(new URL(icon.src, manifestUrl).href);
          expect(iconResponse.status(), icon.src).toBe(200);
          if (icon.type) expect(iconResponse.headers()['content-type'], icon.src).toContain(icon.type);
          if (icon.type === 'image/png') {
            const [w, h] = icon.sizes.split('x').map(Number);
            expect(pngSize(await iconResponse.body()), icon.src).toEqual({ width: w, height: h });
          }
        }

        // Controlled by our worker, registered for the app's scope.
        const scriptUrl = await waitForController(page);
        expect(scriptUrl).toBe(`${app.url}sw.js`);
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
        expect(scope).toBe(app.url);

        // Chromium's own verdict: the manifest parses without errors and the install criteria hold.
        const cdp = await context.newCDPSession(page);
        const parsed = (await cdp.send('Page.getAppManifest')) as { url: string; errors: Array<{ message: string }> };
        expect(parsed.url).toBe(manifestUrl);
        expect(parsed.errors.map((e) => e.message)).toEqual([]);
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
          installabilityErrors: Array<{ errorId: string; errorArguments: unknown[] }>;
        };
        expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);

        expect(log.errors()).toEqual([]);
        expect(guard.foreign).toEqual([]);
      } catch (error) {
        await screenshot(page, `pwa-failure-${base.replace(/\W+/g, '') || 'root'}`).catch(() => undefined);
        throw error;
      }
    });
  });
}
