// The Vitest side of the engine journeys: a journey is written once as `forEachEngine(title, (s) => {...})`
// and runs once per engine (Chromium, WebKit, Firefox, or those in E2E_ENGINES). Per engine: the built app
// on a free port and the engine started once; per test a fresh page (a new profile, nothing stored), closed
// after the test, with the check that the page loaded nothing from another origin.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { startApp, SCREENSHOT_DIR, type RunningApp } from '../harness';
import { selectedEngines, startEngine, type Engine, type EngineName, type EnginePage } from './driver';

export interface EngineSession {
  readonly engine: EngineName;
  readonly app: RunningApp;
  /** This test's page. */
  readonly page: EnginePage;
  /** Another fresh page (e.g. a second device); closed and checked after the test like the first. */
  newPage(): Promise<EnginePage>;
}

/** Every resource the current document fetched from another origin (the Performance API sees them all). */
async function foreignResources(page: EnginePage): Promise<string[]> {
  return page
    .evaluate(() => {
      if (location.protocol === 'about:') return [];
      return performance
        .getEntries()
        .map((entry) => entry.name)
        .filter((name) => /^[a-z]+:/i.test(name) && !/^(data|blob|about):/i.test(name) && new URL(name).origin !== location.origin);
    })
    .catch(() => []);
}

/** Where the page was when a test failed: its address, whether it had reloaded (and why), what it showed. */
async function pageState(page: EnginePage): Promise<string> {
  return page
    .evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      let reloadedForMissingChunk: string | null = null;
      try {
        reloadedForMissingChunk = sessionStorage.getItem('hjulet.reloadedForMissingChunk');
      } catch {
        // No storage on this page (about:blank).
      }
      const checked = Array.from(document.querySelectorAll<HTMLInputElement>('input:checked')).map((input) => `${input.name}=${input.value}`);
      return JSON.stringify({
        href: location.href,
        navigation: navigation?.type,
        sinceLoadMs: Math.round(performance.now()),
        reloadedForMissingChunk,
        checked,
        text: document.body?.innerText.replace(/\s+/g, ' ').slice(0, 600),
      });
    })
    .catch((error: unknown) => `(could not be read: ${String(error)})`);
}

/** Wraps a page so that every document's resources are checked before it is left. */
function guarded(page: EnginePage, foreign: string[]): EnginePage {
  const note = async () => {
    foreign.push(...(await foreignResources(page)));
  };
  return new Proxy(page, {
    get(target, key, receiver) {
      if (key === 'open' || key === 'reload' || key === 'close') {
        return async (...args: unknown[]) => {
          await note();
          return (target[key] as (...a: unknown[]) => Promise<void>).apply(target, args);
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface EngineOptions {
  /** Serve the app under this base (e.g. "/hjulet/"); "/" when not given. */
  base?: string;
}

export function forEachEngine(title: string, body: (session: EngineSession) => void, { base = '/' }: EngineOptions = {}): void {
  for (const name of selectedEngines()) {
    describe(`${title} [${name}]`, () => {
      let app: RunningApp | undefined;
      let engine: Engine | undefined;
      let pages: EnginePage[] = [];
      let foreign: string[] = [];

      const need = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) throw new Error(`${name}: ${what} is not ready`);
        return value;
      };
      const newPage = async () => {
        const page = guarded(await need(engine, 'engine').newPage(), foreign);
        pages.push(page);
        return page;
      };

      beforeAll(async () => {
        app = await startApp({ base });
        engine = await startEngine(name);
      });
      afterAll(async () => {
        await engine?.stop();
        // A journey may have closed the server itself (offline start).
        await app?.close().catch(() => undefined);
      });
      beforeEach(async () => {
        pages = [];
        foreign = [];
        await newPage();
      });
      afterEach(async (context) => {
        let state: string | undefined;
        if (context.task.result?.state === 'fail' && pages[0]) {
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          const file = path.join(SCREENSHOT_DIR, `${name}-${context.task.name}`.replace(/[^\w.-]+/g, '-').slice(0, 120) + '.png');
          await pages[0].screenshot().then(
            (png) => writeFileSync(file, png),
            () => undefined,
          );
          state = await pageState(pages[0]);
        }
        for (const page of pages) await page.close();
        expect(foreign, 'requests to another origin').toEqual([]);
        // Reported beside the failure, so that a run whose screenshots are gone still says where the page was.
        if (state) throw new Error(`${name}: the page when the test failed: ${state}`);
      });

      body({
        engine: name,
        get app() {
          return need(app, 'app');
        },
        get page() {
          return need(pages[0], 'page');
        },
        newPage,
      });
    });
  }
}
