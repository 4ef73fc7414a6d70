#!/usr/bin/env node
// Runs every Vitest project (unit, component, e2e) once and ends with one plain line that CI reads:
// "N passed, M failed" (", K skipped" when some were). Exits non-zero on any failure or when no test ran.
// Extra arguments go to Vitest, e.g. `node scripts/test-all.mjs --project unit`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = path.join(root, 'test-results', 'vitest.json');
mkdirSync(path.dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

/** Counts tests from Vitest's (Jest-compatible) JSON report. */
function countResults(report) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenFiles = [];
  for (const file of report.testResults ?? []) {
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') failedHere += 1;
      else skipped += 1; // skipped, pending, todo
    }
    // A file that failed without a failed test (import error, failing beforeAll) still counts once.
    if (file.status === 'failed' && failedHere === 0) {
      failedHere = 1;
      brokenFiles.push(path.relative(root, file.name));
    }
    failed += failedHere;
  }
  return { passed, failed, skipped, brokenFiles };
}

let counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
if (existsSync(reportFile)) {
  counts = countResults(JSON.parse(readFileSync(reportFile, 'utf8')));
} else {
  console.error('test-all: Vitest wrote no JSON report');
}
for (const file of counts.brokenFiles) console.error(`test-all: ${file} failed outside any test`);

const exitCode = run.status ?? 1;
// Vitest can fail with every test green (unhandled error, crash, signal): count that as one failure.
if (exitCode !== 0 && counts.failed === 0) {
  console.error(`test-all: vitest exited with ${run.signal ?? exitCode} (unhandled error or crash)`);
  counts.failed = 1;
}
const total = counts.passed + counts.failed;
if (total === 0) console.error('test-all: no test ran');

const skippedPart = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
console.log(`${counts.passed} passed, ${counts.failed} failed${skippedPart}`);
process.exit(counts.failed > 0 || total === 0 ? 1 : 0);
