#!/usr/bin/env node
// Benchmark of follow-up over time (issue 7) with 1 000 children × 10 conversations seeded through the real
// storage layer: app start → usable home screen (every child listed, follow-ups shown), opening a child page
// (timeline, open actions and trend drawn), and search: building the index in its worker, the longest
// main-thread task meanwhile (typing must not stall), and query latency from a keystroke to the results on
// screen (median and 95th percentile over 50 queries).
//
//   node scripts/bench/followup.mjs          (standalone: builds dist-bench/, serves it, prints the figures)
//   npm run bench -- followup                (from scripts/bench.mjs, which passes ctx)
//
// Options (environment): BENCH_CHILDREN (1000), BENCH_PER_CHILD (10), BENCH_REPEATS (3).
/* global window, document, PerformanceObserver, HTMLInputElement, Event, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
import { runStandalone } from '../bench.mjs';

const SEARCH_P95_BUDGET_MS = 50;

// 50 distinct queries in the seed's vocabulary (src/app/bench/seed.ts): whole words, prefixes, word pairs,
// aliases, alias + word, and a few that match nothing. Consecutive queries always differ.
const QUERIES = [
  'fotboll',
  'sömn',
  'läxor',
  'mormor',
  'simning',
  'tandläkare',
  'förskola',
  'cykel',
  'läsning',
  'matte',
  'fot',
  'tand',
  'kompis',
  'lär',
  'famil',
  'ekon',
  'rast',
  'skol',
  'vän',
  'oro',
  'fotboll sömn',
  'skolan oro',
  'mat kompisar',
  'läxor mormor',
  'simning rast',
  'lärare familj',
  'ekonomi tandläkare',
  'förskola cykel',
  'läsning matte',
  'vänner trivs',
  'barn 0042',
  'barn 0999',
  'barn 0500',
  'barn 01',
  'barn 07',
  'barn 0123 fotboll',
  'barn 0456 sömn',
  'barn 0789 läxor',
  'barn 0001 mentor',
  'barn 0321 oro',
  'mentor',
  'trivs',
  'somn',
  'forskola',
  'LÄXOR',
  'xyzzy',
  'giraff',
  'fotboll giraff',
  'qwerty',
  'zebra',
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** performance.now() in the page as soon as `predicate(arg)` holds (checked every animation frame). */
async function nowWhen(page, predicate, arg, timeout = 300_000) {
  const handle = await page.waitForFunction(predicate, arg, { polling: 'raf', timeout });
  return handle.jsonValue();
}

export async function run(ctx) {
  const children = Number(process.env.BENCH_CHILDREN ?? 1000);
  const perChild = Number(process.env.BENCH_PER_CHILD ?? 10);
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  const dir = ctx.build({ mode: 'bench', outDir: 'dist-bench' });
  const server = await ctx.serve(dir);
  const browser = await ctx.launchBrowser();
  const figures = [];
  const add = (id, label, value, unit, note) => figures.push(note ? { id, label, value, unit, note } : { id, label, value, unit });
  try {
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1280, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => Boolean(window.__hjuletBench), null, { timeout: 30_000 });
    const seedStart = Date.now();
    await page.evaluate(([c, k]) => window.__hjuletBench.seed(c, k), [children, perChild]);
    add('seed', `Seed ${children} children × ${perChild} conversations`, Date.now() - seedStart, 'ms');

    // Start → usable home: every child listed and the follow-ups (all seeded actions have due dates) shown.
    const home = [];
    for (let i = 0; i < repeats; i++) {
      await page.goto(`${server.url}#/`, { waitUntil: 'commit' });
      await page.reload({ waitUntil: 'commit' });
      home.push(
        await nowWhen(
          page,
          (n) =>
            document.querySelectorAll('[data-testid="child-list"] li').length >= n && document.querySelector('[data-testid="follow-ups"]')
              ? performance.now()
              : false,
          children,
        ),
      );
    }
    add('start-to-home', 'Start → usable home screen (median)', ctx.median(home), 'ms');

    // Open child pages from the home screen, the way a click on a child card does (hash change).
    const hrefs = await page.locator('[data-testid="child-list"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const picks = Array.from({ length: 10 }, (_, i) => hrefs[Math.floor(((i + 0.5) * hrefs.length) / 10)]);
    const childPage = [];
    for (const href of picks) {
      await page.goto(`${server.url}#/`);
      await page
        .locator('[data-testid="child-list"] li')
        .nth(children - 1)
        .waitFor({ timeout: 120_000 });
      const started = await page.evaluate((h) => {
        const t0 = performance.now();
        window.location.hash = h;
        return t0;
      }, href.slice(1));
      const done = await nowWhen(
        page,
        (n) =>
          document.querySelectorAll('[data-testid="timeline"] > li').length >= n && document.querySelector('[data-testid="trend"]') ? performance.now() : false,
        perChild,
      );
      childPage.push(done - started);
    }
    add('child-page', 'Open a child page (median of 10)', ctx.median(childPage), 'ms', `95th percentile ${Math.round(percentile(childPage, 95))} ms`);

    // Search: the index builds in a worker; record the main thread's longest task meanwhile.
    await page.goto(`${server.url}#/`);
    await page
      .locator('[data-testid="child-list"] li')
      .nth(children - 1)
      .waitFor({ timeout: 120_000 });
    const indexStart = await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      const t0 = performance.now();
      window.location.hash = '#/search';
      return t0;
    });
    const indexReady = await nowWhen(page, () => (document.querySelector('[data-index="ready"]') ? performance.now() : false), null);
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    add('search-index', 'Search: open page → index ready (worker)', indexReady - indexStart, 'ms');
    add(
      'search-longest-task',
      'Search: longest main-thread task while indexing',
      longest,
      'ms',
      'reading and handing the records to the worker; the build itself runs off the main thread',
    );

    // Each query as one keystroke's worth of input; the time runs until its results are on screen.
    const latencies = await page.evaluate(async (queries) => {
      const input = document.querySelector('[data-testid="search-input"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const shown = (q) => {
        const list = document.querySelector('[data-testid="search-results"]');
        const status = document.querySelector('[data-testid="search-status"]');
        return list && list.getAttribute('data-results-for') === q && list.getAttribute('aria-busy') !== 'true' && status && status.textContent !== '';
      };
      const out = [];
      for (const q of queries) {
        const t0 = performance.now();
        setValue.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const wanted = q.trim();
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no results for a query within 10 s`)), 10_000);
          const check = () => {
            if (shown(wanted)) {
              clearTimeout(timer);
              resolve();
            } else requestAnimationFrame(check);
          };
          check();
        });
        // The results are in the DOM; wait for the frame that paints them.
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
        out.push(performance.now() - t0);
      }
      return out;
    }, QUERIES);
    add('search-median', `Search latency, median of ${latencies.length} queries`, ctx.median(latencies), 'ms');
    const p95 = percentile(latencies, 95);
    add(
      'search-p95',
      `Search latency, 95th percentile (budget ≤ ${SEARCH_P95_BUDGET_MS} ms)`,
      p95,
      'ms',
      p95 <= SEARCH_P95_BUDGET_MS ? undefined : `over the ${SEARCH_P95_BUDGET_MS} ms budget`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of figures) ctx.log(`${f.label}: ${Math.round(f.value)} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
  return figures;
}

// Standalone: `node scripts/bench/followup.mjs` runs it with the runner's context.
await runStandalone(import.meta.url, run);
