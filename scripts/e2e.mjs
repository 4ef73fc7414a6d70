#!/usr/bin/env node
// `npm run test:e2e`: only the browser tests (tests/e2e), after building dist/ when it is older than
// the sources (tests/e2e/globalSetup.ts). Extra arguments go to Vitest, e.g. a file or `-t name`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
