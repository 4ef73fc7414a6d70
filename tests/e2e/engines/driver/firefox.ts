// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. puppeteer-core downloads
// nothing (the full `puppeteer` package would fetch a Chrome); playwright-core cannot drive a stock Firefox.
// Every page is a new Firefox with a fresh temporary profile (puppeteer deletes it on close).
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { clickablePoint } from './clickPoint';
import { LOCALE, TIME_ZONE, VIEWPORT, type Engine, type EnginePage, type Key } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Preferences of a quiet Swedish Firefox on a closed network (puppeteer adds its own automation ones). */
const PREFS: Record<string, unknown> = {
  'intl.accept_languages': `${LOCALE},sv`,
  'intl.locale.requested': LOCALE,
  // No calls home: updates, telemetry, safe browsing lists, captive portal and connectivity checks.
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  // Scrollbars over the page, as on phones and tablets (and in headless Chromium and WebKitGTK here): a
  // classic 12 px scrollbar would make a 360 px phone a 348 px one.
  'ui.useOverlayScrollbars': 1,
  // Service workers on http://127.0.0.1 (a secure context) are on by default; say so for older ESRs too.
  'dom.serviceWorkers.enabled': true,
};

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox' as const;
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  async open(url: string) {
    await this.page.goto('about:blank');
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg ?? null) as Promise<R>;
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
    await this.page.setViewport(size);
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
  async fill(selector: string, text: string) {
    await this.click(selector);
    await this.page.$eval(selector, (element) => (element as HTMLInputElement).select());
    await this.page.keyboard.type(text);
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async press(key: Key) {
    await this.page.keyboard.press((key === 'Space' ? ' ' : key) as KeyInput);
  }
  async setInputFile(selector: string, file: string) {
    const input = await this.page.waitForSelector(selector);
    if (!input) throw new Error(`firefox: no ${selector}`);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
  }
  async screenshot() {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }
  async printToPdf() {
    return Buffer.from(await this.page.pdf({ format: 'A4', printBackground: true }));
  }
  async close() {
    await this.browser.close().catch(() => undefined);
  }
}

export async function startFirefox(): Promise<Engine> {
  return {
    name: 'firefox',
    async newPage() {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: PREFS,
        env: { ...process.env, TZ: TIME_ZONE, LANG: 'sv_SE.UTF-8' },
      });
      try {
        const page = (await browser.pages())[0] ?? (await browser.newPage());
        await page.setViewport(VIEWPORT);
        return new FirefoxPage(browser, page);
      } catch (error) {
        await browser.close();
        throw error;
      }
    },
    async stop() {},
  };
}
