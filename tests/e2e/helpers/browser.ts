// Launches Debian's Chromium through playwright-core. We never download a browser (closed network).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a closed network and working as root. Playwright's launch() gives
 * every browser a fresh temporary --user-data-dir of its own (and refuses one in args).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

// Requests made by a service worker reach context 'request' events only with this set before launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface OpenedBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the context and the browser (its temporary profile is deleted with it). */
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** A fresh browser with one context and one page. Options go to browser.newContext(). */
export async function openBrowser(contextOptions: BrowserContextOptions = {}): Promise<OpenedBrowser> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      serviceWorkers: 'allow',
      ...contextOptions,
    });
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      close: async () => {
        await context.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
