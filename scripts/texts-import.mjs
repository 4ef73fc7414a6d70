#!/usr/bin/env node
// npm run texts:import -- file.csv [--dry-run]
// Reads a reviewed CSV (from texts:export) back into locales/<lng>/*.json and locales/review.json.
// Rows that cannot be used are listed and change nothing; the exit code is 1 when there were any.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCsv } from './texts/exchange.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run texts:import -- file.csv [--dry-run]');
  process.exit(2);
}
try {
  const write = !args.includes('--dry-run');
  const result = importCsv(path.join(root, 'locales'), readFileSync(path.resolve(file), 'utf8'), { write });
  for (const w of result.warnings) console.log(`warning: ${w}`);
  for (const r of result.refused) console.log(`refused: line ${r.line} ${r.key}: ${r.reason}`);
  console.log(
    `texts:import: ${result.lng}: ${result.changed} texts changed, ${result.reviewed} marked reviewed in all, ${result.refused.length} rows refused${write ? '' : ' (dry run, nothing written)'}`,
  );
  process.exit(result.refused.length > 0 ? 1 : 0);
} catch (error) {
  console.error(`texts:import: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
  process.exit(1);
}
