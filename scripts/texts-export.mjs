#!/usr/bin/env node
// npm run texts:export -- --lang so [--out file.csv]
// Writes one language's texts as a spreadsheet-friendly CSV for a translator to review
// (docs/translation-review.md). Without --out the file is texts-<lng>.csv in the current folder.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCsv } from './texts/exchange.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lng = option('--lang');
if (!lng) {
  console.error('usage: npm run texts:export -- --lang <sv|en|fi|so|ar|kmr> [--out file.csv]');
  process.exit(2);
}
try {
  const out = path.resolve(option('--out') ?? `texts-${lng}.csv`);
  const csv = exportCsv(path.join(root, 'locales'), lng);
  writeFileSync(out, csv);
  console.log(`texts:export: ${csv.split('\r\n').length - 2} texts of ${lng} written to ${out}`);
} catch (error) {
  console.error(`texts:export: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
