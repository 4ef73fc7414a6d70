// Everything an e2e test needs: the built app on a free port, a fresh Chromium, and guards.
//
//   const app = await startApp();
//   const { context, page, close } = await openBrowser();
//   const guard = guardOrigins(context, app.origin);
//   await page.goto(`${app.url}#/wheel`);
//   ...
//   expect(guard.foreign).toEqual([]);
//   await close(); await app.close();
import path from 'node:path';
import { startServer } from '../../scripts/serve-lib.mjs';
import { ensureBuild } from './helpers/build';

export { openBrowser, launchBrowser, CHROMIUM_ARGS, CHROMIUM_PATH, type OpenedBrowser } from './helpers/browser';
export { guardOrigins, collectConsole, type OriginGuard, type ConsoleLog, type ConsoleEntry } from './helpers/guards';
export { runAxe, formatViolations, AXE_TAGS, type AxeViolation } from './helpers/axe';
export { screenshot, SCREENSHOT_DIR } from './helpers/screenshot';
export { ensureBuild, buildApp, ROOT } from './helpers/build';

export interface RunningApp {
  /** The app's URL, base included: append "#/wheel" etc. */
  url: string;
  /** Scheme, host and port: the only origin the app may talk to. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a build of the app on a free port of 127.0.0.1. Without `dir`: dist/ for base "/", or
 * dist-e2e-<base>/ built with that base (e.g. "/hjulet/"), each rebuilt first when older than src.
 */
export async function startApp({ dir, base = '/' }: { dir?: string; base?: string } = {}): Promise<RunningApp> {
  // A given folder is served as it is (fixtures, or a build made elsewhere); only our own are built.
  const abs = dir ? path.resolve(dir) : ensureBuild({ outDir: base === '/' ? 'dist' : `dist-e2e-${base.replace(/\W+/g, '')}`, base });
  const server = await startServer({ dir: abs, port: 0, base, quiet: true });
  return { url: server.url, origin: server.origin, close: server.close };
}
