#!/usr/bin/env node
// Interaction figures for `npm run bench` (issue 8), with 1 000 children × 10 conversations seeded through
// the app's own storage layer (a `vite build --mode bench` build, dist-bench/):
// - JS heap after the seeded start: the home screen listing every child, after a garbage collection (CDP);
// - selecting an area on the wheel → its panel painted (median over every area, several rounds), also
//   with the CPU slowed down 4× as Lighthouse does for a mid-range phone;
// - a keystroke in a note → on screen (painted), and → stored in IndexedDB (this includes the autosave's
//   short wait after the last keystroke, which batches typing into one write).
//
//   node scripts/bench/interaction.mjs       (standalone: builds dist-bench/, serves it, prints the figures)
//   npm run bench -- interaction             (from scripts/bench.mjs, which passes ctx)
//
// Options (environment): BENCH_CHILDREN (1000), BENCH_PER_CHILD (10), BENCH_ROUNDS (3).
/* global window, document, indexedDB, MessageChannel, MutationObserver, MouseEvent, HTMLTextAreaElement, Event, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
import { runStandalone } from '../bench.mjs';

const AREAS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];

/**
 * In the page: clicks each area in turn and times click → its panel in the DOM → the next frame painted.
 * The click is dispatched on the area element as a pointer click would be (React's onClick).
 */
function timeAreaSelections(areas) {
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // A message posted from a frame callback arrives after that frame has been painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
  const appeared = (selector) =>
    new Promise((resolve, reject) => {
      if (document.querySelector(selector)) return resolve();
      const timer = setTimeout(() => reject(new Error(`${selector} did not appear within 10 s`)), 10_000);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  return (async () => {
    const times = [];
    for (const id of areas) {
      const area = document.querySelector(`[data-testid="wheel"] [data-area="${id}"]`);
      if (!area) throw new Error(`no area ${id} on the wheel`);
      await afterNextPaint();
      const t0 = performance.now();
      area.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      await appeared(`[data-area-panel="${id}"]`);
      await afterNextPaint();
      times.push(performance.now() - t0);
    }
    return times;
  })();
}

/**
 * In the page: types one character at the end of a note (as a keystroke's input event does) and times it
 * until the textarea shows it painted, and until the conversation row in IndexedDB holds it.
 */
function timeKeystrokes({ conversationId, area, count }) {
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
  const openDb = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('hjulet');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const storedNote = (database) =>
    new Promise((resolve, reject) => {
      const request = database.transaction('conversations', 'readonly').objectStore('conversations').get(conversationId);
      request.onsuccess = () => resolve(request.result?.entries?.[area]?.goingWell ?? '');
      request.onerror = () => reject(request.error);
    });
  return (async () => {
    const database = await openDb();
    const textarea = document.querySelector(`[data-area-panel="${area}"] textarea[name="goingWell"]`);
    if (!textarea) throw new Error('no note field in the area panel');
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    const painted = [];
    const stored = [];
    for (let i = 0; i < count; i++) {
      const wanted = `${textarea.value}${String.fromCharCode(97 + (i % 26))}`;
      await afterNextPaint();
      const t0 = performance.now();
      setValue.call(textarea, wanted);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await afterNextPaint();
      if (textarea.value !== wanted) throw new Error('the note field did not keep the typed character');
      painted.push(performance.now() - t0);
      const deadline = t0 + 10_000;
      while ((await storedNote(database)) !== wanted) {
        if (performance.now() > deadline) throw new Error('the typed character was not stored within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      stored.push(performance.now() - t0);
    }
    database.close();
    return { painted, stored };
  })();
}

export async function run(ctx) {
  const children = Number(process.env.BENCH_CHILDREN ?? 1000);
  const perChild = Number(process.env.BENCH_PER_CHILD ?? 10);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
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
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url);
    await page.waitForFunction(() => Boolean(window.__hjuletBench), null, { timeout: 30_000 });
    await page.evaluate(([c, k]) => window.__hjuletBench.seed(c, k), [children, perChild]);

    // The seeded start: a fresh page load until every child is listed, then what stays on the heap.
    await page.goto(`${server.url}#/`, { waitUntil: 'commit' });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="child-list"] li').length >= n, children, { timeout: 300_000 });
    await cdp.send('HeapProfiler.enable');
    const before = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    add(
      'heap-after-start',
      `JS heap after the seeded start (${children} × ${perChild}, after GC)`,
      after.usedSize / 1024 / 1024,
      'MB',
      `${(before.usedSize / 1024 / 1024).toFixed(1)} MB before GC`,
    );

    // A conversation of the first child, opened the way a user does: child card, then the timeline.
    await page.locator('[data-testid="child-list"] a').first().click();
    await page.locator('[data-testid="timeline"] a').first().click();
    await page.locator('[data-testid="wheel"] [data-area="included"]').waitFor();
    const conversationId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]?.split('?')[0] ?? '');

    const sequence = Array.from({ length: rounds }, () => AREAS).flat();
    const selections = await page.evaluate(timeAreaSelections, sequence);
    add(
      'area-select',
      `Select an area → its panel painted (median of ${selections.length})`,
      ctx.median(selections),
      'ms',
      `slowest ${Math.max(...selections).toFixed(0)} ms`,
    );

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slowed = await page.evaluate(timeAreaSelections, sequence);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    add(
      'area-select-4x',
      `Select an area, CPU 4× slower (median of ${slowed.length})`,
      ctx.median(slowed),
      'ms',
      `slowest ${Math.max(...slowed).toFixed(0)} ms; Lighthouse's mid-range phone`,
    );

    const keys = await page.evaluate(timeKeystrokes, { conversationId, area: 'included', count: 10 });
    add('keystroke-painted', `Keystroke in a note → painted (median of ${keys.painted.length})`, ctx.median(keys.painted), 'ms');
    add(
      'keystroke-stored',
      `Keystroke in a note → stored in IndexedDB (median of ${keys.stored.length})`,
      ctx.median(keys.stored),
      'ms',
      'includes the autosave wait after the last keystroke (300 ms)',
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

// Standalone: `node scripts/bench/interaction.mjs` runs it with the runner's context.
await runStandalone(import.meta.url, run);
