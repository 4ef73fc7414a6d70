// WebKit (Safari's engine): WebKitGTK's MiniBrowser driven by WebKitWebDriver, the W3C WebDriver protocol
// over plain HTTP with Node's fetch (no client library needed for a dozen commands). MiniBrowser has no
// headless mode, so it draws on an Xvfb display of its own. Every page is a new session: a new MiniBrowser
// with an ephemeral profile. The driver's LANG gives the Swedish navigator.language (the sv_SE.UTF-8 locale
// must exist: scripts/ensure-engines.sh generates it).
import { existsSync } from 'node:fs';
import { clickablePoint } from './clickPoint';
import { freePort, startProgram, startXvfb } from './processes';
import { LOCALE, TIME_ZONE, VIEWPORT, type Engine, type EnginePage, type Key } from './types';

export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's code points for the keys journeys press. */
const KEYS: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

/** The W3C name of an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One WebDriver command. Bodies are never empty: WebKitWebDriver rejects a POST without `{}`. */
async function command<T>(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
  const json = (await response.json().catch(() => ({}))) as { value?: unknown };
  const value = json.value as { error?: string; message?: string } | undefined;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(
      value?.error ?? String(response.status),
      `webkit: ${method} ${path}: ${value?.error ?? response.status} ${value?.message ?? ''}`.trim(),
    );
  }
  return json.value as T;
}

// Runs the serialised function with one argument; errors come back as data, so the stack is kept.
const ASYNC_WRAPPER = `
const done = arguments[arguments.length - 1];
const arg = arguments[0];
Promise.resolve()
  .then(() => (%FN%)(arg))
  .then((value) => done({ ok: true, value: value === undefined ? null : value }), (error) => done({ ok: false, error: String((error && error.stack) || error) }));
`;

class WebKitPage implements EnginePage {
  readonly engine = 'webkit' as const;
  constructor(private readonly session: string) {}

  private send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    return command<T>(this.session, method, path, body);
  }

  private async element(selector: string): Promise<string> {
    // Implicit wait (set at session start) lets the driver wait for the element to appear.
    const found = await this.send<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
    const id = found[ELEMENT];
    if (!id) throw new Error(`webkit: no element id for ${selector}: ${JSON.stringify(found)}`);
    return id;
  }

  async open(url: string) {
    // A change of only the '#' part is not a page load in WebDriver: go through about:blank.
    await this.send('POST', '/url', { url: 'about:blank' });
    await this.send('POST', '/url', { url });
  }
  async reload() {
    await this.send('POST', '/refresh');
  }
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const script = ASYNC_WRAPPER.replace('%FN%', fn.toString());
    const result = await this.send<{ ok: boolean; value?: R; error?: string }>('POST', '/execute/async', { script, args: [arg ?? null] });
    if (!result.ok) throw new Error(`webkit: page function failed: ${result.error}`);
    return result.value as R;
  }
  async click(selector: string) {
    // WebKitWebDriver's Element Click refuses SVG elements ("element not interactable"): click with the
    // pointer at a point where the element itself is hit.
    await this.element(selector);
    const point = await clickablePoint(this, selector);
    await this.send('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: point.x, y: point.y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }
  async hold(selector: string, ms: number) {
    await this.element(selector);
    const point = await clickablePoint(this, selector);
    // One action sequence: the driver keeps the button down through the pause.
    await this.send('POST', '/actions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: point.x, y: point.y },
            { type: 'pointerDown', button: 0 },
            { type: 'pause', duration: ms },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }
  async setViewport(size: { width: number; height: number }) {
    await this.fitViewport(size);
    // MiniBrowser's window has a smallest width of its own (its toolbar): the caller learns what it got.
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  }
  async fill(selector: string, text: string) {
    const id = await this.element(selector);
    await this.click(selector);
    await this.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.select(), selector);
    await this.send('POST', `/element/${id}/value`, { text });
  }
  async type(text: string) {
    const active = await this.send<Record<string, string>>('GET', '/element/active');
    await this.send('POST', `/element/${active[ELEMENT]}/value`, { text });
  }
  async press(key: Key) {
    const value = KEYS[key];
    await this.send('POST', '/actions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
  }
  async setInputFile(selector: string, file: string) {
    await this.send('POST', `/element/${await this.element(selector)}/value`, { text: file });
  }
  async screenshot() {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }
  async printToPdf() {
    return undefined; // WebKitWebDriver has no Print command ("unknown command").
  }
  async close() {
    await this.send('DELETE', '').catch(() => undefined);
  }

  /** The window is sized so that the viewport (not the window) is `size` (VIEWPORT at first, like the other engines). */
  async fitViewport(size: { width: number; height: number } = VIEWPORT) {
    await this.send('POST', '/window/rect', { width: size.width, height: size.height });
    const inner = await this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const width = size.width + (size.width - inner.width);
    const height = size.height + (size.height - inner.height);
    if (width !== size.width || height !== size.height) await this.send('POST', '/window/rect', { width, height });
  }
}

export async function startWebKit(): Promise<Engine> {
  if (!existsSync(MINIBROWSER_PATH)) throw new Error(`webkit: ${MINIBROWSER_PATH} is missing: run bash scripts/ensure-engines.sh`);
  const xvfb = await startXvfb();
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const driver = startProgram('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    ...process.env,
    DISPLAY: xvfb.display,
    LANG: `${LOCALE.replace('-', '_')}.UTF-8`,
    LC_ALL: `${LOCALE.replace('-', '_')}.UTF-8`,
    TZ: TIME_ZONE,
    // No accessibility bus on this display: spare GTK its attempts to reach one.
    NO_AT_BRIDGE: '1',
    // As root (CI) the web process sandbox (bubblewrap) may be refused, as Chromium's is; the browser
    // only ever loads our own app from 127.0.0.1.
    ...(root ? { WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1' } : {}),
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await driver.stop();
    await xvfb.stop();
  };
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ready = await command<{ ready?: boolean }>(base, 'GET', '/status').then(
        (s) => s.ready !== false,
        () => false,
      );
      if (ready) break;
      if (driver.child.exitCode !== null || Date.now() > deadline) throw new Error(`webkit: WebKitWebDriver did not start: ${driver.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name: 'webkit',
    async newPage() {
      const created = await command<{ sessionId: string }>(base, 'POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            // No Fullscreen API, as on an iPhone: in full screen MiniBrowser's window swallows some typed
            // letters (an "f" after "Att " vanished, "ffff" hung the driver), which Safari's never does.
            'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', '--enable-fullscreen=false'] },
          },
        },
      });
      const session = `${base}/session/${created.sessionId}`;
      const page = new WebKitPage(session);
      try {
        await command(session, 'POST', '/timeouts', { implicit: 10_000, script: 60_000, pageLoad: 60_000 });
        await page.open('about:blank');
        await page.fitViewport();
      } catch (error) {
        await page.close();
        throw error;
      }
      return page;
    },
    stop,
  };
}
