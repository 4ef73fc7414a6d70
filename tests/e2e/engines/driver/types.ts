// The few things a journey does with a browser, the same in Chromium, WebKit and Firefox. Each engine has
// its own adapter (chromium.ts: playwright-core, webkit.ts: W3C WebDriver over HTTP, firefox.ts:
// puppeteer-core over WebDriver BiDi); a journey only sees this interface, so it is written once.
// Elements are named by CSS selectors; find.ts turns a role and name or a label into one.

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** Keys a journey presses (WebDriver's key codes in webkit.ts map the same names). */
export type Key = 'Tab' | 'Enter' | 'Space' | 'Escape' | 'Backspace' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * A function run in the page. It is sent as source text, so it may use only its one argument (plain JSON)
 * and the page's globals, never a variable of the test file; it returns plain JSON (or a promise of it).
 */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface EnginePage {
  readonly engine: EngineName;
  /** A real page load of `url`, even when only its '#' part differs from the current address. */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A = null>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** A real click (pointer events) on the first element matching `selector`, at a point where it is hit. */
  click(selector: string): Promise<void>;
  /**
   * Presses the pointer down on the element (at a point where it is hit), keeps it down for `ms` and lets
   * go: a press-and-hold, as on the child's turn's exit.
   */
  hold(selector: string, ms: number): Promise<void>;
  /** Focuses an input or textarea, selects what it holds and types `text` over it. */
  fill(selector: string, text: string): Promise<void>;
  /** Types `text` where the focus is, key by key. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Puts a file from disk into an <input type="file"> as if the user had picked it. */
  setInputFile(selector: string, file: string): Promise<void>;
  /**
   * Sizes the viewport (not the window) in CSS pixels, e.g. a 360 px wide phone, and returns the size it got:
   * WebKitGTK's MiniBrowser window is never narrower than its toolbar (447 px here), so WebKit may get more.
   */
  setViewport(size: { width: number; height: number }): Promise<{ width: number; height: number }>;
  /** PNG of the viewport, one pixel per CSS pixel. */
  screenshot(): Promise<Buffer>;
  /** The page printed to an A4 PDF, or undefined where the driver cannot print (WebKitGTK's WebDriver). */
  printToPdf(): Promise<Buffer | undefined>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** A fresh page in a fresh profile: no storage, no service worker, Swedish navigator.language. */
  newPage(): Promise<EnginePage>;
  stop(): Promise<void>;
}

/** Viewport of every engine's page, as in the Chromium suite. */
export const VIEWPORT = { width: 1280, height: 900 } as const;
/** What the first visit of a Swedish user looks like: sv-SE language, Stockholm time. */
export const LOCALE = 'sv-SE';
export const TIME_ZONE = 'Europe/Stockholm';
