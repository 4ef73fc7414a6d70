#!/usr/bin/env node
// Lighthouse figures for `npm run bench` (issue 8): performance, accessibility and best-practices scores,
// Largest Contentful Paint and Total Blocking Time for the home screen, the public wheel page in the app and
// the static public wheel page the posters' QR codes open (wheel/so/), each the
// median of 3 runs. Lighthouse 12.2.3 with its default mobile emulation (Moto G Power, simulated slow 4G and
// 4× CPU slowdown), driving Debian's Chromium through chrome-launcher with the same quiet flags as the
// e2e harness. Each run starts with a fresh profile (no service worker, empty caches): a first visit.
//
//   node scripts/bench/lighthouse.mjs      (standalone: serves dist/ as it is and prints the figures)
//   npm run bench -- lighthouse            (from scripts/bench.mjs, which passes ctx)
//
// Options (environment): BENCH_LIGHTHOUSE_RUNS (3), BENCH_LIGHTHOUSE_PAGES (ids, comma-separated; all by default).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const PAGES = [
  { id: 'home', label: 'home', path: '#/' },
  { id: 'wheel', label: 'public wheel', path: '#/wheel' },
  { id: 'static-wheel', label: 'static wheel page (so)', path: 'wheel/so/' },
];

/** One Lighthouse run in a fresh Chromium (own profile), so nothing carries over between runs. */
async function auditOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is tried again, twice at most. */
async function audit(url, chromePath, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, chromePath);
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`lighthouse: ${error instanceof Error ? error.message : String(error)}; trying again`);
    }
  }
}

/** Audits that lost points, so a score below 100 says why (ids only; the full reports are saved). */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && typeof a.score === 'number' && a.score < 1)
    .map((a) => a.id);
}

export async function run(ctx) {
  const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
  const reports = path.join(ctx.root, 'bench', 'lighthouse');
  mkdirSync(reports, { recursive: true });
  const figures = [];
  const only = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').map((id) => id.trim());
  for (const page of PAGES.filter((p) => !only || only.includes(p.id))) {
    const url = `${ctx.url}${page.path}`;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const lhr = await audit(url, ctx.chromiumPath, ctx.log);
      writeFileSync(path.join(reports, `${page.id}-${i + 1}.json`), JSON.stringify(lhr));
      samples.push(lhr);
      ctx.log(
        `${page.label} run ${i + 1}: performance ${Math.round(lhr.categories.performance.score * 100)}, LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms, TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms`,
      );
    }
    const med = (pick) => ctx.median(samples.map(pick));
    const why = (category) => {
      const ids = [...new Set(samples.flatMap((lhr) => failingAudits(lhr, category)))];
      return ids.length ? `short on: ${ids.join(', ')}` : undefined;
    };
    const score = (category, label) => {
      const figure = {
        id: `${page.id}-${category}`,
        label: `${label}, ${page.label} (median of ${runs})`,
        value: med((lhr) => lhr.categories[category].score * 100),
        unit: 'score',
      };
      const note = why(category);
      return note ? { ...figure, note } : figure;
    };
    figures.push(
      score('performance', 'Lighthouse performance'),
      score('accessibility', 'Lighthouse accessibility'),
      score('best-practices', 'Lighthouse best practices'),
      {
        id: `${page.id}-lcp`,
        label: `Lighthouse LCP, ${page.label} (median of ${runs})`,
        value: med((lhr) => lhr.audits['largest-contentful-paint'].numericValue),
        unit: 'ms',
      },
      {
        id: `${page.id}-tbt`,
        label: `Lighthouse TBT, ${page.label} (median of ${runs})`,
        value: med((lhr) => lhr.audits['total-blocking-time'].numericValue),
        unit: 'ms',
      },
    );
  }
  return figures;
}

// Standalone: serve dist/ as it is (run `npm run build` first) and print the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { median, CHROMIUM_PATH } = await import('../bench.mjs');
  const { startServer } = await import('../serve-lib.mjs');
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  const dir = process.env.BENCH_DIST ?? path.join(root, 'dist');
  const server = await startServer({ dir, port: 0, quiet: true, compress: true });
  try {
    const figures = await run({ root, url: server.url, chromiumPath: CHROMIUM_PATH, median, log: (m) => console.log(m) });
    for (const f of figures) console.log(`${f.label}: ${Math.round(f.value)} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
  } finally {
    await server.close();
  }
}
