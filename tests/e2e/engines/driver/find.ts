// Finding elements the way a user names them (a button's text, a field's label), in every engine alike:
// a page function finds the element, marks it with a data attribute, and the journey gets a CSS selector for
// it, which each adapter then clicks or types into natively. Names are matched after collapsing whitespace.
import type { EnginePage } from './types';
import { waitUntil, DEFAULT_TIMEOUT } from './wait';

export type Role = 'button' | 'link' | 'checkbox' | 'radio' | 'heading' | 'textbox';

export interface Query {
  /** Form controls named by their <label>, aria-label or aria-labelledby. */
  label?: string;
  role?: Role;
  /** The accessible name; with `role`. */
  name?: string;
  /** How `label`/`name` must match the element's name. */
  match?: 'exact' | 'start' | 'contains';
  /** A CSS selector of the part of the page to look in. */
  within?: string;
}

interface PickArg extends Query {
  token: string;
}

/** Runs in the page: finds the first visible element for the query, marks it, returns whether it did. */
function pickInPage(query: PickArg): boolean {
  const ROLES: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    textbox:
      'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="password"], input[type="email"], input[type="tel"], input[type="date"], input[type="number"]',
  };
  const CONTROLS = 'input, textarea, select, button, [role="checkbox"], [role="radio"], [role="textbox"]';
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  // Text of an element without the values of form controls inside it (a <label> around its input).
  const textOf = (element: Element): string => {
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('textarea, select, [aria-hidden="true"]')) text += node.textContent ?? '';
    }
    return squash(text);
  };
  const byIds = (ids: string) =>
    squash(
      ids
        .split(/\s+/)
        .map((id) => (document.getElementById(id) ? textOf(document.getElementById(id) as Element) : ''))
        .join(' '),
    );
  const nameOf = (element: Element, fromContent: boolean): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const aria = element.getAttribute('aria-label');
    if (aria) return squash(aria);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squash(Array.from(labels, textOf).join(' '));
    if (fromContent) return textOf(element) || squash((element as HTMLInputElement).value ?? '');
    return squash(element.getAttribute('title') ?? '');
  };
  const matches = (actual: string, wanted: string) =>
    query.match === 'start' ? actual.startsWith(wanted) : query.match === 'contains' ? actual.includes(wanted) : actual === wanted;
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

  const scope = query.within ? document.querySelector(query.within) : document;
  if (!scope) return false;
  const wanted = squash(query.label ?? query.name ?? '');
  const candidates = Array.from(scope.querySelectorAll(query.role ? (ROLES[query.role] ?? query.role) : CONTROLS));
  const fromContent = query.role !== undefined && query.role !== 'textbox' && query.label === undefined;
  // A file input is often visually hidden behind its label; it still counts as there.
  const found = candidates.find(
    (element) => (visible(element) || (element as HTMLInputElement).type === 'file') && matches(nameOf(element, fromContent), wanted),
  );
  if (!found) return false;
  document.querySelectorAll('[data-e2e-pick]').forEach((element) => element.removeAttribute('data-e2e-pick'));
  found.setAttribute('data-e2e-pick', query.token);
  return true;
}

let counter = 0;

function describeQuery(query: Query): string {
  const what = query.label !== undefined ? `field labelled "${query.label}"` : `${query.role ?? 'element'} "${query.name ?? ''}"`;
  return query.within ? `${what} in ${query.within}` : what;
}

/** Waits for the element and returns a CSS selector that matches only it. */
export async function find(page: EnginePage, query: Query, timeout = DEFAULT_TIMEOUT): Promise<string> {
  counter += 1;
  const token = `p${counter}`;
  await waitUntil(page, pickInPage, { ...query, token }, { timeout, what: describeQuery(query) });
  return `[data-e2e-pick="${token}"]`;
}

export const byLabel = (page: EnginePage, label: string, options: Omit<Query, 'label' | 'role' | 'name'> = {}) => find(page, { ...options, label });
export const byRole = (page: EnginePage, role: Role, name: string, options: Omit<Query, 'label' | 'role' | 'name'> = {}) =>
  find(page, { ...options, role, name });
