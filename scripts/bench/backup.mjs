#!/usr/bin/env node
// Benchmark of backup and restore (issue 5) with 1 000 children × 10 conversations seeded through the real
// storage layer, in Debian's Chromium on a `vite build --mode bench` build. It times the very functions the
// settings page calls (src/features/export/backupActions.ts, reached through window.__hjuletBench.backup()):
//   backup  = read every record, build the JSON, check it with the import's own validation (+ encrypt)
//   restore = validate (+ decrypt) the file, plan the merge, write everything in one transaction,
//             into an emptied device (the phone → new laptop case)
// each plain and encrypted (PBKDF2-SHA-256, 600 000 iterations, AES-GCM-256), median of a few runs.
//
//   node scripts/bench/backup.mjs            (standalone: builds dist-bench/, serves it, prints the figures)
//   npm run bench -- backup                  (from scripts/bench.mjs, which passes ctx)
//
// Options (environment): BENCH_CHILDREN (1000), BENCH_PER_CHILD (10), BENCH_REPEATS (3).
/* global window, Blob -- the functions passed to page.evaluate run in the browser */
import { runStandalone } from '../bench.mjs';

const PASSPHRASE = 'bänkprov med en lång lösenfras';

export async function run(ctx) {
  const children = Number(process.env.BENCH_CHILDREN ?? 1000);
  const perChild = Number(process.env.BENCH_PER_CHILD ?? 10);
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  const dir = ctx.build({ mode: 'bench', outDir: 'dist-bench' });
  const server = await ctx.serve(dir);
  const browser = await ctx.launchBrowser();
  const figures = [];
  const add = (id, label, value, unit, note) => figures.push(note ? { id, label, value, unit, note } : { id, label, value, unit });
  const size = `${children} children × ${perChild}`;
  try {
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => Boolean(window.__hjuletBench?.backup), null, { timeout: 30_000 });
    await page.evaluate(([c, k]) => window.__hjuletBench.seed(c, k), [children, perChild]);

    // Every run leaves the file in the page (window.__benchFile), so no megabytes cross to Node.
    const backupOnce = (passphrase) =>
      page.evaluate(async (pass) => {
        const actions = await window.__hjuletBench.backup();
        const t0 = performance.now();
        const file = await actions.createBackupFile(pass ? { passphrase: pass } : {});
        const elapsed = performance.now() - t0;
        window.__benchFile = file.text;
        return { elapsed, bytes: new Blob([file.text]).size, records: file.children + file.conversations };
      }, passphrase);

    const restoreOnce = (passphrase) =>
      page.evaluate(async (pass) => {
        const actions = await window.__hjuletBench.backup();
        await window.__hjuletBench.clearData();
        const t0 = performance.now();
        const counts = await actions.restoreFromText(window.__benchFile, 'merge', pass || undefined);
        return { elapsed: performance.now() - t0, added: counts.children.added + counts.conversations.added };
      }, passphrase);

    for (const [kind, passphrase] of [
      ['plain', ''],
      ['encrypted', PASSPHRASE],
    ]) {
      const backups = [];
      const restores = [];
      let bytes = 0;
      for (let i = 0; i < repeats; i++) {
        const made = await backupOnce(passphrase);
        if (made.records !== children * (perChild + 1)) throw new Error(`backup held ${made.records} records`);
        backups.push(made.elapsed);
        bytes = made.bytes;
        const restored = await restoreOnce(passphrase);
        if (restored.added !== children * (perChild + 1)) throw new Error(`restore added ${restored.added} records`);
        restores.push(restored.elapsed);
      }
      const mb = (bytes / 1024 / 1024).toFixed(1);
      add(`backup-${kind}`, `Backup, ${kind} (${size}, median of ${repeats})`, ctx.median(backups), 'ms', `file ${mb} MB`);
      add(`restore-${kind}`, `Restore, ${kind}, into an empty device (${size}, median of ${repeats})`, ctx.median(restores), 'ms');
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of figures) ctx.log(`${f.label}: ${Math.round(f.value)} ${f.unit}${f.note ? ` (${f.note})` : ''}`);
  return figures;
}

// Standalone: `node scripts/bench/backup.mjs` runs it with the runner's context.
await runStandalone(import.meta.url, run);
