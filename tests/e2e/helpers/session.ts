// The usual e2e set-up in one call: one served build per file, a fresh browser per test, and after each
// test the check that no request left the app's origin.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { collectConsole, guardOrigins, openBrowser, startApp, type ConsoleLog, type OpenedBrowser, type OriginGuard, type RunningApp } from '../harness';

export interface AppSession {
  readonly app: RunningApp;
  readonly opened: OpenedBrowser;
  readonly guard: OriginGuard;
  readonly log: ConsoleLog;
  /** Replaces this test's browser with a fresh one (e.g. another locale); it is checked and closed as usual. */
  reopen(options?: BrowserContextOptions): Promise<OpenedBrowser>;
}

export function appSession(): AppSession {
  let app: RunningApp | undefined;
  let opened: OpenedBrowser | undefined;
  let guard: OriginGuard | undefined;
  let log: ConsoleLog | undefined;

  async function open(options?: BrowserContextOptions): Promise<OpenedBrowser> {
    if (!app) throw new Error('app not started');
    opened = await openBrowser(options);
    guard = guardOrigins(opened.context, app.origin);
    log = collectConsole(opened.page);
    return opened;
  }

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    await open();
  });
  afterEach(async () => {
    await opened?.close();
    expect(guard?.foreign ?? []).toEqual([]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready`);
    return value;
  };
  return {
    get app() {
      return need(app, 'app');
    },
    get opened() {
      return need(opened, 'browser');
    },
    get guard() {
      return need(guard, 'origin guard');
    },
    get log() {
      return need(log, 'console log');
    },
    async reopen(options) {
      const foreign = guard?.foreign ?? [];
      await opened?.close();
      expect(foreign).toEqual([]);
      return open(options);
    },
  };
}
