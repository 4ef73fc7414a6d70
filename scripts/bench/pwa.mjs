// PWA figures for `npm run bench` (issue "Works with no connection"):
// - precache size: files and bytes in the service worker's precache manifest (dist/sw.js);
// - first-load JavaScript, gzipped: every script a fresh visit to the start page loads;
// - offline start: median time from navigation to an interactive wheel (#/wheel), 10 runs, with the
//   server stopped, the browser offline and the service worker stopped before each run (a cold start).
// Functions passed to page.waitForFunction() and page.evaluate() run in the browser.
/* global navigator, document, Element */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const OFFLINE_RUNS = 10;

/** Precached URLs of a generated sw.js, relative to it. */
export function precacheUrls(swSource) {
  const start = swSource.indexOf('precacheAndRoute(');
  if (start < 0) throw new Error('sw.js has no precacheAndRoute call');
  const list = swSource.slice(start, swSource.indexOf(']', start));
  return [...new Set([...list.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]))];
}

function precacheFigures(dist) {
  const urls = precacheUrls(readFileSync(path.join(dist, 'sw.js'), 'utf8'));
  const bytes = urls.reduce((sum, url) => sum + statSync(path.join(dist, url)).size, 0);
  return [
    { id: 'precache-files', label: 'Precache: files', value: urls.length, unit: 'files' },
    { id: 'precache-bytes', label: 'Precache: size', value: bytes / 1024, unit: 'KiB' },
  ];
}

/** Scripts a first visit to the start page loads (no service worker yet), gzipped one by one. */
async function firstLoadJs(ctx) {
  const browser = await ctx.launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = new Set();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === ctx.origin && response.request().resourceType() === 'script') scripts.add(url.pathname);
    });
    await page.goto(`${ctx.url}#/`, { waitUntil: 'networkidle' });
    let gzipped = 0;
    let raw = 0;
    const base = new URL(ctx.url).pathname;
    for (const pathname of scripts) {
      const body = readFileSync(path.join(ctx.dist, pathname.slice(base.length)));
      raw += body.length;
      gzipped += ctx.gzipSize(body);
    }
    return [
      { id: 'first-load-js-gzip', label: 'First-load JS (gzip)', value: gzipped / 1024, unit: 'KiB', note: `${scripts.size} scripts, ${(raw / 1024).toFixed(1)} KiB raw` },
    ];
  } finally {
    await browser.close();
  }
}

/** Navigation start → wheel areas present and focusable, offline, service worker cold. */
async function offlineStart(ctx) {
  const server = await ctx.serve(ctx.dist);
  const browser = await ctx.launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${server.url}#/wheel`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
    await server.close();
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');

    const times = [];
    for (let run = 0; run < OFFLINE_RUNS; run++) {
      await page.goto('about:blank');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto(`${server.url}#/wheel`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const areas = document.querySelectorAll('[data-testid="wheel"] [data-area]');
          const last = areas[areas.length - 1];
          return areas.length === 8 && last instanceof Element && last.getAttribute('tabindex') !== null ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 15_000 },
      );
      times.push(await handle.jsonValue());
      const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
      if (!controlled) throw new Error('offline start was not served by the service worker');
    }
    const sorted = [...times].sort((a, b) => a - b);
    return [
      {
        id: 'offline-start-wheel-median',
        label: `Offline start → interactive wheel (median of ${OFFLINE_RUNS})`,
        value: ctx.median(times),
        unit: 'ms',
        note: `min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms; cold service worker, no server, offline`,
      },
    ];
  } finally {
    await browser.close();
    await server.close().catch(() => undefined);
  }
}

export async function run(ctx) {
  return [...precacheFigures(ctx.dist), ...(await firstLoadJs(ctx)), ...(await offlineStart(ctx))];
}
