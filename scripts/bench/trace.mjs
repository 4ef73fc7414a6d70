#!/usr/bin/env node
// Where the main thread's time goes (issue 19, point 1): Chrome performance traces, CPU 4× slower as
// Lighthouse's mid-range phone, of (a) a first visit to the in-app wheel page #/wheel and (b) selecting
// areas in a conversation, with CDP's sampling profiler. The profiles are kept in bench/traces/ (load a
// .cpuprofile in Chrome's performance panel); the figures are the longest tasks, the notes name the
// functions that took the most time.
//
//   npm run bench -- trace
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
/* global window, document, PerformanceObserver, MouseEvent, requestAnimationFrame -- run in the browser */
import { runStandalone } from '../bench.mjs';

const SLOWDOWN = 4;

/** Installed in every page: its long tasks from the start. */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Self time by function (file:line) in a CPU profile, largest first; idle and GC apart. */
function hotFunctions(profile, root) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id);
    const f = node?.callFrame;
    if (!f || f.functionName === '(idle)' || f.functionName === '(program)') return;
    const file = f.url ? f.url.replace(/^.*\/assets\//, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js') : '';
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  });
  void root;
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

const describe = (top) =>
  top
    .slice(0, 5)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
    .join('; ');

/** Runs `work` with CDP's sampling profiler, saves the .cpuprofile, gives the hottest functions. */
async function profiled(cdp, file, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  return hotFunctions(profile);
}

/** The page's long tasks (over 50 ms) since it started, longest first. */
const longTasks = (page) => page.evaluate(() => [...window.__longTasks].sort((a, b) => b - a));

export async function run(ctx) {
  const dir = path.join(ctx.root, 'bench', 'traces');
  mkdirSync(dir, { recursive: true });
  const browser = await ctx.launchBrowser();
  const figures = [];
  try {
    // (a) A first visit to #/wheel, profiled from navigation to the last area drawn.
    {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
      await context.addInitScript(observeLongTasks);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      const hot = await profiled(cdp, path.join(dir, 'wheel-first-visit.cpuprofile'), async () => {
        await page.goto(`${ctx.url}#/wheel`, { waitUntil: 'load' });
        await page.locator('[data-area="included"]').waitFor();
        await page.waitForTimeout(300);
      });
      const tasks = await longTasks(page);
      await context.close();
      figures.push({
        id: 'wheel-longest-task',
        label: `#/wheel first visit, longest task (CPU ${SLOWDOWN}× slower)`,
        value: tasks[0] ?? 0,
        unit: 'ms',
        note: `hottest: ${describe(hot)}`,
      });
      figures.push({ id: 'wheel-long-tasks', label: `#/wheel first visit, tasks over 50 ms (CPU ${SLOWDOWN}× slower)`, value: tasks.length, unit: '' });
    }
    // (b) Selecting the eight areas of a conversation, one after the other, clicked from inside the page
    // (no test driver polling on the main thread meanwhile).
    {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
      await context.addInitScript(observeLongTasks);
      const page = await context.newPage();
      await page.goto(ctx.url);
      await page.locator('.add-child input').first().fill('Spår');
      await page.locator('.add-child button[type="submit"]').click();
      await page.locator('.start-conversation button[type="submit"]').click();
      await page.locator('[data-area-panel="safe"]').waitFor();
      await page.evaluate(() => (window.__longTasks = []));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      let times = [];
      const hot = await profiled(cdp, path.join(dir, 'conversation-area-selection.cpuprofile'), async () => {
        times = await page.evaluate(
          async (ids) => {
            const out = [];
            for (const id of ids) {
              const t0 = performance.now();
              document.querySelector(`[data-area="${id}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
              await new Promise((resolve) => {
                const check = () =>
                  document.querySelector(`[data-area-panel="${id}"]`) ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check);
                check();
              });
              out.push(performance.now() - t0);
            }
            return out;
          },
          ['healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included', 'safe'],
        );
      });
      const tasks = await longTasks(page);
      await context.close();
      figures.push({
        id: 'area-selection',
        label: `Select an area → panel painted, median of 8 (CPU ${SLOWDOWN}× slower)`,
        value: ctx.median(times),
        unit: 'ms',
        note: `hottest: ${describe(hot)}`,
      });
      figures.push({ id: 'area-selection-longest-task', label: `Area selections, longest task (CPU ${SLOWDOWN}× slower)`, value: tasks[0] ?? 0, unit: 'ms' });
    }
  } finally {
    await browser.close();
  }
  ctx.log(`profiles in ${path.relative(ctx.root, dir)}/ (load a .cpuprofile in Chrome's performance panel)`);
  return figures;
}

await runStandalone(import.meta.url, run);
