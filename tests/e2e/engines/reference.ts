// The Chromium rendering other engines are compared with, made once per test file and language.
import { afterAll } from 'vitest';
import { startApp, type RunningApp } from '../harness';
import { startEngine, type Engine, type EnginePage } from './driver';

/**
 * `render(page, url)` runs in a Chromium page of its own (its own app server too), so the reference does
 * not depend on which engines E2E_ENGINES selects. Results are cached by key; Chromium stops after the file.
 */
export function chromiumReference<T>(render: (page: EnginePage, appUrl: string, key: string) => Promise<T>): (key: string) => Promise<T> {
  let started: Promise<{ engine: Engine; app: RunningApp }> | undefined;
  const cache = new Map<string, Promise<T>>();
  afterAll(async () => {
    if (!started) return;
    const { engine, app } = await started;
    await engine.stop();
    await app.close();
  });
  return (key) => {
    let result = cache.get(key);
    if (!result) {
      started ??= Promise.all([startEngine('chromium'), startApp()]).then(([engine, app]) => ({ engine, app }));
      result = started.then(async ({ engine, app }) => {
        const page = await engine.newPage();
        try {
          return await render(page, app.url, key);
        } finally {
          await page.close();
        }
      });
      cache.set(key, result);
    }
    return result;
  };
}
