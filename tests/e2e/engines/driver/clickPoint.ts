// Where to click an element: a point of the viewport where the element itself (or its label) is hit. The
// middle of its box is not always one: a wheel sector's box is mostly other sectors, and in Firefox an area's
// box is far larger than the area (a nested <svg> with overflow: visible reports a huge box there). So every
// adapter clicks with the pointer at this point, after scrolling the element into view.
import type { EnginePage } from './types';
import { waitUntil } from './wait';

/** Runs in the page: a whole-pixel viewport point that hits the element (or its label), or null. */
export function clickPoint(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  let box = element.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
    element.scrollIntoView({ block: 'center', inline: 'center' });
    box = element.getBoundingClientRect();
  }
  const labels = Array.from((element as HTMLInputElement).labels ?? []);
  const hits = (x: number, y: number) => {
    const target = document.elementFromPoint(x, y);
    return !!target && (element.contains(target) || labels.some((label) => label.contains(target)));
  };
  const candidates: Array<[number, number]> = [[0.5, 0.5]];
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) candidates.push([i / 12, j / 12]);
  for (const [fx, fy] of candidates) {
    const x = Math.round(box.left + box.width * fx);
    const y = Math.round(box.top + box.height * fy);
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && hits(x, y)) return { x, y };
  }
  return null;
}

/** Waits until the element can be clicked somewhere and returns that point. */
export async function clickablePoint(page: EnginePage, selector: string): Promise<{ x: number; y: number }> {
  const point = await waitUntil(page, clickPoint, selector, { what: `a point where ${selector} can be clicked (not covered, rendered)` });
  if (!point) throw new Error(`${page.engine}: no point of ${selector} can be clicked`);
  return point;
}
