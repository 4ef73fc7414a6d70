// Builds the app for e2e tests when the build folder is missing or older than its sources, so that a
// plain `npx vitest run --project e2e` never tests yesterday's app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const SOURCES = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function isBuildStale(outDir: string): boolean {
  const index = path.join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/** Runs `vite build` into outDir (relative to the repo root) with the given base. */
export function buildApp({ outDir = 'dist', base = '/' }: { outDir?: string; base?: string } = {}): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test; a build must be a production build (React's production bundle).
    env: { ...process.env, BASE: base, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build into ${outDir} (base ${base}) failed`);
}

/** Builds only when needed; returns the absolute build folder. */
export function ensureBuild({ outDir = 'dist', base = '/' }: { outDir?: string; base?: string } = {}): string {
  const abs = path.resolve(ROOT, outDir);
  if (process.env.E2E_REBUILD === '1' || isBuildStale(abs)) buildApp({ outDir, base });
  return abs;
}
