// PWA figures for `npm run bench` (issue "Works with no connection"):
// - precache size: files and bytes in the service worker's precache manifest (dist/sw.js);
// - first-load JavaScript, gzipped, per route: the scripts a fresh visit requests before the route's first
//   render is on screen (issue 19: "every route loads only what it draws"; what loads after, on demand,
//   such as the database for the home screen's list or the service worker's registration once idle, is
//   shown beside it as "to idle");
// - offline start: median time from navigation to an interactive wheel (#/wheel), 10 runs, with the
//   server stopped, the browser offline and the service worker stopped before each run (a cold start).
// Functions passed to page.waitForFunction() and page.evaluate() run in the browser.
/* global navigator, document, Element, window, location, MutationObserver */
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

/** Routes whose first load is measured: the home screen (its own budget) and every other page. */
const FIRST_LOAD_ROUTES = [
  { id: 'home', hash: '#/' },
  { id: 'wheel', hash: '#/wheel' },
  { id: 'child', hash: '#/child/none' },
  { id: 'conversation', hash: '#/conversation/none' },
  { id: 'childTurn', hash: '#/child-turn/none' },
  { id: 'summary', hash: '#/summary/none' },
  { id: 'search', hash: '#/search' },
  { id: 'settings', hash: '#/settings' },
  { id: 'accessibility', hash: '#/accessibility' },
  { id: 'poster', hash: '#/poster' },
  { id: 'guide', hash: '#/guide' },
  { id: 'privacy', hash: '#/privacy' },
];

/**
 * Scripts a first visit to each route requests (no service worker yet), gzipped one by one: those
 * requested before the app's first render is on screen (the first load), and all of them until idle.
 */
async function firstLoadJs(ctx) {
  const browser = await ctx.launchBrowser();
  const figures = [];
  const base = new URL(ctx.url).pathname;
  const gzipped = (pathname) => ctx.gzipSize(readFileSync(path.join(ctx.dist, pathname.slice(base.length))));
  let others = 0;
  try {
    for (const route of FIRST_LOAD_ROUTES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      // The moment React first puts the app's <main> on screen (not the first paint's inert copy of it).
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('main#main:not([inert])')) return;
          window.__firstRender = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(`${ctx.url}${route.hash}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const { first, scripts } = await page.evaluate(() => ({
        first: window.__firstRender,
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).origin === location.origin && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => [new URL(e.name).pathname, e.startTime]),
      }));
      await context.close();
      let before = 0;
      let all = 0;
      for (const [pathname, start] of new Map(scripts)) {
        const size = gzipped(pathname);
        all += size;
        if (start < first) before += size;
      }
      const budget = route.id === 'home' ? { max: 135 } : { max: 150 };
      if (route.id !== 'home') others = Math.max(others, before);
      figures.push({
        id: `first-load-js-${route.id}`,
        label: `First-load JS, ${route.hash} (gzip, before the first render)`,
        value: before / 1024,
        unit: 'KiB',
        budget,
        note: `${(all / 1024).toFixed(1)} KiB to idle`,
      });
    }
    figures.push({ id: 'first-load-js-gzip', label: 'First-load JS, largest of the other routes (gzip)', value: others / 1024, unit: 'KiB' });
    return figures;
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
