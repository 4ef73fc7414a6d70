// Watchers a test attaches before it acts, then asserts are empty: no request to another origin,
// no console errors.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function isForeign(url: string, allowedOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  return parsed.origin !== allowedOrigin;
}

export interface OriginGuard {
  /** URLs (with resource type) of every request to another origin so far. Expect it to be empty. */
  readonly foreign: string[];
}

/**
 * Records every request in the context, pages and service workers alike (with
 * PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1), and WebSockets, that goes to another origin.
 * Attach it before the first navigation.
 */
export function guardOrigins(context: BrowserContext, allowedOrigin: string): OriginGuard {
  const origin = new URL(allowedOrigin).origin;
  const foreign: string[] = [];
  const note = (url: string, kind: string) => {
    if (isForeign(url, origin)) foreign.push(`${kind} ${url}`);
  };
  context.on('request', (request) => note(request.url(), request.resourceType()));
  const watchPage = (page: Page) => page.on('websocket', (ws) => note(ws.url(), 'websocket'));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return { foreign };
}

export interface ConsoleEntry {
  type: string;
  text: string;
  location?: string;
}

export interface ConsoleLog {
  readonly entries: ConsoleEntry[];
  /** Console errors and uncaught page errors. */
  errors(): ConsoleEntry[];
}

/** Collects console messages and uncaught exceptions of one page. */
export function collectConsole(page: Page): ConsoleLog {
  const entries: ConsoleEntry[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const loc = message.location();
    entries.push({
      type: message.type(),
      text: message.text(),
      location: loc.url ? `${loc.url}:${loc.lineNumber}` : undefined,
    });
  });
  page.on('pageerror', (error) => entries.push({ type: 'pageerror', text: String(error.stack ?? error) }));
  return {
    entries,
    errors: () => entries.filter((e) => e.type === 'error' || e.type === 'pageerror'),
  };
}
