// Steps through the app the way a user does, for every engine (labels are Swedish, the default language).
// Only what a user sees is used: roles, labels, data-testid and the wheel's data-area contract.
import { expect } from 'vitest';
import { readDatabaseInPage } from '../helpers/indexedDbDump';
import { byLabel, byRole } from './driver/find';
import { poll, waitForSelector, waitUntil, type EnginePage } from './driver';

/** The current address's '#' route, decoded: "/child/abc". */
export function route(page: EnginePage): Promise<string> {
  return page.evaluate(() => decodeURIComponent(location.hash.replace(/^#/, '')));
}

/** Goes to a route inside the open app (a '#' change, not a page load: in-memory state such as an unlocked key stays). */
export async function go(page: EnginePage, path: string): Promise<void> {
  await page.evaluate((path) => {
    location.hash = path;
  }, path);
}

async function waitForRoute(page: EnginePage, pattern: RegExp): Promise<string> {
  return poll(
    () => route(page),
    (r) => pattern.test(r),
    { what: `a route like ${pattern}` },
  );
}

/** Adds a child from the home screen and waits on the child's page; returns the child's id. */
export async function addChild(page: EnginePage, alias: string): Promise<string> {
  await waitForSelector(page, '#add-child-heading');
  await page.fill(await byLabel(page, 'Alias', { within: '.add-child' }), alias);
  await page.click(await byRole(page, 'button', 'Lägg till barn', { within: '.add-child' }));
  const childRoute = await waitForRoute(page, /^\/child\/[^/?]+/);
  return childRoute.split('/')[2]?.split('?')[0] ?? '';
}

/** Starts a conversation from the child's page; returns its id. The safe area opens first. */
export async function startConversation(page: EnginePage): Promise<string> {
  await page.click(await byRole(page, 'button', 'Börja samtalet'));
  const conversationRoute = await waitForRoute(page, /^\/conversation\/[^/?]+/);
  await waitForSelector(page, '[data-area-panel="safe"]');
  return conversationRoute.split('/')[2]?.split('?')[0] ?? '';
}

export async function openArea(page: EnginePage, area: string): Promise<void> {
  await page.click(`[data-testid="wheel"] [data-area="${area}"]`);
  await waitForSelector(page, `[data-area-panel="${area}"]`);
}

export const ratingSelector = (perspective: string, rating: number | 'none') =>
  `[data-area-panel] [data-perspective="${perspective}"] [data-rating="${rating}"] input`;

export async function rate(page: EnginePage, perspective: string, rating: number): Promise<void> {
  await page.click(ratingSelector(perspective, rating));
  await waitUntil(page, (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.checked === true, ratingSelector(perspective, rating), {
    what: `${perspective} rated ${rating}`,
  });
}

export function isChecked(page: EnginePage, selector: string): Promise<boolean> {
  return page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement | null)?.checked === true, selector);
}

/** Types into the field with this label (in the open area's panel when `within` is not given). */
export async function write(page: EnginePage, label: string, text: string, within?: string): Promise<void> {
  await page.fill(await byLabel(page, label, within ? { within } : {}), text);
}

export async function valueOf(page: EnginePage, label: string, within?: string): Promise<string> {
  const selector = await byLabel(page, label, within ? { within } : {});
  return page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement | null)?.value ?? '', selector);
}

export async function clickButton(page: EnginePage, name: string, within?: string): Promise<void> {
  await page.click(await byRole(page, 'button', name, within ? { within } : {}));
}

/** Picks an option of a <select> as a change of its value (menus of <select> are outside the page in WebDriver). */
export async function selectOption(page: EnginePage, selector: string, value: string): Promise<void> {
  await waitForSelector(page, selector);
  await page.evaluate(
    ({ selector, value }) => {
      const select = document.querySelector(selector) as HTMLSelectElement;
      // React tracks the value through the prototype's setter; set it there so onChange sees the change.
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
  await waitUntil(page, ({ selector, value }) => (document.querySelector(selector) as HTMLSelectElement | null)?.value === value, { selector, value });
}

export async function waitSaved(page: EnginePage): Promise<void> {
  await waitUntil(page, () => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved', null, {
    what: 'the conversation saved',
  });
}

export async function text(page: EnginePage, selector: string): Promise<string> {
  await waitForSelector(page, selector, { state: 'attached' });
  return page.evaluate((selector) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '', selector);
}

/** Polls the element's text until it contains (or matches) `expected`; fails showing the last text. */
export async function expectText(page: EnginePage, selector: string, expected: string | RegExp): Promise<void> {
  let last = '(missing)';
  const matches = (value: string) => (typeof expected === 'string' ? value.includes(expected) : expected.test(value));
  await poll(async () => (last = await text(page, selector)), matches, { what: `${selector} to say ${expected}` }).catch(() => undefined);
  expect(last, selector).toMatch(expected);
}

/** Every row of the app's IndexedDB database, straight from IndexedDB, as one JSON string. */
export function dumpIndexedDb(page: EnginePage): Promise<string> {
  return page.evaluate(readDatabaseInPage);
}

export interface Rows {
  children: Array<Record<string, unknown>>;
  conversations: Array<Record<string, unknown>>;
}

export async function readRows(page: EnginePage): Promise<Rows> {
  const all = JSON.parse(await dumpIndexedDb(page)) as Partial<Rows>;
  return { children: all.children ?? [], conversations: all.conversations ?? [] };
}
