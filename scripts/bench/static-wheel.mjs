#!/usr/bin/env node
// The static public wheel pages (wheel/<lang>/, issue 17): the JavaScript each loads at first (its module
// scripts and everything they import statically, gzipped) and the size of the page itself. The largest
// page counts against the budget; Lighthouse's figures for the page are in lighthouse.mjs.
//
//   node scripts/bench/static-wheel.mjs      (standalone: reads dist/ as it is)
//   npm run bench -- static-wheel
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** A script and what it imports statically, as files under dist/. */
function scriptClosure(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(path.join(dist, file), 'utf8');
  for (const [, spec] of source.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    scriptClosure(dist, path.posix.join(path.posix.dirname(file), spec), seen);
  }
  return seen;
}

export function measure(dist) {
  const pages = readdirSync(path.join(dist, 'wheel'));
  let js = 0;
  let html = 0;
  for (const lang of pages) {
    const file = path.posix.join('wheel', lang, 'index.html');
    const page = readFileSync(path.join(dist, file), 'utf8');
    html = Math.max(html, gzip(Buffer.from(page)));
    const scripts = new Set();
    for (const [, src] of page.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) {
      for (const f of scriptClosure(dist, path.posix.normalize(path.posix.join(path.posix.dirname(file), src)))) scripts.add(f);
    }
    js = Math.max(
      js,
      [...scripts].reduce((sum, f) => sum + gzip(readFileSync(path.join(dist, f))), 0),
    );
  }
  return [
    { id: 'first-load-js-gzip', label: `Static wheel page, first-load JS (gzip, largest of ${pages.length})`, value: js / 1024, unit: 'KiB' },
    { id: 'html-gzip', label: 'Static wheel page, HTML (gzip, largest)', value: html / 1024, unit: 'KiB' },
  ];
}

export async function run(ctx) {
  return measure(ctx.dist);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  for (const f of measure(process.env.BENCH_DIST ?? path.join(root, 'dist'))) console.log(`${f.label}: ${f.value.toFixed(1)} ${f.unit}`);
}
