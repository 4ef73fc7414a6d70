#!/usr/bin/env node
// Benchmark of the app lock (issue 6): unlock time, and app start → list of 1 000 children × 10
// conversations with the lock off and on. Runs the real production code paths in Debian's Chromium on a
// `vite build --mode bench` build (dist-bench/), whose only extra is window.__hjuletBench.seed().
//
//   node scripts/bench/lock.mjs            (standalone; builds dist-bench/ when missing or stale)
//   import { run } from './bench/lock.mjs' (from scripts/bench.mjs; returns the figures as well)
//
// Options (run({...}) or environment): children (BENCH_CHILDREN, 1000), perChild (BENCH_PER_CHILD, 10),
// repeats (BENCH_REPEATS, 3), dir (BENCH_DIR, dist-bench).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/* global window, document, crypto, PerformanceObserver -- the functions passed to page.evaluate run in the browser */
import { chromium } from 'playwright-core';
import { startServer } from '../serve-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PASSPHRASE = 'bänkprov med lång lösenfras';
const SOURCES = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds dist-bench/ (vite --mode bench) unless it is newer than every source. */
export function ensureBenchBuild(dir) {
  const index = path.join(dir, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > 0 && SOURCES.every((s) => newestMtime(path.join(ROOT, s)) <= built)) return;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--mode', 'bench', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BASE: '/' },
  });
  if (result.status !== 0) throw new Error(`vite build --mode bench into ${dir} failed`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** Milliseconds from navigation start until `count` children are listed on the home screen. */
async function timeToList(page, count) {
  const handle = await page.waitForFunction(
    (n) => (document.querySelectorAll('[data-testid="child-list"] li').length >= n ? performance.now() : false),
    count,
    { polling: 'raf', timeout: 300_000 },
  );
  return handle.jsonValue();
}

async function timeToSelector(page, selector) {
  const handle = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), selector, { polling: 'raf', timeout: 120_000 });
  return handle.jsonValue();
}

export async function run(options = {}) {
  const children = Number(options.children ?? process.env.BENCH_CHILDREN ?? 1000);
  const perChild = Number(options.perChild ?? process.env.BENCH_PER_CHILD ?? 10);
  const repeats = Number(options.repeats ?? process.env.BENCH_REPEATS ?? 3);
  const dir = path.resolve(ROOT, options.dir ?? process.env.BENCH_DIR ?? 'dist-bench');
  const log = options.log ?? ((line) => console.log(line));

  ensureBenchBuild(dir);
  const server = await startServer({ dir, port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const figures = {};
  try {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    // Every long task of the main thread from the start of each page (issue 19: none over 200 ms).
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const longestTask = () => page.evaluate(() => Math.max(0, ...window.__longTasks));
    const resetTasks = () => page.evaluate(() => (window.__longTasks = []));
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => Boolean(window.__hjuletBench), null, { timeout: 30_000 });
    const seedStart = Date.now();
    await page.evaluate(([c, k]) => window.__hjuletBench.seed(c, k), [children, perChild]);
    figures.seedMs = Date.now() - seedStart;

    // Lock off: reload and wait for the full list.
    const off = [];
    const offTasks = [];
    for (let i = 0; i < repeats; i++) {
      await page.goto(`${server.url}#/`, { waitUntil: 'commit' });
      await page.reload({ waitUntil: 'commit' });
      off.push(await timeToList(page, children));
      offTasks.push(await longestTask());
    }
    figures.startToListOffMs = median(off);
    figures.longestTaskHomeOffMs = Math.max(...offTasks);

    // Turn the lock on through the settings, as a user would: every record is encrypted.
    await page.goto(`${server.url}#/settings`);
    const form = page.locator('[data-testid="turn-on-lock"]');
    await form.locator('[data-testid="new-passphrase"]').fill(PASSPHRASE);
    await form.locator('[data-testid="repeat-passphrase"]').fill(PASSPHRASE);
    await form.locator('input[type="checkbox"]').check();
    const turnOnStart = Date.now();
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="lock-settings"][data-lock="on"]').waitFor({ timeout: 600_000 });
    figures.turnOnMs = Date.now() - turnOnStart;

    // The key derivation alone, as the unlock does it (PBKDF2-SHA-256, 600 000 iterations).
    figures.kdfMs = await page.evaluate(async () => {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('x'), 'PBKDF2', false, ['deriveKey']);
      const t0 = performance.now();
      await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations: 600_000 },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt'],
      );
      return performance.now() - t0;
    });

    // Lock on: start → unlock screen, then passphrase → full list.
    const toLockScreen = [];
    const unlockToList = [];
    const onTasks = [];
    for (let i = 0; i < repeats; i++) {
      await page.goto(`${server.url}#/`, { waitUntil: 'commit' });
      await page.reload({ waitUntil: 'commit' });
      toLockScreen.push(await timeToSelector(page, '[data-testid="unlock-passphrase"]'));
      await page.locator('[data-testid="unlock-passphrase"]').fill(PASSPHRASE);
      const clickedAt = await page.evaluate(() => performance.now());
      await page.locator('[data-testid="unlock-submit"]').click();
      unlockToList.push((await timeToList(page, children)) - clickedAt);
      onTasks.push(await longestTask());
    }
    figures.longestTaskHomeOnMs = Math.max(...onTasks);
    // Search with the lock on: every record decrypted and handed to the index's worker.
    await resetTasks();
    await page.evaluate(() => (window.location.hash = '#/search'));
    await page.waitForFunction(() => Boolean(document.querySelector('[data-index="ready"]')), null, { timeout: 300_000 });
    figures.longestTaskSearchOnMs = await longestTask();
    figures.startToLockScreenMs = median(toLockScreen);
    figures.unlockToListMs = median(unlockToList);
    figures.startToListOnMs = figures.startToLockScreenMs + figures.unlockToListMs;
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const records = `${children.toLocaleString('en-US')} children × ${perChild} conversations`;
  log(`lock: ${records}, median of ${repeats}`);
  log(`  unlock (PBKDF2 600 000 iterations alone)      ${ms(figures.kdfMs)}`);
  log(`  unlock: passphrase → list                     ${ms(figures.unlockToListMs)}`);
  log(`  start → list, lock off                        ${ms(figures.startToListOffMs)}`);
  log(`  start → list, lock on (start → unlock screen ${ms(figures.startToLockScreenMs)} + unlock)  ${ms(figures.startToListOnMs)}`);
  log(`  turning the lock on (encrypt every record)    ${ms(figures.turnOnMs)}`);
  return { name: 'lock', records: { children, perChild }, ...figures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
