// Chromium through playwright-core, as in the rest of the e2e suite (Debian's /usr/bin/chromium, our flags).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { clickablePoint } from './clickPoint';
import { LOCALE, TIME_ZONE, VIEWPORT, type Engine, type EnginePage, type Key } from './types';

class ChromiumPage implements EnginePage {
  readonly engine = 'chromium' as const;
  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  async open(url: string) {
    await this.page.goto('about:blank');
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg ?? null);
  }
  async click(selector: string) {
    const { x, y } = await clickablePoint(this, selector);
    await this.page.mouse.click(x, y);
  }
  async hold(selector: string, ms: number) {
    const { x, y } = await clickablePoint(this, selector);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await this.page.mouse.up();
  }
  async setViewport(size: { width: number; height: number }) {
    await this.page.setViewportSize(size);
    return size;
  }
  async fill(selector: string, text: string) {
    await this.click(selector);
    await this.page.locator(selector).first().selectText();
    await this.page.keyboard.type(text);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async press(key: Key) {
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }
  async setInputFile(selector: string, file: string) {
    await this.page.locator(selector).first().setInputFiles(file);
  }
  screenshot() {
    return this.page.screenshot();
  }
  async printToPdf() {
    return this.page.pdf({ format: 'A4', printBackground: true });
  }
  async close() {
    await this.context.close().catch(() => undefined);
  }
}

export async function startChromium(): Promise<Engine> {
  const browser: Browser = await launchBrowser();
  return {
    name: 'chromium',
    async newPage() {
      // One context per page: its own storage and service workers, like a new user.
      const context = await browser.newContext({ viewport: VIEWPORT, locale: LOCALE, timezoneId: TIME_ZONE, serviceWorkers: 'allow' });
      return new ChromiumPage(context, await context.newPage());
    },
    async stop() {
      await browser.close();
    },
  };
}
